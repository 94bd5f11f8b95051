"""Whether a name stands in a headline: a title-case line names people differently from the body's sentences
(every word capitalised, so capitals say nothing about names or titles)."""

from __future__ import annotations

# Longest line read as a possible headline, in characters.
_HEADLINE_MAX = 300


def is_headline(text: str, position: int) -> bool:
    """Whether the line holding ``position`` is in title case: four words or more, none lower-case."""
    start = text.rfind("\n", max(0, position - _HEADLINE_MAX), position) + 1
    end = text.find("\n", position, position + _HEADLINE_MAX)
    if start == 0 and position >= _HEADLINE_MAX or end < 0 and position + _HEADLINE_MAX < len(text):
        return False  # a line this long is a paragraph (and reading it whole per mention would be quadratic)
    words = [word for word in text[start:end if end >= 0 else len(text)].split() if word[:1].isalpha()]
    return len(words) >= 4 and not any(word[0].islower() for word in words)
