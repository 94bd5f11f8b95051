"""The office a person holds besides the title the people finder kept: 'Tánaiste and Minister for Foreign Affairs
and Trade Simon Harris', "Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar". English joins two offices
of one holder with 'and' before the name; the people finder keeps the one next to the name, and a later 'the
Tánaiste' or 'the DPM' would find no one whose title holds it."""

from __future__ import annotations

import re

from quotelens.model import Entity

# How far before a mention the title and the office joined to it may start (characters).
WINDOW = 160
# Small words inside an office's name ('Minister for Foreign Affairs', 'Secretary of State').
SMALL = {"of", "for", "the", "and"}
WORD = re.compile(r"\S+")


def coordinated_office(text: str, entity: Entity) -> str | None:
    """The office written before ``entity``'s title and joined to it by 'and' right before one of its mentions
    ('Tánaiste' of 'Tánaiste and Minister for … Simon Harris'), or None. Only capitalised words, back to the first
    word that is not part of a name of an office (a possessive country, a dateline's colon, a lower-case word)."""
    title = (entity.title or "").strip()
    if not title or entity.type != "person":
        return None
    for start, _ in entity.mentions:
        before = text[max(0, start - WINDOW):start].rstrip()
        if not before.lower().endswith(title.lower()):
            continue
        before = before[:len(before) - len(title)].rstrip()
        if not before.endswith(" and") and before != "and":
            continue
        words = WORD.findall(before[:-3])
        office: list[str] = []
        for word in reversed(words):
            if word[:1].isupper() and word.isalpha() or word in SMALL and office:
                office.insert(0, word)
                continue
            break
        while office and office[0] in SMALL:
            office.pop(0)
        if office:
            return " ".join(office)
    return None
