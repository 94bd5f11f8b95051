"""The bodies an article names, listed once per document: each organisation name as the article writes it, for a
later mention of the body ('the ministry', 'the council', 'The Sri Lanka cricket') to be named by.

The tagger's ORG spans run into what follows a name ('the Council, Belarus', 'the Foreign Ministry Spokesperson'):
a name here ends at its first punctuation mark and at its last organisation word when only a member's title follows
it ('Foreign Ministry' of 'Foreign Ministry Spokesperson': the spokesperson is someone of the body, docs/annotation.md,
not the body's name). Read by organizations.py; every lookup is a bisection into the list, so a page of a thousand
bodies stays linear.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from quotelens.findings.acronyms import LEADING_WORDS, full_name
from quotelens.findings.written_titles import role_words
from quotelens.language.entities import entities_within
from quotelens.language.vocabulary import vocabulary

# Marks inside a name ('AT&T', 'Co-operation', 'U.S.'); any other punctuation ends it.
NAME_MARKS = frozenset("&-.’'")
# Dashes that end a dateline ("BEIJING — China's embassy said").
DASHES = frozenset({"—", "–", "--"})
_REGISTRY = "quotelens.body_registry"


@dataclass(frozen=True)
class Body:
    """One name the article gives a body: its words (a possessor country first, no article), as written."""

    start: int  # the first word of the tagger's span, in tokens
    start_char: int  # the same, in characters (what a quoted() test reads)
    words: tuple[Token, ...]
    lowered: frozenset[str]
    name: str


@dataclass(frozen=True)
class BodyRegistry:
    bodies: tuple[Body, ...]  # in text order
    starts: tuple[int, ...]  # each body's first token
    by_words: dict[frozenset[str], list[Body]]  # the bodies of each set of lower-case words, in text order

    def before(self, doc: Doc, token: int, lookback: int) -> tuple[Body, ...]:
        """The bodies named within ``lookback`` tokens before token ``token``, in text order."""
        return self.bodies[bisect_left(self.starts, max(0, token - lookback)):bisect_left(self.starts, token)]

    def written_as(self, words: list[Token], quoted: Callable[[int], bool]) -> Body | None:
        """The body the article names, outside quotes, with the same words in any case ('Sri Lanka Cricket' for
        'The Sri Lanka cricket'), when one does: the writing with the most capitals, a proper name's."""
        same = [body for body in self.by_words.get(frozenset(token.lower_ for token in words), ())
                if not quoted(body.start_char)]
        return max(same, key=lambda body: sum(token.text[:1].isupper() for token in body.words), default=None)


def body_registry(doc: Doc, text: str) -> BodyRegistry:
    """Every body the tagger named in ``doc``, its name trimmed (module docstring); built once per document."""
    registry = doc.user_data.get(_REGISTRY)
    if registry is None:
        bodies = []
        for entity in entities_within(doc, 0, len(doc)):
            if entity.label_ != "ORG":
                continue
            words = body_words(_with_possessor(doc, entity))
            if words:
                bodies.append(Body(entity.start, entity.start_char, tuple(words),
                                   frozenset(token.lower_ for token in words),
                                   text[words[0].idx:words[-1].idx + len(words[-1])]))
        by_words: dict[frozenset[str], list[Body]] = {}
        for body in bodies:
            by_words.setdefault(body.lowered, []).append(body)
        registry = doc.user_data[_REGISTRY] = BodyRegistry(tuple(bodies), tuple(b.start for b in bodies), by_words)
    return registry


def body_name(doc: Doc, text: str, entity: Span) -> str:
    """A tagged entity's name: a body's as the registry trims it ('Council' of 'Council, Belarus'), an international
    body's in full (S9), else as written."""
    registry = body_registry(doc, text)
    index = bisect_left(registry.starts, entity.start)
    found = index < len(registry.starts) and registry.starts[index] == entity.start and entity.label_ == "ORG"
    return full_name(registry.bodies[index].name) if found else entity.text


def body_words(mention: Span) -> list[Token]:
    """A body's name in ``mention``: no article before it, nothing after its first punctuation mark, no member's
    title after its last organisation word."""
    words: list[Token] = []
    for token in mention:
        if token.text in DASHES:
            words = []  # 'BEIJING — China's embassy': what stands before a dateline's dash is no part of a name
        elif token.is_punct and token.text not in NAME_MARKS:
            if words:
                break
        else:
            words.append(token)
    words = without_leading_words(words)
    heads = [i for i, token in enumerate(words) if _is_body_word(token)]
    if heads and heads[-1] < len(words) - 1 and all(
            token.lemma_.lower() in role_words() or token.lower_ in role_words() for token in words[heads[-1] + 1:]):
        words = words[:heads[-1] + 1]  # 'Foreign Ministry Spokesperson': the ministry's name
    return words


def without_leading_words(words: list[Token]) -> list[Token]:
    """A body's name without what stands before it and is no part of it: an article or determiner ("the
    ministry", "its office"), a count that describes the body ("The 27-nation EU", "a 15-member council")."""
    while words:
        if words[0].lower_ in LEADING_WORDS:
            words = words[1:]
        elif len(words) > 3 and words[0].like_num and words[1].text == "-" and words[2].pos_ == "NOUN":
            words = words[3:]
        else:
            break
    return words


@cache
def organization_heads() -> frozenset[str]:
    return frozenset(vocabulary("speakers")["organization_heads"]["values"])


def _is_body_word(token: Token) -> bool:
    return token.lower_ in organization_heads() or token.lemma_.lower() in organization_heads()


def _with_possessor(doc: Doc, entity: Span) -> Span:
    """"China's Ministry of Commerce": the country before an organisation is part of how the article names it."""
    start = entity.start
    if start >= 2 and doc[start - 1].tag_ == "POS" and doc[start - 2].ent_type_ in ("GPE", "NORP"):
        start -= 2
    elif start >= 1 and doc[start - 1].ent_type_ in ("GPE", "NORP") and doc[start - 1].ent_iob_ == "B":
        start -= 1
    return doc[start:entity.end]
