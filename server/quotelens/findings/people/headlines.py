"""Whether a name stands in a headline, and the headline words cut from a name: a title-case line names people
differently from the body's sentences (every word capitalised, so capitals say nothing about names or titles)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from quotelens.findings.people.name_keys import name_key
from quotelens.findings.people.roles import ROLES
from quotelens.language.syntax import text_of

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


def trim_headline_words(doc: Doc, mentions: list[Span]) -> list[Span]:
    """Cut words that are not part of a name known from the body: "Rip Donald Trump" → "Donald Trump".

    spaCy reads title-case headlines as names ("Clinton Breaks With Obama"). A mention in such a line, or one
    that ends in a full name known from elsewhere, is cut down to the longest stretch that is a known full
    name or a known first or last name; a headline mention that matches nothing known is kept as it is.
    """
    text = text_of(doc)
    keys = [name_key(span.text) for span in mentions]
    # A surname led by a particle ("Abu Zeid", "Al Thani") is no full name: "Ahmed Abu Zeid" keeps his given name.
    full = {key.words for key in keys if len(key.words) >= 2 and key.words[0] not in ROLES.name_particles}
    body = [key for span, key in zip(mentions, keys) if key and not is_headline(text, span.start_char)]
    known_parts = {word for key in body if len(key.words) >= 2 for word in (key.first, key.last)}
    trimmed = []
    for span, key in zip(mentions, keys):
        in_headline = is_headline(text, span.start_char)
        others = full - {key.words}
        best = None
        for size in range(len(span) - 1, 0, -1):
            for start in range(0, len(span) - size + 1):
                if not in_headline and start + size != len(span):
                    continue  # in body text only leading words are cut
                part = span[start:start + size]
                words = name_key(part.text).words
                if len(words) >= 2 and words in others or in_headline and len(words) == 1 and words[0] in known_parts:
                    best = part
                    break
            if best is not None:
                break
        if best is not None and not (in_headline and key.words in {body_key.words for body_key in body}):
            span = best
        trimmed.append(span)
    return trimmed
