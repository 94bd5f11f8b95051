"""What a dateline is: the place, date or agency heading an article or a paragraph, closed by a mark ("HARARE -",
"TOKYO:", "SEOUL, July 14 (UPI) --"), and the state its place names.

People read it for the article's home state and to find the lede past it (people/homes.py, places.py, ledes.py),
quotes so that its place or agency is never a speaker (quotes/scope.py), sanctions so that a place filing the story
never imposes anything (sanctions/datelines.py).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotelens.findings.states import capitals, countries

# Marks that close a dateline ("HARARE -", "Kathmandu, Aug 20 (PTI):", "SEOUL, July 14 (UPI) --").
DATELINE_MARKS = frozenset({"-", "--", "—", "–", ":"})
# How many words a dateline runs ('WASHINGTON, Dec 5 (Reuters) –') before the mark that closes it.
DATELINE_WORDS = 8
# The article's own dateline may run longer before its state is read: "REPUBLIKA.CO.ID, JAKARTA --".
_STATE_WORDS = 10


def closes_dateline(token: Token) -> bool:
    """A colon, or a spaced dash, closing a dateline ("TOKYO:", "SYDNEY -"); a hyphen inside a word does not."""
    return token.text in DATELINE_MARKS and (token.whitespace_ or token.text == ":")


def past_dateline(tokens: list[Token]) -> list[Token]:
    """The words of a phrase after the last mark inside it that closes a dateline ("Ammon News - AMMONNEWS -
    Minister of ...", "HAVANA, Cuba.- Foreign Minister"; a dash glued to the place's period closes one too)."""
    marks = [index for index, token in enumerate(tokens)
             if closes_dateline(token) or token.text.endswith(".-") and token.whitespace_]
    return tokens[marks[-1] + 1:] if marks else tokens


def dateline_state(doc: Doc) -> str | None:
    """The state of the place an article's dateline names: a capital's ("Harare -" → Zimbabwe) or a country's own
    name, read in each part of the dateline split at its commas and brackets ("REPUBLIKA.CO.ID, JAKARTA --")."""
    mark = next((token.i for token in doc[:_STATE_WORDS] if closes_dateline(token)), None)
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
