"""Breaches a clause does not say happened: supposed, forbidden or only made possible; the measure breached is then
in force (named so) or a kind."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.candidate import Candidate
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.phrases import is_definite
from quotelens.language.tree import children
from quotelens.language.vocabulary import word_list

_FORBIDDING = frozenset(word_list("sanction_status", "forbidden_acts"))
_UNASSERTED = word_list("sanction_status", "unasserted_breaches")
_UNASSERTING_PREPS = frozenset(_UNASSERTED["preps"])
_ABILITY_NOUNS = frozenset(_UNASSERTED["nouns"])
_STANDING_ADJECTIVES = frozenset(_UNASSERTED["standing_adjectives"])


def unasserted_breach_status(candidate: Candidate, path: list[Token], lex: Lexicon) -> str | None:
    """The status of a violation the clause does not assert, None for one it does. A breach supposed, forbidden,
    avoided by 'without' or only made possible ('Russia's ability to circumvent previous sanctions') did not happen
    (docs/annotation.md: a hypothetical 'would violate' is not violated): supposed or forbidden, other; left out or
    made possible, the measure it names as in force ('previous sanctions', 'sanctions imposed by the United States')
    is only described, in force (S21: imposed), and a bare one is the kind (other). S14's breaches of Security
    Council resolutions keep 'would violate' (the seed), so resolutions never come here."""
    if candidate.kind == "resolution":
        return None
    if _supposed(path, lex) or _forbidden(path):
        return "other"  # the tune gold reads these other whatever the measure ('could aid the circumvention of the
        # financial measures', 'punishable by law to break the sanctions')
    if not _unasserted(candidate.verb):
        return None
    return "imposed" if _named_in_force(candidate.head, lex) else "other"


def _supposed(path: list[Token], lex: Lexicon) -> bool:
    """'they can violate sanctions', 'the fuel shipments would violate US sanctions', 'transactions that could aid the
    circumvention of the measures': a breach a modal only supposes or allows. The modal is the one of the breach's own
    clause, its first verb: 'could face penalties for violating sanctions' supposes the penalty, not the breach."""
    verb = next((w for w in path if w.pos_ in ("VERB", "AUX")), None)
    modals = lex.hypothetical_aux | lex.ability_aux
    return verb is not None and any(a.lower_ in modals for a in children(verb, "aux"))


def _forbidden(path: list[Token]) -> bool:
    """'It is punishable by law to break the sanctions', 'Violating sanctions is a crime', 'It is illegal for citizens
    to evade the embargo': a breach a copula's predicate calls forbidden is what the law says of any breach, not one
    that happened, when the breach is the copula's subject or extraposed clause."""
    for below, word in zip(path, path[1:]):
        if word.lemma_ == "be" and below.dep_ in ("csubj", "xcomp", "advcl", "ccomp"):
            return any(c.lemma_.lower() in _FORBIDDING for c in children(word, "acomp", "attr"))
    return False


def _unasserted(verb: Token | None) -> bool:
    """'without breaching sanctions imposed by the United States', 'Russia's ability to circumvent previous
    sanctions': the breach is what 'without' leaves out, or what an ability makes possible."""
    if verb is None:
        return False
    head = verb.head
    return (verb.dep_ == "pcomp" and head.lower_ in _UNASSERTING_PREPS) \
        or (verb.dep_ in ("acl", "xcomp") and head.lemma_.lower() in _ABILITY_NOUNS)


def _named_in_force(head: Token, lex: Lexicon) -> bool:
    """'these financial measures', 'the sanctions', 'previous sanctions', 'sanctions imposed by the United States': a
    measure its words name as one in force; not 'sanctions', 'US sanctions' (the kind, or any of a party's)."""
    return is_definite(head) or any(c.lemma_.lower() in _STANDING_ADJECTIVES for c in children(head, "amod")) \
        or any(c.tag_ == "VBN" and lex.status_of.get(c.lemma_.lower()) == "imposed" for c in children(head, "acl"))
