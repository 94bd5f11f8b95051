"""What a block's text is made of: words, runs of words, white space, and whether it reads as a sentence."""

from __future__ import annotations

import re

# The white space the browser collapses between words (CSS white-space: normal); NBSP is normalised to a space.
_SPACES = re.compile(r"[ \t\n\r\f\u00a0]+")
_WORDS = re.compile(r"\w+")
# A block with more link text than this is navigation (unless it is linked prose, below).
MAX_LINK_SHARE = 0.5
# A block confirmed by the JSON-LD articleBody needs this many words, so a stray "Reuters" does not count.
CONFIRM_MIN_WORDS = 6
# Prose: at least this many words, ending as a sentence does (also inside closing quotes or brackets).
_SENTENCE_MIN_WORDS = 8
_SENTENCE_ENDS = (".", "!", "?", ".\"", ".\u201d", "?\u201d", "!\u201d", ".)", ":", ".'", ".\u2019")
# Prose keeps some words outside links: above this share a sentence is a link to another story.
_MAX_PROSE_LINK_SHARE = 0.9


def is_sentence(text: str) -> bool:
    """Tell whether a block reads as prose: several words ending like a sentence."""
    return text.endswith(_SENTENCE_ENDS) and text.count(" ") >= _SENTENCE_MIN_WORDS - 1


def is_linked_prose(text: str, link_share: float) -> bool:
    """Tell whether a block with much link text is still prose: a sentence with some words outside links.

    (An inline link on a long name can cover most of a paragraph; a teaser card is one link around it all.)
    """
    return link_share < _MAX_PROSE_LINK_SHARE and is_sentence(text)


def word_runs(words: list[str]) -> frozenset[tuple[str, ...]]:
    """Return the runs of CONFIRM_MIN_WORDS consecutive words."""
    size = CONFIRM_MIN_WORDS
    return frozenset(tuple(words[i:i + size]) for i in range(len(words) - size + 1))


def collapse_spaces(text: str) -> str:
    """Collapse white space as the browser does, and trim it."""
    return _SPACES.sub(" ", text).strip()


def words_of(text: str) -> list[str]:
    """The lower-cased words of a text."""
    return _WORDS.findall(text.lower())
