"""Whom a denial of entry or of a visa hits when no preposition names them: the party a verb of denial withholds the
entry or the visa from ('refuse Ncube entry', 'disallow Venezuelan government officials entry', 'denied him a
visa', 'will be denied visas and entry'; docs/annotation.md S72: those barred from entry are the ban's targets)."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.candidate import Candidate, is_possible_target
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.language.tree import children
from quotelens.language.vocabulary import vocabulary

_DENIALS = frozenset(vocabulary("sanctions")["travel_bans"]["denials"])
# the entity types that, as a compound of 'visa' or 'entry', name where it is to or whose it is ('U.S. visas',
# 'Schengen visas', 'EU entry'), not whom it is withheld from
_PLACES = frozenset(("GPE", "LOC", "NORP", "FAC"))


def denied_parties(candidate: Candidate, lex: Lexicon) -> list[Token]:
    """The party a verb of denial withholds its object, the entry or a visa, from: its indirect object ('denied him a
    visa'), a second object the parse read as a compound of the entry ('refuse Ncube entry'), or, in the passive,
    its subject ('The executives will be denied visas and entry'). None for another verb, or for one whose entry is
    its own passive subject ('Entry is denied to ...': the preposition names them, preposition_targets.py)."""
    verb, entry = candidate.trigger, candidate.head
    if verb.lemma_.lower() not in _DENIALS or entry.lemma_.lower() not in lex.travel_ban_objects:
        return []
    if entry.dep_ == "conj":  # 'denied visas and entry': the first conjunct is the verb's object
        entry = entry.head
    if entry.head.i != verb.i or entry.dep_ != "dobj":
        return []
    # 'deny U.S. visas to officials on the list': a dative 'to' names them through its object
    found = [o for d in children(verb, "dative") for o in ([d] if d.pos_ != "ADP" else children(d, "pobj"))]
    found += [c for c in children(entry, "compound") if _names_party(c, lex)]
    found += [s for s in children(verb, "nsubjpass") if s.pos_ in ("PROPN", "NOUN", "PRON")]
    return found


def _names_party(word: Token, lex: Lexicon) -> bool:
    """'Ncube' or 'officials' before 'entry', not the 'U.S.' of 'U.S. visas' nor the 'travel' of 'travel visas'."""
    return word.ent_type_ not in _PLACES and (word.pos_ == "PROPN" or is_possible_target(word, lex))
