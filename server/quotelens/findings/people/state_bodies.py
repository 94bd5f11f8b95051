"""A state's body named in lower case before a title's head ("the army's spokesman", "Thai army spokesman"): read
from the words, since the tagger tags no entity there."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.people.roles import ROLES
from quotelens.language.syntax import word_of


def owning_state_body(token: Token) -> bool:
    """A state body named in lower case as the office's owner: "the army's spokesman", "the ministry's director";
    not a government by its noun alone (offices.py), nor a word inside a longer name."""
    word = word_of(token.text)
    return (token.text.islower() and word in ROLES.state_org_words and word not in ROLES.government_nouns
            and token.i + 1 < len(token.doc) and token.nbor(1).dep_ == "case"
            and (token.i == 0 or not token.nbor(-1).text[:1].isupper()))


def national_body(tokens: list[Token]) -> list[Token]:
    """A state's body named by its demonym and a body noun in lower case right before the head: "Thai army
    spokesman" is the Thai army's, as "Israeli army spokesman" (not "Chinese military official": an adjective)."""
    if len(tokens) < 2 or not (tokens[-1].pos_ == "NOUN" and tokens[-1].text.islower()):
        return []
    body, state = word_of(tokens[-1].text), word_of(tokens[-2].text)
    longer = len(tokens) > 2 and tokens[-3].text[:1].isupper()  # "North Korean intelligence agent"
    field = body in ROLES.portfolio_words or body in ROLES.field_nouns  # "Polish agriculture minister"
    return tokens[-2:] if body in ROLES.state_org_words and body not in ROLES.government_nouns and not field and \
        not longer and state in ROLES.country_adjectives and state not in ROLES.countries else []
