"""The page body flattened into text blocks in reading order, each owned by the block-level element around it.

One iterative pass over the parsed tree (no recursion: 100,000 nested elements are fine). The records are named
tuples: the walk builds one per element and per block, and a tuple costs a fraction of a frozen dataclass.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from bs4.element import CData, NavigableString, RubyTextString, Tag

from quotelens.page import boilerplate
from quotelens.page.boilerplate import BODY, NEGATIVE, POSITIVE
from quotelens.page.prose import (CONFIRM_MIN_WORDS, MAX_LINK_SHARE, collapse_spaces, is_linked_prose, word_runs,
                                  words_of)

_BLOCK_KINDS = {"p": "paragraph", "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading",
                "h5": "heading", "h6": "heading", "li": "list_item", "dd": "list_item", "dt": "list_item",
                "blockquote": "blockquote"}

# Container choice: the element whose blocks add up to the most article-like text wins. These factors lean the
# choice toward elements named as the body (itemprop=articleBody, "article-body") and <article>/<main>.
_BODY_FACTOR = 1.5
_ARTICLE_FACTOR = 1.15
_POSITIVE_FACTOR = 1.05
# A block this short carries no evidence either way.
SHORT_BLOCK = 25
# A short block the page repeats outside the body is a label of the site, not article text.
REPEATED_MAX_CHARS = 50
# How sure a furniture mark is: a tag or a firm hint always holds; other hints yield to the element's content.
FIRM = 2
OVERRULABLE = 1


class Element(NamedTuple):
    """A block-level element as the walk met it: where it sits, what it hints at, which blocks it holds."""

    index: int  # its place in Layout.elements, where parents come before their children
    parent: int  # the index of the element around it; -1 for the body
    depth: int
    name: str
    kind: str
    level: int  # the class/id hint (boilerplate.NEGATIVE ... EMBED)
    furniture: int  # 0, or furniture by its tag or hint: FIRM, or OVERRULABLE by its content
    factor: float  # how far the container choice leans toward it
    start: int  # its subtree's blocks are Layout.blocks[start:end]
    end: int


class TextBlock(NamedTuple):
    """One run of text between block boundaries, with the evidence about it."""

    text: str
    owner: int  # the index of the innermost block-level element around it
    kind: str  # its owner's kind (paragraph, heading, list_item, blockquote, text)
    tag: str  # its owner's tag name
    link_share: float
    confirmed: bool  # all of it is in the JSON-LD articleBody
    weight: float  # how article-like the text is, hints aside: its length, or minus it for links


@dataclass(frozen=True)
class Layout:
    """The page body as blocks in reading order and the block-level elements that hold them."""

    elements: tuple[Element, ...]
    blocks: tuple[TextBlock, ...]
    h1s: tuple[int, ...]  # indexes of the blocks that are <h1> text
    counts: dict[str, int]  # how often the page has each short block's text


class _PendingText:
    """The text met since the last block boundary: its pieces, how much of it is link text, where its last <br> is."""

    __slots__ = ("pieces", "link_chars", "last_break")

    def __init__(self):
        self.pieces: list[str] = []
        self.link_chars = 0
        self.last_break = -1  # index in pieces of the space a <br> stands for

    def take(self) -> tuple[str, int]:
        """Return the pending text and its link characters, and start again empty."""
        raw, link_chars = "".join(self.pieces), self.link_chars
        self.pieces.clear()
        self.link_chars, self.last_break = 0, -1
        return raw, link_chars


class _Blocks:
    """The blocks found so far, with the page-wide facts gathered as they come (the <h1>s, short lines' counts)."""

    def __init__(self, json_ld_body: str):
        self.blocks: list[TextBlock] = []
        self.h1s: list[int] = []
        self.counts: dict[str, int] = {}
        # The JSON-LD articleBody as runs of words: a block is in it when all its runs are (a set lookup per run,
        # so a huge articleBody against thousands of blocks stays linear, unlike a substring search per block).
        self.reference = word_runs(words_of(json_ld_body)) if json_ld_body else frozenset()

    def add(self, pending: _PendingText, owner: Element) -> None:
        """Turn the pending text into a block owned by `owner`; skip white space."""
        block = text_block(*pending.take(), owner, self.reference)
        if block is None:
            return
        if owner.name == "h1":
            self.h1s.append(len(self.blocks))
        if len(block.text) <= REPEATED_MAX_CHARS:
            self.counts[block.text] = self.counts.get(block.text, 0) + 1
        self.blocks.append(block)


def text_block(raw: str, link_chars: int, owner: Element, reference: frozenset) -> TextBlock | None:
    """The block a run of text makes, with its evidence; None for white space."""
    if raw.isspace():  # most runs between block tags are indentation: skip them before the regex
        return None
    text = collapse_spaces(raw)
    if not text:
        return None
    link_share = min(1.0, link_chars / max(1, len(raw.strip())))
    length = len(text)
    confirmed = False
    if reference:
        words = words_of(text)
        confirmed = len(words) >= CONFIRM_MIN_WORDS and word_runs(words) <= reference
    if confirmed:
        weight = 2.0 * length
    elif link_share > MAX_LINK_SHARE:
        # Prose that happens to be mostly links (an inline link on a long name) still reads as prose.
        weight = length * (1.0 - link_share) if is_linked_prose(text, link_share) else -float(length)
    elif length < SHORT_BLOCK:
        weight = 0.0
    else:
        weight = length * (1.0 - 2.0 * link_share)
    return TextBlock(text, owner.index, owner.kind, owner.name, link_share, confirmed, weight)


def flatten(body: Tag, json_ld_body: str) -> Layout:
    """Flatten the body into blocks, each owned by the innermost block-level element around it."""
    hints = boilerplate.load_hints()
    skip, furniture_tags, inline_tags = hints["skip_tags"], hints["boilerplate_tags"], hints["inline_tags"]
    is_hidden, classify_element = boilerplate.is_hidden, boilerplate.classify_element  # local: hot loop
    found = _Blocks(json_ld_body)
    blocks = found.blocks
    root = Element(0, -1, 0, "body", "text", 0, 0, 1.0, 0, -1)
    # An element's record is final when it closes (its end is known then); its slot is taken when it opens, so
    # the list stays in document order, parents before children.
    elements: list[Element | None] = [None]
    pending = _PendingText()
    pieces = pending.pieces
    stack = [(iter(body.contents), root, False)]
    while stack:
        children, node, in_link = stack[-1]
        for child in children:
            kind = type(child)
            # Text, including ruby annotations (shown above the base text); not comments, nor the fallback
            # parentheses of <rp>, which browsers that draw ruby hide.
            if kind is NavigableString or kind is RubyTextString or kind is CData:
                pieces.append(child)
                if in_link:
                    pending.link_chars += len(child)
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
                if pending.last_break >= 0 and not "".join(pieces[pending.last_break:]).strip():
                    found.add(pending, node)
                else:
                    pending.last_break = len(pieces)
                    pieces.append(" ")
                continue
            if name in inline_tags:
                if child.contents:
                    stack.append((iter(child.contents), node, in_link or name == "a"))
                    break
                continue
            if pieces:
                found.add(pending, node)
            child_node = _open(child, node, len(elements), len(blocks), furniture_tags, classify_element(attrs)
                               if attrs else 0)
            elements.append(None)
            stack.append((iter(child.contents), child_node, in_link))
            break
        else:
            stack.pop()
            if not stack or stack[-1][1] is not node:
                if pieces:
                    found.add(pending, node)
                elements[node.index] = Element(*node[:-1], len(blocks))  # _replace(end=...), at a third of its cost
    return Layout(tuple(elements), tuple(blocks), tuple(found.h1s), found.counts)


def _open(tag: Tag, parent: Element, index: int, start: int, furniture_tags: frozenset[str], level: int) -> Element:
    """The record of a block-level element as it opens (its end is not known yet)."""
    name = tag.name
    if level == BODY:
        factor = _BODY_FACTOR
    elif name in ("article", "main"):
        factor = _ARTICLE_FACTOR
    else:
        factor = _POSITIVE_FACTOR if level == POSITIVE else 1.0
    if parent.kind == "blockquote":
        kind = "blockquote"
    else:
        kind = _BLOCK_KINDS.get(name) or (parent.kind if parent.kind == "list_item" else "text")
    if name in furniture_tags and level < BODY:
        furniture = FIRM
    elif level == NEGATIVE:
        furniture = FIRM if boilerplate.is_firm_furniture(tag.attrs) else OVERRULABLE
    else:
        furniture = 0
    return Element(index, parent.index, parent.depth + 1, name, kind, level, furniture, factor, start, -1)
