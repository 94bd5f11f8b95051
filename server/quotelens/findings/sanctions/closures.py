"""Places a state closes to another state's carriers or people: 'close its ports to Russian ships', 'airspace has been
closed to Russian aircraft', 'close their borders to Russian citizens' (a travel ban: data/sanctions.json's
travel_bans, `$closing`). A closure that names no state's party ('closed the border to traffic', 'to refugees') is
the guideline's border closure, no mention."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.candidate import Candidate
from quotelens.language.tree import children, prep_objects
from quotelens.language.vocabulary import vocabulary

_WORDS = vocabulary("sanctions")["travel_bans"]
CLOSING_VERBS = frozenset(_WORDS["closing_verbs"])
_PLACES = frozenset(_WORDS["closed_places"])
_STATE_KINDS = ("NORP", "GPE")  # 'Russian ships', 'Russia's aircraft', 'Qatar'


def closure_candidate(token: Token) -> Candidate | None:
    """The closing verb with its place and the state's party its 'to' names, from the first of them to the party."""
    place = next((c for c in children(token, "dobj", "nsubjpass") if c.lemma_.lower() in _PLACES
                  or c.lower_ in _PLACES), None)
    if place is None:
        return None
    party = next((o for o in prep_objects(token, "to") + prep_objects(place, "to") if _of_a_state(o)), None)
    if party is None:
        return None
    start = min(token.i, place.left_edge.i)  # 'all European airspace can be closed to Russian aircraft'
    return Candidate(token, party, token, start, party.right_edge.i + 1, "verb", clear=False)


def _of_a_state(party: Token) -> bool:
    """'Russian ships', 'Russia's fishing vessels', 'Qatar': a party a state's name or adjective qualifies."""
    return party.ent_type_ == "GPE" or any(
        c.ent_type_ in _STATE_KINDS for c in children(party, "amod", "compound", "poss"))
