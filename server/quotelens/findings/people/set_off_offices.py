"""The office of a name whose title the parse gave it is none: its own office elsewhere, or a national office set off
before it by a comma, read as the title it would be right before the name."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from quotelens.findings.people.list_items import opens_next_item
from quotelens.findings.people.roles import ROLES
from quotelens.findings.people.titles import Title, build_title, canonical_head


def office_instead(doc: Doc, name: Span, title: Title, others: Iterable[Title | None]) -> Title:
    """The first of ``others`` that is an office and the name's own (the parse hung the name on a description of
    someone else: "injured a 65-year-old woman, Oleh Kiper, the Odesa regional governor, said", the office after
    the name; "President of Ukraine Volodymyr Zelensky", the words give the complement the parse hung on the name),
    else the title read as set off before the name (office_set_off_before)."""
    return next((own for own in others
                 if own is not None and own.is_official and not opens_next_item(doc, own, name.start)),
                None) or office_set_off_before(doc, name, title)


def office_set_off_before(doc: Doc, name: Span, title: Title) -> Title:
    """A national office written as a title and set off before the name holds the office it would right before the
    name: "The acting President, Mr Slumber Tsogwane, told …" is "acting President Slumber Tsogwane" (a company's
    president comes with the company, which the title would name)."""
    if title.is_official or title.organization is not None or title.end > name.start_char \
            or title.head not in ROLES.national_offices or not title.text.split()[-1][:1].isupper():
        return title
    phrase = doc.char_span(title.start, title.end, alignment_mode="expand")
    formal = build_title(doc, phrase, formal_allowed=True) if phrase is not None else None
    return formal if formal is not None and formal.is_official else title


def office_joined_before(doc: Doc, start: int, title: Title | None) -> Title | None:
    """An office joined by "and" before a title right before the name that holds none: "Nicaragua's vice president
    and first lady Rosario Murillo", "Nigerian president and ECOWAS chairman Bola Tinubu" name one holder of both, and
    the office is the one that counts (as in "Ortega's wife and vice-president Rosario Murillo"); so does an office
    held now before a past one, "Egypt's foreign minister and former ambassador Sameh Shoukry"; a past office stays
    before what is no office: "PTI Chairman and former prime minister Imran Khan"."""
    if title is not None and title.is_official and not title.former or start < 2 or doc[start - 1].lower_ != "and" \
            or canonical_head(doc[start - 2]) is None:
        return title
    head = doc[start - 2]
    if head.ent_type_ == "PERSON":
        return title  # the end of another's name, not an office: "Larry King and Ed Schultz"
    if head.dep_ == "pobj" and head.head.lower_ == "as":
        return title  # another's office in a list of appointments: "Goita as vice President and former Minister X"
    office = build_title(doc, doc[head.left_edge.i:start - 1], formal_allowed=True)
    return office if office is not None and office.is_official and not office.former else title
