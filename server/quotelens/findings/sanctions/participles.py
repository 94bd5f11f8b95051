"""Participles that describe a party: 'the sanctioned bank', 'sanctioned oligarchs', 'those sanctioned', 'the
individuals designated', 'the four entities sanctioned by the U.S.' name parties, not a measure (docs/annotation.md
S2), whatever spaCy makes of the participle (an adjective or a verb, amod or acl). The verb is a mention: 'the bank
was sanctioned', 'Washington sanctioned two commanders', 'Also sanctioned were ...' (a participle with its own
auxiliary or subject), 'Deripaska, who was sanctioned' (a relative clause), 'a bid to have al-Shabab sanctioned'
(after a causative's object)."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.language.tree import children
from quotelens.language.vocabulary import vocabulary

_PARTICIPLES = frozenset(vocabulary("sanctions")["designations"]["party_participles"])
_CAUSATIVES = frozenset(vocabulary("sanctions")["designations"]["causatives"])


def describes_party(token: Token) -> bool:
    """Whether ``token`` is a listing participle that only modifies the noun or pronoun it hangs on."""
    if token.lower_.rsplit("-", 1)[-1] not in _PARTICIPLES or token.tag_ not in ("VBN", "JJ"):
        return False
    if token.dep_ not in ("amod", "acl") or children(token, "aux", "auxpass", "nsubj", "nsubjpass", "dobj"):
        return False
    party = token.head
    if party.dep_ == "dobj" and party.head.lemma_.lower() in _CAUSATIVES:
        return False  # "to have al-Shabab sanctioned": what is sought, a verb
    return party.pos_ in ("NOUN", "PROPN", "PRON") or party.tag_ == "DT"
