"""The state an article is written from and about: its dateline's state when the article's own actors confirm it,
the last owner of a national office the article ties to no country ("HARARE, Feb. 20 (Xinhua) -- ... President
Robert Mugabe").

Two sources that must agree, since either alone is wrong about as often as right on the tune half: a dateline names
where a bureau sits (a Washington or Brussels dateline over a story on Nicaragua's officials), and the country
most often acting in an article is often a foreign one imposing measures on the story's own government.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from quotelens.findings.states import capitals, countries

# A country acting at least this many times as often as the next is the article's main actor.
_LEAD = 2
# Marks that close a dateline ("HARARE -", "Kathmandu, Aug 20 (PTI):", "SEOUL, July 14 (UPI) --"), and how many
# words a dateline may take before one.
DATELINE_MARKS = frozenset({"-", "--", "—", "–", ":"})
_WORDS = 10


def home_state(doc: Doc, countries: list[tuple], authors: frozenset[str]) -> str | None:
    """The dateline's state, when the article names it acting or owning most often (``countries``, rank 0, as
    places.countries_named reads them) and never as the author of a measure (``authors``: an office under a
    measure is more often the target's than the author's); else None."""
    state = dateline_state(doc)
    if state is None or state in authors:
        return None
    return state if main_actor(countries) == state else None


def main_actor(countries: list[tuple]) -> str | None:
    """The country the article names as actor or owner (rank 0) at least twice as often as any other, else None."""
    counts = Counter(country for _, country, rank, _ in countries if rank == 0).most_common(2)
    if not counts or len(counts) == 2 and counts[0][1] < _LEAD * counts[1][1]:
        return None
    return counts[0][0]


def closes_dateline(token: Token) -> bool:
    """A colon, or a spaced dash, closing a dateline ("TOKYO:", "SYDNEY -"); a hyphen inside a word does not."""
    return token.text in DATELINE_MARKS and (token.whitespace_ or token.text == ":")


def dateline_state(doc: Doc) -> str | None:
    """The state of the place an article's dateline names: a capital's ("Harare -" → Zimbabwe) or a country's own
    name, read in each part of the dateline split at its commas and brackets ("REPUBLIKA.CO.ID, JAKARTA --")."""
    mark = next((token.i for token in doc[:_WORDS] if closes_dateline(token)), None)
    if mark is None:
        return None
    part: list[str] | None = []  # None once a lower-case word ("the") shows the part is no place's name
    for token in doc[:mark + 1]:
        if token.text in {",", "(", ")"} or token.i == mark:
            place = " ".join(part).lower() if part else ""
            if state := capitals().get(place) or countries().get(place):
                return state
            part = []
        elif part is not None and token.text[:1].isupper():
            part.append(token.text)
        else:
            part = None
    return None
