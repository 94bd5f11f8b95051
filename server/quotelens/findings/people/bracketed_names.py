"""Names an editor's square brackets cut in two: inside a quotation an editor adds the given name, or the title and
given name, that the speaker left out ("President [Donald] Trump", "[French President Emmanuel] Macron", "Minister
[of Strategic Affairs Ron] Dermer"). spaCy tags the bracketed part or the surname alone, or neither; the name is the
given names inside the bracket and the surname after it, one mention (docs/annotation.md: a proper name, under the
fullest form the article gives)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotelens.findings.people.roles import ROLES
from quotelens.language.syntax import word_of

# The most tokens inside an editor's bracket ("[of Strategic Affairs Ron]") and in a name's parts either side of it.
_LONGEST_BRACKET = 8
_LONGEST_PART = 3


def with_bracketed_names(doc: Doc, mentions: list[Span]) -> list[Span]:
    """``mentions`` with each name a bracket cuts in two as one mention, in place of the parts found of it; the
    name is written without the brackets (``written_name``)."""
    joined = [span for close in range(1, len(doc) - 1) if doc[close].text == "]"
              for span in [_name_across(doc, close)] if span is not None]
    if not joined:
        return mentions
    kept = [mention for mention in mentions
            if not any(mention.start < span.end and span.start < mention.end for span in joined)]
    return sorted(kept + joined, key=lambda span: span.start)


def _name_across(doc: Doc, close: int) -> Span | None:
    """The name a closing bracket at ``close`` stands inside: given names before it, a surname after it."""
    opening = next((index for index in range(close - 1, max(-1, close - _LONGEST_BRACKET - 1), -1)
                    if doc[index].text in {"[", "]"}), None)
    if opening is None or doc[opening].text != "[":
        return None
    first = close
    while first - 1 > opening and close - first < _LONGEST_PART and _name_word(doc[first - 1]):
        first -= 1
    last = close + 1
    while last < len(doc) and last - close <= _LONGEST_PART and _name_word(doc[last]):
        last += 1
    if first == close or last == close + 1:
        return None
    return doc[opening if first == opening + 1 else first:last]


def _name_word(token: Token) -> bool:
    """A capitalised word that may be part of a person's name: no title, rank, courtesy or nationality (spaCy tags
    a bracketed given name as a foreign word, X, as often as a proper noun)."""
    word = word_of(token.text)
    return (token.text[:1].isupper() and token.text.replace("-", "").isalpha() and not token.is_upper
            and token.pos_ in {"PROPN", "X"} and word not in ROLES.heads and word not in ROLES.abbreviations
            and word not in ROLES.honorifics and word not in ROLES.country_adjectives and word not in ROLES.countries
            and word not in ROLES.not_person_words)


def written_name(form: str) -> str:
    """A name's form as a reader gives it, without an editor's brackets: "[Donald] Trump" → "Donald Trump"."""
    return " ".join(form.replace("[", " ").replace("]", " ").split()) if "[" in form or "]" in form else form
