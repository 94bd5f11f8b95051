"""A party's habit of sanctioning (S30): 'the US regime's addiction to imposition of sanctions', 'Washington's habit
of sanctioning', 'the US routinely sanctions', 'was interested in sanctioning anyone who it viewed as a threat', 'they
have imposed sanctions on whatever exists'. What a party does as a habit or policy, with no particular measure, is
`other`; a clause that names a particular target under measures in force ('has imposed so many sanctions on Iran')
stays `imposed` (S21)."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.candidate import Candidate
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.language.tree import children
from quotelens.language.vocabulary import word_list

_HABITS = word_list("sanction_status", "habits")
_HABIT_NOUNS = frozenset(_HABITS["nouns"])
_HABIT_ADVERBS = frozenset(_HABITS["adverbs"])
_WHOEVER = frozenset(_HABITS["whoever"])
_REACH = 3  # 'addiction to imposition of sanctions': two nouns up


def is_habit(candidate: Candidate, lex: Lexicon) -> bool:
    """Whether the mention is a party's habit of sanctioning: under a noun of habit, with an adverb of habit on its
    verb, or on whoever or whatever the party likes (the generic group as the text writes it)."""
    verb, head = candidate.verb, candidate.head
    if verb is not None and any(a.lower_ in _HABIT_ADVERBS for a in children(verb, "advmod")):
        return not _particular_target(candidate, lex)
    if _under_habit_noun(verb if verb is not None else head):
        return not _particular_target(candidate, lex)
    return any(o.lower_ in _WHOEVER for o in _parties(candidate, lex))


def _parties(candidate: Candidate, lex: Lexicon) -> list[Token]:
    """The words the measure falls on: its verb's object, the object of a target preposition ('on whatever
    exists': the subject of the clause the parser hangs there)."""
    verb, head = candidate.verb, candidate.head
    found = [head] if candidate.kind in ("verb", "told") else []
    found += [o for o in children(verb, "dobj") if o.i != head.i] if verb is not None else []
    for prep in (p for w in (verb, head) if w is not None for p in children(w, "prep")):
        if prep.lower_ in lex.target_preps:
            found += [*children(prep, "pobj"), *(s for c in children(prep, "pcomp") for s in children(c, "nsubj"))]
    return found


def _under_habit_noun(word: Token) -> bool:
    """'addiction to imposition of sanctions', 'habit of sanctioning': the measure, or the noun or gerund of imposing
    it, hangs by a preposition from a noun of habit."""
    for _ in range(_REACH):
        if word.dep_ not in ("pobj", "pcomp") or word.head.dep_ != "prep":
            return False
        holder = word.head.head
        if holder.lemma_.lower() in _HABIT_NOUNS:
            return True
        if holder.pos_ != "NOUN":
            return False
        word = holder
    return False


def _particular_target(candidate: Candidate, lex: Lexicon) -> bool:
    """'the habit of sanctioning Iran', 'routinely sanctions Cuban officials': a named target makes it measures in
    force on that target (S30, S21)."""
    return any(o.lower_ not in lex.anyone and o.lower_ not in _WHOEVER for o in _parties(candidate, lex))
