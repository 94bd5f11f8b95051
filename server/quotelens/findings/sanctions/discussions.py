"""Discussing sanctions (docs/annotation.md S49): discussion, talks or debate of a new measure or package is
`considered` ('talks on further sanctions', 'discuss a new package'); of the measures in force it leaves them
`imposed` ('to discuss sanctions against Russia', 'a debate on sanctions by foreign countries against Israeli
civilians', 'the current discussion over the timing of the sanctions'). Only where a discussing word is the first
word of threat or proposal up the measure's clause: 'discuss imposing sanctions' is a proposal of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from quotelens.findings.sanctions.clause_paths import clause_path
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.phrases import is_definite
from quotelens.language.tree import children, lefts
from quotelens.language.vocabulary import vocabulary

if TYPE_CHECKING:  # annotations only, as status.py
    from quotelens.findings.sanctions.candidate import Candidate

_WORDS = vocabulary("sanctions")["discussions"]
_DISCUSSING = frozenset(_WORDS["discussing_words"])
_NEW = frozenset(_WORDS["new_words"])
_WHOLES = frozenset(_WORDS["new_wholes"])


def discusses_measures_in_force(candidate: Candidate, lex: Lexicon) -> bool:
    """Whether the first word of proposal or threat up the measure's clause discusses it, and the measure is no new
    one: no 'new', 'further' or 'possible' on it, no indefinite article, no package or round."""
    if candidate.verb is not None and candidate.verb.lemma_.lower() not in _DISCUSSING:
        return False  # 'discuss imposing sanctions': the imposing is proposed
    start = candidate.verb if candidate.verb is not None else candidate.head
    words = [start, *(o for p in children(start, "prep") for o in children(p, "pobj"))] if start.pos_ == "NOUN" else []
    first = next((w for w in [*clause_path(start, infinitives=True), *words]
                  if w.lemma_.lower() in lex.consider_words | lex.threat_words), None)
    head = candidate.head
    whole = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None  # 'the next round of'
    return first is not None and first.lemma_.lower() in _DISCUSSING and _in_force(head) and not _is_new(head, lex) \
        and not (whole is not None and _is_new(whole, lex))


def _in_force(head: Token) -> bool:
    """'the sanctions', 'sanctions against Russia', 'sanctions by foreign countries against Israeli civilians': a
    measure its words place; a bare 'talk of sanctions' is of sanctions to come."""
    # not a subject to be discussed: 'Sanctions against Iran will be discussed next week' is a proposal, considered
    return is_definite(head) or head.dep_ != "nsubjpass" and any(
        p.lower_ in ("against", "on") for p in children(head, "prep"))


def _is_new(head: Token, lex: Lexicon) -> bool:
    """'new sanctions', 'further measures', 'a package', 'possible sanctions', 'more sanctions against Moscow'."""
    modifiers = children(head, "amod", "det", "nummod", "compound", "advmod")
    return head.lemma_.lower() in _WHOLES or any(
        m.lower_ in _NEW or m.lower_ in lex.adding_words or m.lemma_.lower() in lex.consider_words | lex.threat_words
        or m.tag_ == "JJ" and m.lower_.endswith(("th", "st", "nd", "rd")) and m.lower_[:1].isdigit()
        for m in modifiers) or any(m.lower_ in ("more", "further") for m in lefts(head))
