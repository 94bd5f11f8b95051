"""Find the article in a web page: its title and its body text in reading order, split into blocks.

The steps, each in its own module: decode and cut what the browser does not render (markup.py), read the metadata
(metadata.py) and the day it was published (published.py), flatten the body into text blocks (layout.py), choose the
element that holds the article (container.py), keep its blocks that are article text (selection.py).
"""

from __future__ import annotations

from quotelens.model import Article, Block
from quotelens.page.container import body_parts, first_article, headline, score_elements
from quotelens.page.layout import TextBlock, flatten
from quotelens.page.markup import decode_html, parse, strip_unrendered
from quotelens.page.metadata import choose_title, read_metadata
from quotelens.page.published import published_date
from quotelens.page.selection import drop_headline, has_words, select_blocks

# Below this much text nothing on the page reads like an article.
_MIN_ARTICLE_CHARS = 80


class NoArticleFound(ValueError):
    """The page has no body, or nothing in it reads like an article."""


def extract_article(html: str | bytes, url: str | None = None) -> Article:
    """Extract the article of a page: title, body text (blocks joined by blank lines), the blocks and the date.

    Raises NoArticleFound (with the reason) when the page has no body or nothing article-like.
    """
    cleaned, json_ld = strip_unrendered(decode_html(html))
    soup = parse(cleaned)
    body = soup.body
    if body is None:
        raise NoArticleFound("the page has no <body>")
    meta = read_metadata(soup, json_ld)
    layout = flatten(body, meta.get("body", ""))
    scores = score_elements(layout)
    container = scores.best
    if container is None or scores.score[container.index] <= 0:
        raise NoArticleFound("nothing on the page reads like an article (no paragraphs of text)")
    container = first_article(layout, scores, container, meta.get("og:title") or meta.get("headline") or "")
    title = choose_title(meta, headline(layout, container))
    blocks = drop_headline(select_blocks(layout, scores, body_parts(layout, scores, container)), title)
    if sum(len(block.text) for block in blocks) < _MIN_ARTICLE_CHARS or not has_words(blocks):
        raise NoArticleFound("nothing on the page reads like an article (too little text in the body)")
    return build_article(title, blocks, url, published_date(soup, json_ld))


def build_article(title: str, blocks: list[TextBlock], url: str | None, date: str | None = None) -> Article:
    """Join the blocks with blank lines and record each one's offsets."""
    spans = []
    position = 0
    for block in blocks:
        spans.append(Block(position, position + len(block.text), block.kind))
        position += len(block.text) + 2
    return Article(title=title, text="\n\n".join(block.text for block in blocks), blocks=tuple(spans), url=url,
                   date=date)
