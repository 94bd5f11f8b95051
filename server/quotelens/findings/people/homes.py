"""The state an article is written from and about: its dateline's state when the article's own actors confirm it,
the last owner of a national office the article ties to no country ("HARARE, Feb. 20 (Xinhua) -- ... President
Robert Mugabe").

Two sources that must agree, since either alone is wrong about as often as right on the tune half: a dateline names
where a bureau sits (a Washington or Brussels dateline over a story on Nicaragua's officials), and the country
most often acting in an article is often a foreign one imposing measures on the story's own government.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from quotelens.findings.datelines import dateline_state

# A country acting at least this many times as often as the next is the article's main actor.
_LEAD = 2


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
