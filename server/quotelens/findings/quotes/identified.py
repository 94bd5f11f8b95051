"""An indefinite description the text identifies with a named person nearby (docs/annotation.md S25(b)): '…, a
spokeswoman said on Wednesday. ¶ “…,” said Nabila Massrali, spokeswoman for EU foreign policy chief Josep Borrell'.
The quote is the named person's, the description its mention; unnamed when the article names no one in that role
there, or names someone under another title (the text does not say that person is the one described)."""

from __future__ import annotations

import bisect

from spacy.tokens import Span

from quotelens.findings.quotes.descriptions import generic_roles
from quotelens.findings.quotes.preceding_people import people_between
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.findings.written_titles import role_words
from quotelens.model import Entity

# 'The same or a nearby sentence': the description's own sentence and the one after it.
IDENTIFYING_SENTENCES = 1
# How many words next to a name may give its role: 'Nabila Massrali, spokeswoman for …', 'spokeswoman Maria X'.
ROLE_WORDS_AROUND = 3
# How many characters either side of a name those words are looked for in (a few words' worth).
ROLE_REACH = 40
INDEFINITE = frozenset({"a", "an"})
# The kinds of word a title next to a name is made of ('EU foreign policy chief', 'the ministry's spokeswoman').
TITLE_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET"})


def identified_person(scope: QuoteScope, source: Span) -> Entity | None:
    """The one person named in the description's sentence or the next whose title holds its role word. Not a
    generic head ('a senior official' is not 'regional official Yuri Slyusar': the text does not say so)."""
    role = source.root
    if (source[0].lower_ not in INDEFINITE or role.pos_ != "NOUN" or role.tag_ == "NNS"
            or role.lemma_.lower() not in role_words() or role.lemma_.lower() in generic_roles()):
        return None
    index = bisect.bisect_right(scope.sentence_starts, role.i) - 1
    last = scope.sentences[min(len(scope.sentences) - 1, index + IDENTIFYING_SENTENCES)]
    first, end = scope.sentences[index].start_char, last.end_char
    lemma = role.lemma_.lower()
    # Each person's mentions in the window, gathered once: not a walk over every mention of every person named there.
    mentions: dict[str, list[tuple[int, int]]] = {}
    for start, stop, entity in scope.resolver.mentions_between(first, end):
        mentions.setdefault(entity.id, []).append((start, stop))
    fitting = {entity.id: entity for entity in people_between(scope, first, end)
               if lemma in scope.resolver.title_words(entity)
               or _role_beside(scope, mentions.get(entity.id, ()), lemma, first, end)}
    return next(iter(fitting.values())) if len(fitting) == 1 else None


def _role_beside(scope: QuoteScope, mentions, lemma: str, first: int, end: int) -> bool:
    """The role word right before one of the person's mentions in [first, end) or in the apposition right after it."""
    for start, stop in mentions:
        before = scope.tokens_between(max(first, start - ROLE_REACH), start)[-ROLE_WORDS_AROUND:]
        after = scope.tokens_between(stop, min(end, stop + ROLE_REACH))
        apposition = after[1:1 + ROLE_WORDS_AROUND] if after and after[0].text == "," else []
        # Only words of the title itself between: 'spokesman Dmitry Peskov', not 'a spokesman in Swat'.
        if _names_role(reversed(before), lemma) or _names_role(apposition, lemma):
            return True
    return False


def _names_role(tokens, lemma: str) -> bool:
    """Say whether the role word comes among ``tokens`` (read from the name outward) before any word of another
    kind than a title's (a preposition, a verb)."""
    for token in tokens:
        if token.lemma_.lower() == lemma and token.pos_ == "NOUN":
            return True
        if token.pos_ not in TITLE_POS:
            return False
    return False
