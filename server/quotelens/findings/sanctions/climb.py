"""One mention's climb up its clause path, as the status deciders read it: the facts about the measure, and each
word on the way up with the word below it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Token

from quotelens.findings.sanctions.candidate import Candidate
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.restraints import PERMISSIONS
from quotelens.language.tree import children
from quotelens.language.vocabulary import word_list

# A step's answer that ends the climb with no status: a measure in force under another verb, which is about
# another action ("will have to leverage the sanctions regime")
STOP = "stop"
# 'has rarely acted to impose sanctions': denied as 'never' is (data/sanction_status.json)
_NEGATIVE_ADVERBS = frozenset(word_list("sanction_status", "negative_adverbs"))
# 'was considering not just banning Russian-flagged ships ... but also': 'not' before these adds, it denies nothing
_ADDING_AFTER_NOT = frozenset(("just", "only", "merely", "simply", "solely"))


@dataclass(frozen=True)
class Climb:
    """What every step reads about the mention."""

    candidate: Candidate
    lex: Lexicon
    start: Token  # the word the path climbs from (the mention's verb, or its head)
    in_force: bool  # its own participle says it is in force ("the sanctions imposed by the US")
    existing: bool  # in force, or a definite or possessed measure no verb acts on ("the sanctions")
    bare: bool  # sanctions described generally ("views on sanctions")


@dataclass(frozen=True)
class Step:
    """One word of the clause path, with the word below it and the path up to it."""

    word: Token
    below: Token | None
    under: list[Token]  # the path below the word
    lemma: str
    negated: bool  # the word's own negation, unless the measure is its subject ("the sanctions are not working")
    auxes: frozenset[str]


def steps(path: list[Token]) -> list[Step]:
    """Each word of ``path`` as a step, from the bottom."""
    found = []
    for k, (below, word) in enumerate(zip([None, *path], path)):
        negated = (below is None or below.dep_ not in ("nsubj", "nsubjpass")) and (_denies(word) or any(
            c.lower_ in _NEGATIVE_ADVERBS for c in children(word, "advmod"))) and not _denied_permission(k, word, below)
        auxes = frozenset(c.lower_ for c in children(word, "aux", "auxpass"))
        found.append(Step(word, below, path[:k], word.lemma_.lower(), negated, auxes))
    return found


def _denies(word: Token) -> bool:
    """The word's own 'not', unless it opens 'not just ... but also' (nor 'not only')."""
    return any(n.i + 1 >= len(n.doc) or n.nbor(1).lower_ not in _ADDING_AFTER_NOT for n in children(word, "neg"))


# One way a status is decided: a status, STOP, or None to let the next decider answer.
Decider = Callable[[Climb, Step], "str | None"]


def _denied_permission(k: int, word: Token, below: Token | None) -> bool:
    """The mention's own permission word, or the 'be' it completes: its 'not' is the measure (restraints.py
    denied_entry_candidate), no denial of one."""
    own = word if k == 0 else below if k == 1 and below is not None and below.dep_ in ("acomp", "oprd") else None
    return own is not None and own.lower_ in PERMISSIONS
