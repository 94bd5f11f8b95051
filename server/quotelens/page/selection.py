"""Which of the container's blocks are the article's text: no furniture, link lists, labels, headline or trailer."""

from __future__ import annotations

import re
from collections import Counter

from quotelens.page import boilerplate
from quotelens.page.container import Scores
from quotelens.page.layout import REPEATED_MAX_CHARS, SHORT_BLOCK, Element, Layout, TextBlock
from quotelens.page.prose import MAX_LINK_SHARE, is_linked_prose, is_sentence, words_of

_LETTER = re.compile(r"[^\W\d_]")
# In a flat body, a paragraph of prose this long after a box title is the article again.
_PROSE_CHARS = 200
# Below this many words nothing on the page reads like an article.
_MIN_ARTICLE_WORDS = 12
_WORD_SCAN_CHARS = 2000  # words are counted in the start of each block: enough to decide, cheap on 5 MB
_LETTER_WORDS = re.compile(r"[^\W\d_]{2,}")


def select_blocks(layout: Layout, scores: Scores, parts: list[Element]) -> list[TextBlock]:
    """Keep the body parts' blocks that are article text: no furniture inside them, no link lists, no labels.

    A box title after the article has started ('Related stories') ends the article within its box.
    """
    kept = []
    blocks, boiler = layout.blocks, scores.boiler
    # Short lines the page repeats outside the body too are its furniture ("Sign up", "Most read"); lines
    # repeated only inside the body are the article's own (a recipe's "Serves 4" under each dish).
    inside = Counter(block.text for part in parts for block in blocks[part.start:part.end]
                     if len(block.text) <= REPEATED_MAX_CHARS)
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
            if boiler[block.owner] > part.depth:
                continue
            if started and boilerplate.is_section_title(block.text):
                index = _skip_box(layout, index, layout.elements[block.owner], part)
                continue
            if block.link_share > MAX_LINK_SHARE and not is_linked_prose(block.text, block.link_share):
                continue
            if boilerplate.is_furniture_line(block.text) or boilerplate.is_teaser(block.text, block.link_share):
                continue
            if boilerplate.is_credit_line(block.text):
                continue
            if (layout.counts.get(block.text, 0) > inside.get(block.text, 0) and block.tag not in ("td", "th")
                    and _LETTER.search(block.text) and not is_sentence(block.text)):
                continue
            if not started and not is_sentence(block.text) and boilerplate.is_leader_line(block.text):
                continue
            kept.append(block)
            started = started or is_sentence(block.text)
    return _drop_trailer(kept)


def _drop_trailer(blocks: list[TextBlock]) -> list[TextBlock]:
    """Drop the run of credit and prompt lines that ends the body ('Reporting by ...', 'Follow us on ...')."""
    end = len(blocks)
    while end > 1 and not blocks[end - 1].confirmed and boilerplate.is_trailer_line(blocks[end - 1].text):
        end -= 1
    return blocks[:end]


def _skip_box(layout: Layout, index: int, title: Element, container: Element) -> int:
    """Return the index of the first block after the box a section title heads.

    The box is the title's parent element (or the one above, when the parent holds the title alone). In a flat
    body, where the box is the container itself, the box ends at the next long paragraph of prose.
    """
    blocks = layout.blocks
    box = _parent(layout, title) if title.kind in ("heading", "paragraph") or title.start + 1 >= title.end else title
    while box is not None and box.depth > container.depth and box.end <= index:
        box = _parent(layout, box)
    if box is None or box.depth <= container.depth:
        while index < container.end:
            block = blocks[index]
            if block.confirmed or (len(block.text) >= _PROSE_CHARS and block.link_share < 0.1
                                   and is_sentence(block.text)):
                break
            index += 1
        return index
    return max(index, box.end)


def _parent(layout: Layout, element: Element) -> Element | None:
    return layout.elements[element.parent] if element.parent >= 0 else None


def drop_headline(blocks: list[TextBlock], title: str) -> list[TextBlock]:
    """Drop the headline from the body: a leading <h1>, or a leading block that starts with the title.

    (Old layouts set the headline and byline in one cell: 'Pier closed By Sam Whitlock | 14/02/2008'.)
    """
    wanted = words_of(title)
    for index, block in enumerate(blocks):
        if block.kind == "heading" and block.tag == "h1":
            return blocks[:index] + blocks[index + 1:]
        if wanted and not is_sentence(block.text) and words_of(block.text)[:len(wanted)] == wanted:
            return blocks[:index] + blocks[index + 1:]
        if len(block.text) >= SHORT_BLOCK * 4:
            break
    return blocks


def has_words(blocks: list[TextBlock]) -> bool:
    """Tell whether the blocks hold some words at all (a page of '<<<<' is text, but not an article)."""
    count = 0
    for block in blocks:
        count += len(_LETTER_WORDS.findall(block.text, 0, _WORD_SCAN_CHARS))
        if count >= _MIN_ARTICLE_WORDS:
            return True
    return False
