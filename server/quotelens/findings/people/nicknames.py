"""A nickname in quotation marks inside a person's name: "Gilberto “Gibo” Teodoro Jr.", "Francis “Kiko” Pangilinan".
The tagger cuts the name at the marks, and the name finder ends a name at a quote mark (names.clean_name, for
"Obama’s ‘pivot"); English writes a nickname as one quoted capitalised word between a given name and the surname, so
that stretch is one name, the fullest form the article gives (docs/annotation.md, "People")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from quotelens.findings.people.roles import ROLES

# The most words of a surname read after the nickname's closing mark ("Teodoro Jr.").
_LONGEST_SURNAME = 3
# The most words of the given name before the nickname's opening mark.
_LONGEST_GIVEN = 2


def with_nicknames(doc: Doc, mentions: list[Span]) -> list[Span]:
    """``mentions`` with each given name followed by a quoted nickname and a capitalised surname made one mention,
    the mentions of the surname it covers dropped; in text order."""
    joined: list[Span] = []
    for mention in mentions:
        end = _surname_end(doc, mention)
        if end is not None:
            joined.append(doc[mention.start:end])
    if not joined:
        return mentions
    covered = {index for span in joined for index in range(span.start, span.end)}
    kept = [mention for mention in mentions if not covered & set(range(mention.start, mention.end))]
    return sorted([*kept, *joined], key=lambda span: span.start)


def _surname_end(doc: Doc, given: Span) -> int | None:
    """Where the surname after ``given`` and its quoted one-word nickname ends, or None when no nickname follows."""
    at = given.end
    if len(given) > _LONGEST_GIVEN or at + 3 >= len(doc):
        return None
    opening, nickname, closing = doc[at], doc[at + 1], doc[at + 2]
    if not (opening.is_quote and closing.is_quote and opening.whitespace_ == "" and nickname.whitespace_ == ""
            and nickname.is_alpha and nickname.text[:1].isupper() and not nickname.is_upper):
        return None
    end = at + 3
    while end < len(doc) and end - at - 3 < _LONGEST_SURNAME and not (end > at + 3 and doc[end].is_sent_start):
        if doc[end].text.lower() in ROLES.name_suffixes and end > at + 3:
            return end + 1  # a generational suffix ends the name: "Teodoro Jr."
        if not (doc[end].is_alpha and doc[end].text[:1].isupper() and not doc[end].is_upper):
            break
        end += 1
    return end if end > at + 3 else None
