"""S58: cutting trade, economic or transport ties with a state is an `embargo` mention ('cut diplomatic and economic
ties with Qatar', 'severed trade and transport links with Qatar'); cutting diplomatic relations alone, or
'relations' with no trade named, is none (docs/annotation.md S58)."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.candidate import Candidate
from quotelens.language.tree import children, prep_objects
from quotelens.language.vocabulary import vocabulary

_WORDS = vocabulary("sanctions")["cut_ties"]
_CUTTING = frozenset(_WORDS["cutting_verbs"])
_TIES = frozenset(_WORDS["ties"])
_TRADE = frozenset(_WORDS["trade_kinds"])


def cut_ties_candidate(token: Token) -> Candidate | None:
    """The cutting verb, from it to the state its ties were with; the state is the head, as whom it hits."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _CUTTING:
        return None
    ties = next((o for o in children(token, "dobj") if o.lemma_.lower() in _TIES), None)
    if ties is None:
        return None
    kinds = [k for m in children(ties, "amod", "compound", "nmod") for k in (m, *m.conjuncts)]
    if not any(k.lower_ in _TRADE for k in kinds):
        return None  # "severed diplomatic relations", "cut all relations"
    partner = next(iter([*prep_objects(ties, "with"), *prep_objects(token, "with")]), None)
    if partner is None or partner.ent_type_ != "GPE":
        return None
    return Candidate(token, partner, token, token.i, partner.i + 1, "verb", True)  # not its apposition after it
