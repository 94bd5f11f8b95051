"""Whose 'will' a reported future is: a state's own announcement, or a forecast by a holder of another state's
office (docs/annotation.md S6: a decision the imposing party announces is imposed, someone else's forecast
considered)."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.people.statesmen import state_served
from quotelens.findings.states import capitals, country_names
from quotelens.language.tree import children


def forecast_by_another_state(clause: Token, reporter: Token) -> bool:
    """'Vucic said that the U.S. would impose sanctions on NIS within days': a listed holder of Serbia's office
    reporting what the United States will do forecasts it; 'Blinken added that the U.S. would impose visa
    restrictions' announces his own state's decision. Only when the data knows both states (data/leaders.json for
    the reporter, a country or capital name for the clause's subject): a pronoun or an unlisted name decides nothing."""
    speaker = next((s for s in children(reporter, "nsubj") if s.ent_type_ == "PERSON"), None)
    subject = next(iter(children(clause, "nsubj", "nsubjpass")), None)
    if speaker is None or subject is None:
        return False
    served = state_served([" ".join(t.text for t in (*children(speaker, "compound"), speaker))])
    state = _state_named(subject)
    return served is not None and state is not None and served != state


def _state_named(subject: Token) -> str | None:
    """'the U.S.', 'Washington', 'Canada' → the state; None for anything longer or other."""
    if subject.right_edge.i - subject.left_edge.i > 3:
        return None  # a longer subject names more than a state
    words = [t for t in subject.subtree if t.lower_ != "the"]
    if not words or not any(t.ent_type_ == "GPE" for t in words):
        return None
    key = " ".join(t.lower_ for t in words)
    return country_names().get(key.replace(".", "")) or country_names().get(key) or capitals().get(key)
