"""Find the article in a web page: its title and its body text in reading order, split into blocks."""

from __future__ import annotations

import codecs
import json
import re
import warnings
from collections import Counter

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning
from bs4.element import CData, NavigableString, RubyTextString, Tag

from quotelens.model import Article, Block
from quotelens.page import boilerplate
from quotelens.page.boilerplate import BODY, NEGATIVE, POSITIVE


class NoArticleFound(ValueError):
    """The page has no body, or nothing in it reads like an article."""


# Elements whose text the browser does not render as page text; cut out of the HTML before parsing (one cheap
# linear scan), so the parser never builds them. JSON-LD is read from the cut scripts on the way.
_UNRENDERED_START = re.compile(r"<!--|<(script|style|noscript|template|svg|math|textarea)(?=[\s/>])", re.IGNORECASE)
_UNRENDERED_END = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in
                   ("script", "style", "noscript", "template", "svg", "math", "textarea")}
_JSON_LD_TYPE = re.compile(r"""type\s*=\s*["']?application/ld\+json""", re.IGNORECASE)
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)

# The white space the browser collapses between words (CSS white-space: normal); NBSP is normalised to a space.
_SPACES = re.compile(r"[ \t\n\r\f\u00a0]+")
_WORDS = re.compile(r"\w+")
_TITLE_SEPARATOR = re.compile(r"\s+[|\-\u2013\u2014:\u00b7\u00bb/]\s+")

_INLINE_TAGS = frozenset(
    {"a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins",
     "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt",
     "u", "var", "wbr", "img", "output", "meter", "progress", "ruby", "rb", "rt", "rtc", "rp"}
)
_BLOCK_KINDS = {"p": "paragraph", "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading",
                "h5": "heading", "h6": "heading", "li": "list_item", "dd": "list_item", "dt": "list_item",
                "blockquote": "blockquote"}
_ARTICLE_TYPES = ("article", "posting", "report")

# Container choice: the element whose blocks add up to the most article-like text wins. These factors lean the
# choice toward elements named as the body (itemprop=articleBody, "article-body") and <article>/<main>.
_BODY_FACTOR = 1.5
_ARTICLE_FACTOR = 1.15
_POSITIVE_FACTOR = 1.05
# A block this short carries no evidence either way; one with more link text than this is navigation.
_SHORT_BLOCK = 25
_MAX_LINK_SHARE = 0.5
# A short block the page repeats outside the body is a label of the site, not article text.
_REPEATED_MAX_CHARS = 50
# A block confirmed by the JSON-LD articleBody needs this many words, so a stray "Reuters" does not count.
_CONFIRM_MIN_WORDS = 6
# An <article> inside the container holding this share of its score is a story of its own (infinite scroll).
_ARTICLE_SHARE = 0.2
# How sure a furniture mark is: a tag or a firm hint always holds; other hints yield to the element's content.
_FIRM = 2
_OVERRULABLE = 1
# A furniture hint is vetoed on an element that holds at least this share of the page's article-like text.
_VETO_SHARE = 0.5
# Prose: at least this many words, ending as a sentence does (also inside closing quotes or brackets).
_SENTENCE_MIN_WORDS = 8
_SENTENCE_ENDS = (".", "!", "?", ".\"", ".\u201d", "?\u201d", "!\u201d", ".)", ":", ".'", ".\u2019")
# Prose keeps some words outside links: above this share a sentence is a link to another story.
_MAX_PROSE_LINK_SHARE = 0.9
_LETTER = re.compile(r"[^\W\d_]")
# In a flat body, a paragraph of prose this long after a box title is the article again.
_PROSE_CHARS = 200
# Below this much text, or this few words, nothing on the page reads like an article.
_MIN_ARTICLE_CHARS = 80
_MIN_ARTICLE_WORDS = 12
_WORD_SCAN_CHARS = 2000  # words are counted in the start of each block: enough to decide, cheap on 5 MB
_LETTER_WORDS = re.compile(r"[^\W\d_]{2,}")


def extract_article(html: str | bytes, url: str | None = None) -> Article:
    """Extract the article of a page: title, body text (blocks joined by blank lines) and the blocks.

    Raises NoArticleFound (with the reason) when the page has no body or nothing article-like.
    """
    text = decode_html(html)
    cleaned, json_ld = strip_unrendered(text)
    soup = parse(cleaned)
    body = soup.body
    if body is None:
        raise NoArticleFound("the page has no <body>")
    meta = read_metadata(soup, json_ld)
    layout = _Layout(meta.get("body", ""))
    layout.walk(body)
    container = layout.choose_container()
    if container is None or container.score <= 0:
        raise NoArticleFound("nothing on the page reads like an article (no paragraphs of text)")
    container = layout.first_article(container, meta.get("og:title") or meta.get("headline") or "")
    blocks = select_blocks(layout, layout.body_parts(container))
    title = choose_title(meta, layout.headline(container))
    blocks = drop_headline(blocks, title)
    if sum(len(block.text) for block in blocks) < _MIN_ARTICLE_CHARS or not _has_words(blocks):
        raise NoArticleFound("nothing on the page reads like an article (too little text in the body)")
    return build_article(title, blocks, url)


def parse(html: str) -> BeautifulSoup:
    """Parse with lxml. A page that is only "page.htm" or a URL is markup all the same: BeautifulSoup's warning
    that it looks like a file name would otherwise reach the logs with the page's text in it."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        return BeautifulSoup(html, "lxml")


def without_lone_surrogates(text: str) -> str:
    """Replace each lone surrogate with U+FFFD, one code point for one, so offsets into the text stay valid.

    A str from JavaScript or JSON can hold them, and no encoder (nor the parser) accepts them. The check costs a
    UTF-8 encode (~1 ms/MB); the regex only runs when one is there (a regex scan alone costs ~5 ms/MB).
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def decode_html(html: str | bytes) -> str:
    """Decode page bytes as the browser would: BOM, then <meta charset>, then UTF-8, then windows-1252."""
    if isinstance(html, str):
        return without_lone_surrogates(html)
    data = bytes(html)
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            encoding = codecs.lookup(declared.group(1).decode("ascii")).name
        except LookupError:
            encoding = None
        # Browsers read latin-1 and ascii labels as windows-1252 (WHATWG Encoding Standard); UTF-16 labels in
        # an ASCII-compatible document are ignored.
        if encoding in ("latin-1", "iso8859-1", "ascii"):
            encoding = "cp1252"
        if encoding and not encoding.startswith("utf-16") and not encoding.startswith("utf-32"):
            try:
                return data.decode(encoding, errors="replace")
            except LookupError:
                pass  # a codec that is not a text encoding ('base64', 'rot13'): ignore the label
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def strip_unrendered(html: str) -> tuple[str, list[str]]:
    """Cut comments, scripts, styles and other unrendered elements out of the HTML; return it and the JSON-LD.

    A linear scan: each cut looks for its end tag once, and an unclosed one ends the page, as in the browser.
    """
    kept: list[str] = []
    json_ld: list[str] = []
    position = 0
    while True:
        start = _UNRENDERED_START.search(html, position)
        if start is None:
            kept.append(html[position:])
            break
        kept.append(html[position:start.start()])
        name = start.group(1)
        if name is None:
            end = html.find("-->", start.end())
            stop = len(html) if end < 0 else end + 3
        else:
            closing = _UNRENDERED_END[name.lower()].search(html, start.end())
            stop = len(html) if closing is None else closing.end()
            if name.lower() == "script":
                open_end = html.find(">", start.end())
                if 0 <= open_end < stop and _JSON_LD_TYPE.search(html, start.end(), open_end):
                    json_ld.append(html[open_end + 1:closing.start() if closing else stop])
        # Nothing takes its place: the browser draws no box for these, so 'Hel<!-- -->lo' reads 'Hello'.
        position = stop
    return "".join(kept), json_ld


def read_metadata(soup: BeautifulSoup, json_ld: list[str]) -> dict[str, str]:
    """Read title candidates and the JSON-LD articleBody: og:title, site name, JSON-LD headline, <title>."""
    meta: dict[str, str] = {}
    head = soup.head
    if head is not None:
        for tag in head.find_all(("meta", "title"), limit=400):
            if tag.name == "title":
                meta.setdefault("title", tag.get_text())
                continue
            key = str(tag.get("property") or tag.get("name") or "").lower()
            if key in ("og:title", "twitter:title", "og:site_name", "application-name"):
                meta.setdefault(key, str(tag.get("content") or ""))
    for item in _article_objects(json_ld):
        headline = item.get("headline")
        if isinstance(headline, str) and headline.strip():
            meta.setdefault("headline", headline)
        body = item.get("articleBody")
        if isinstance(body, str) and len(body) > len(meta.get("body", "")):
            meta["body"] = body
    return {key: _collapse(value) for key, value in meta.items()}


def _article_objects(json_ld: list[str]):
    """Yield the JSON-LD objects typed as an article (NewsArticle, BlogPosting, ...), also inside @graph."""
    for source in json_ld:
        try:
            data = json.loads(source)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        seen = 0
        while stack and seen < 10_000:
            item = stack.pop()
            seen += 1
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(isinstance(k, str) and k.lower().endswith(_ARTICLE_TYPES) for k in kinds):
                    yield item
                stack.extend(value for value in item.values() if isinstance(value, (list, dict)))


class _Node:
    """A block-level element as the walk sees it: where it sits, what it hints at, what text it holds."""

    __slots__ = ("parent", "depth", "name", "kind", "level", "furniture", "factor", "boiler", "mass", "score",
                 "start", "end")

    def __init__(self, parent: _Node | None, depth: int, name: str, kind: str, level: int, furniture: int,
                 factor: float):
        self.parent = parent
        self.depth = depth
        self.name = name
        self.kind = kind
        self.level = level  # the class/id hint (boilerplate.NEGATIVE ... EMBED)
        self.furniture = furniture  # 0, or furniture by its tag or hint: _FIRM, or _OVERRULABLE by its content
        self.factor = factor
        # Depth of the innermost furniture element at or above this one (-1: none): a block is furniture for a
        # container when this lies strictly inside the container.
        self.boiler = -1
        self.mass = 0.0  # article-like text in the subtree, hints aside
        self.score = 0.0  # article-like text minus furniture in the subtree
        self.start = 0  # the subtree's blocks are blocks[start:end]
        self.end = 0


class _TextBlock:
    """One run of text between block boundaries, with the evidence about it."""

    __slots__ = ("text", "owner", "link_share", "confirmed", "weight")

    def __init__(self, text: str, owner: _Node, link_share: float, confirmed: bool, weight: float):
        self.text = text
        self.owner = owner
        self.link_share = link_share
        self.confirmed = confirmed
        self.weight = weight  # how article-like the text is, hints aside: its length, or minus it for links

    @property
    def kind(self) -> str:
        return self.owner.kind

    @property
    def tag(self) -> str:
        return self.owner.name

    @property
    def boiler(self) -> int:
        return self.owner.boiler


class _Layout:
    """The page body flattened to text blocks in reading order, and the element that best holds the article.

    One iterative pass over the parsed tree (no recursion: 100,000 nested elements are fine), then linear passes
    over the block-level elements it met.
    """

    def __init__(self, json_ld_body: str):
        self.blocks: list[_TextBlock] = []
        self.nodes: list[_Node] = []
        self.best: _Node | None = None
        self.h1s: list[int] = []  # indexes of the blocks that are <h1> text
        self.counts: dict[str, int] = {}
        # The JSON-LD articleBody as runs of words: a block is in it when all its runs are (a set lookup per run,
        # so a huge articleBody against thousands of blocks stays linear, unlike a substring search per block).
        self._reference = _word_runs(_words(json_ld_body)) if json_ld_body else frozenset()
        hints = boilerplate.load_hints()
        self._skip = hints["skip_tags"]
        self._furniture_tags = hints["boilerplate_tags"]

    def walk(self, body: Tag) -> None:
        """Flatten the body into blocks, each owned by the innermost block-level element around it."""
        root = _Node(None, 0, "body", "text", 0, 0, 1.0)
        self.nodes.append(root)
        pieces: list[str] = []
        # Shared with the flush: characters of link text in the pending pieces, and where the last <br> is in them.
        links = [0, -1]
        stack = [(iter(body.contents), root, False)]
        skip, furniture_tags, inline_tags, nodes = self._skip, self._furniture_tags, _INLINE_TAGS, self.nodes
        is_hidden, classify_element = boilerplate.is_hidden, boilerplate.classify_element  # local: hot loop
        while stack:
            children, node, in_link = stack[-1]
            for child in children:
                kind = type(child)
                # Text, including ruby annotations (shown above the base text); not comments, nor the fallback
                # parentheses of <rp>, which browsers that draw ruby hide.
                if kind is NavigableString or kind is RubyTextString or kind is CData:
                    pieces.append(child)
                    if in_link:
                        links[0] += len(child)
                    continue
                if kind is not Tag:
                    continue  # comments, doctype, processing instructions
                name = child.name
                if name in skip:
                    continue
                attrs = child.attrs
                if attrs and is_hidden(attrs):
                    continue
                if name == "br":
                    # Two line breaks in a row end a paragraph (the blank line the browser draws); one is a space.
                    if links[1] >= 0 and not "".join(pieces[links[1]:]).strip():
                        self._flush(pieces, links, node)
                    else:
                        links[1] = len(pieces)
                        pieces.append(" ")
                    continue
                if name in inline_tags:
                    if child.contents:
                        stack.append((iter(child.contents), node, in_link or name == "a"))
                        break
                    continue
                if pieces:
                    self._flush(pieces, links, node)
                level = classify_element(attrs) if attrs else 0
                if level == BODY:
                    factor = _BODY_FACTOR
                elif name in ("article", "main"):
                    factor = _ARTICLE_FACTOR
                else:
                    factor = _POSITIVE_FACTOR if level == POSITIVE else 1.0
                if node.kind == "blockquote":
                    block_kind = "blockquote"
                else:
                    block_kind = _BLOCK_KINDS.get(name) or (node.kind if node.kind == "list_item" else "text")
                if name in furniture_tags and level < BODY:
                    furniture = _FIRM
                elif level == NEGATIVE:
                    furniture = _FIRM if boilerplate.is_firm_furniture(attrs) else _OVERRULABLE
                else:
                    furniture = 0
                child_node = _Node(node, node.depth + 1, name, block_kind, level, furniture, factor)
                child_node.start = len(self.blocks)
                nodes.append(child_node)
                stack.append((iter(child.contents), child_node, in_link))
                break
            else:
                stack.pop()
                if not stack or stack[-1][1] is not node:
                    if pieces:
                        self._flush(pieces, links, node)
                    node.end = len(self.blocks)

    def _flush(self, pieces: list[str], links: list[int], node: _Node) -> None:
        """Turn the pending text into a block owned by `node`, with its evidence; skip white space."""
        if not pieces:
            return
        raw = "".join(pieces)
        pieces.clear()
        link_chars, links[0], links[1] = links[0], 0, -1
        if raw.isspace():  # most runs between block tags are indentation: skip them before the regex
            return
        text = _SPACES.sub(" ", raw).strip()
        if not text:
            return
        link_share = min(1.0, link_chars / max(1, len(raw.strip())))
        length = len(text)
        confirmed = False
        if self._reference:
            words = _words(text)
            confirmed = len(words) >= _CONFIRM_MIN_WORDS and _word_runs(words) <= self._reference
        if confirmed:
            weight = 2.0 * length
        elif link_share > _MAX_LINK_SHARE:
            # Prose that happens to be mostly links (an inline link on a long name) still reads as prose.
            weight = length * (1.0 - link_share) if _is_linked_prose(text, link_share) else -float(length)
        elif length < _SHORT_BLOCK:
            weight = 0.0
        else:
            weight = length * (1.0 - 2.0 * link_share)
        if node.name == "h1":
            self.h1s.append(len(self.blocks))
        if length <= _REPEATED_MAX_CHARS:
            self.counts[text] = self.counts.get(text, 0) + 1
        self.blocks.append(_TextBlock(text, node, link_share, confirmed, weight))
        node.mass += max(0.0, weight)

    def headline(self, container: _Node) -> str:
        """Return the article's <h1>: the first inside the body, else the last one before it that is not a link.

        A site's logo is often an <h1> holding a link home: it is never the headline.
        """
        inside = [index for index in self.h1s if container.start <= index < container.end]
        before = [index for index in self.h1s
                  if index < container.start and self.blocks[index].link_share <= _MAX_LINK_SHARE]
        if inside:
            return self.blocks[inside[0]].text
        return self.blocks[before[-1]].text if before else ""

    def first_article(self, container: _Node, title: str) -> _Node:
        """Narrow a container holding several <article> elements of weight to one: the one titled like the page,
        else the first.

        An infinitely scrolling news page appends the next stories to the live DOM, each in its own <article>:
        together they outscore any one of them, but the page is about the first.
        """
        nodes = self.nodes
        first = nodes.index(container)
        units: list[_Node] = []
        for node in nodes[first + 1:]:
            if node.start >= container.end:
                break
            if node.name == "article" and node.score > _ARTICLE_SHARE * container.score:
                if not units or node.start >= units[-1].end:  # not inside the previous one
                    units.append(node)
        if len(units) < 2:
            return container
        wanted = _words(title)
        for unit in units:
            if wanted and any(_words(block.text) == wanted for block in self.blocks[unit.start:unit.end]
                              if block.kind == "heading"):
                return unit
        return units[0]

    def body_parts(self, container: _Node) -> list[_Node]:
        """Return the elements that hold the body: the container, with its siblings also named as the body.

        Sites split a body around an ad or a related box into several 'article-body' elements; the parts are
        read in order, and what sits between them (the ad, the box) is left out.
        """
        parent = container.parent
        if container.level != BODY or parent is None:
            return [container]
        parts = []
        for node in self.nodes[self.nodes.index(parent) + 1:]:
            if node.start >= parent.end:
                break
            if node.parent is parent and node.level == BODY and node.name == container.name and node.score > 0:
                parts.append(node)
        return parts or [container]

    def choose_container(self) -> _Node | None:
        """Mark furniture and return the element whose subtree scores highest (article text minus furniture).

        An element whose class or id says furniture but that holds most of the page's article-like text is a
        wrapper with an unlucky name ('img_container', 'content-with-sidebar'), not furniture: the hint is vetoed.
        A furniture tag (<nav>, <aside>, <footer> ...) and a hint naming a role no body has ('comments',
        'related') are never vetoed: a long comment thread is still comments.
        """
        nodes = self.nodes
        for node in reversed(nodes):  # children come after their parents: sum the subtrees bottom-up
            if node.parent is not None:
                node.parent.mass += node.mass
        page_mass = nodes[0].mass
        for node in nodes:  # parents first: inherit the innermost furniture ancestor
            if node.furniture == _FIRM or (node.furniture and node.mass < _VETO_SHARE * page_mass):
                node.boiler = node.depth
            elif node.level >= BODY:
                node.boiler = -1
            elif node.parent is not None:
                node.boiler = node.parent.boiler
        for block in self.blocks:
            owner = block.owner
            owner.score += block.weight if (owner.boiler < 0 or block.confirmed) else -len(block.text)
        best, best_value = None, 0.0
        for node in reversed(nodes):
            value = node.score * node.factor
            if value > best_value:
                best, best_value = node, value
            if node.parent is not None:
                node.parent.score += node.score
        self.best = best
        return best


def select_blocks(layout: _Layout, parts: list[_Node]) -> list[_TextBlock]:
    """Keep the body parts' blocks that are article text: no furniture inside them, no link lists, no labels.

    A box title after the article has started ('Related stories') ends the article within its box.
    """
    kept = []
    blocks = layout.blocks
    # Short lines the page repeats outside the body too are its furniture ("Sign up", "Most read"); lines
    # repeated only inside the body are the article's own (a recipe's "Serves 4" under each dish).
    inside = Counter(block.text for part in parts for block in blocks[part.start:part.end]
                     if len(block.text) <= _REPEATED_MAX_CHARS)
    started = False
    for part in parts:
        index = part.start
        while index < part.end:
            block = blocks[index]
            index += 1
            if block.confirmed:
                kept.append(block)
                started = True
                continue
            if block.boiler > part.depth:
                continue
            if started and boilerplate.is_section_title(block.text):
                index = _skip_box(blocks, index, block.owner, part)
                continue
            if block.link_share > _MAX_LINK_SHARE and not _is_linked_prose(block.text, block.link_share):
                continue
            if boilerplate.is_furniture_line(block.text) or boilerplate.is_teaser(block.text, block.link_share):
                continue
            if boilerplate.is_credit_line(block.text):
                continue
            if (layout.counts.get(block.text, 0) > inside.get(block.text, 0) and block.tag not in ("td", "th")
                    and _LETTER.search(block.text) and not _is_sentence(block.text)):
                continue
            if not started and not _is_sentence(block.text) and boilerplate.is_leader_line(block.text):
                continue
            kept.append(block)
            started = started or _is_sentence(block.text)
    return _drop_trailer(kept)


def _drop_trailer(blocks: list[_TextBlock]) -> list[_TextBlock]:
    """Drop the run of credit and prompt lines that ends the body ('Reporting by ...', 'Follow us on ...')."""
    end = len(blocks)
    while end > 1 and not blocks[end - 1].confirmed and boilerplate.is_trailer_line(blocks[end - 1].text):
        end -= 1
    return blocks[:end]


def _skip_box(blocks: list[_TextBlock], index: int, title: _Node, container: _Node) -> int:
    """Return the index of the first block after the box a section title heads.

    The box is the title's parent element (or the one above, when the parent holds the title alone). In a flat
    body, where the box is the container itself, the box ends at the next long paragraph of prose.
    """
    box = title.parent if title.kind in ("heading", "paragraph") or title.start + 1 >= title.end else title
    while box is not None and box.depth > container.depth and box.end <= index:
        box = box.parent
    if box is None or box.depth <= container.depth:
        while index < container.end:
            block = blocks[index]
            if block.confirmed or (len(block.text) >= _PROSE_CHARS and block.link_share < 0.1
                                   and _is_sentence(block.text)):
                break
            index += 1
        return index
    return max(index, box.end)


def choose_title(meta: dict[str, str], headline: str) -> str:
    """Pick the title: og:title, the JSON-LD headline, the article's <h1>, then <title> without the site's name."""
    site = meta.get("og:site_name") or meta.get("application-name") or ""
    for key in ("og:title", "headline", "twitter:title"):
        if meta.get(key):
            return _strip_site_name(meta[key], site, only_known=True)
    if headline:
        return headline
    return _strip_site_name(meta.get("title", ""), site, only_known=False)


def _strip_site_name(title: str, site: str, only_known: bool) -> str:
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    last = parts[-1]
    if (site and last.lower() == site.lower()) or (not only_known and len(last.split()) <= 4):
        match = list(_TITLE_SEPARATOR.finditer(title))[-1]
        return title[:match.start()].strip()
    return title


def drop_headline(blocks: list[_TextBlock], title: str) -> list[_TextBlock]:
    """Drop the headline from the body: a leading <h1>, or a leading block that starts with the title.

    (Old layouts set the headline and byline in one cell: 'Pier closed By Sam Whitlock | 14/02/2008'.)
    """
    wanted = _words(title)
    for index, block in enumerate(blocks):
        if block.kind == "heading" and block.tag == "h1":
            return blocks[:index] + blocks[index + 1:]
        if wanted and not _is_sentence(block.text) and _words(block.text)[:len(wanted)] == wanted:
            return blocks[:index] + blocks[index + 1:]
        if len(block.text) >= _SHORT_BLOCK * 4:
            break
    return blocks


def build_article(title: str, blocks: list[_TextBlock], url: str | None) -> Article:
    """Join the blocks with blank lines and record each one's offsets."""
    spans = []
    position = 0
    for block in blocks:
        spans.append(Block(position, position + len(block.text), block.kind))
        position += len(block.text) + 2
    return Article(title=title, text="\n\n".join(block.text for block in blocks), blocks=tuple(spans), url=url)


def _has_words(blocks: list[_TextBlock]) -> bool:
    """Tell whether the blocks hold some words at all (a page of '<<<<' is text, but not an article)."""
    count = 0
    for block in blocks:
        count += len(_LETTER_WORDS.findall(block.text, 0, _WORD_SCAN_CHARS))
        if count >= _MIN_ARTICLE_WORDS:
            return True
    return False


def _is_linked_prose(text: str, link_share: float) -> bool:
    """Tell whether a block with much link text is still prose: a sentence with some words outside links.

    (An inline link on a long name can cover most of a paragraph; a teaser card is one link around it all.)
    """
    return link_share < _MAX_PROSE_LINK_SHARE and _is_sentence(text)


def _is_sentence(text: str) -> bool:
    """Tell whether a block reads as prose: several words ending like a sentence."""
    return text.endswith(_SENTENCE_ENDS) and text.count(" ") >= _SENTENCE_MIN_WORDS - 1


def _word_runs(words: list[str]) -> frozenset[tuple[str, ...]]:
    """Return the runs of _CONFIRM_MIN_WORDS consecutive words."""
    size = _CONFIRM_MIN_WORDS
    return frozenset(tuple(words[i:i + size]) for i in range(len(words) - size + 1))


def _collapse(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.lower())
