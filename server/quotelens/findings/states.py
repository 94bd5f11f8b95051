"""The states a body's name names: a capital's state ("Washington" → "United States"), country names and
demonyms (data/roles.json, data/speakers.json), read by the organisation and people finders alike."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from quotelens.language.vocabulary import vocabulary


@cache
def capitals() -> dict[str, str]:
    return vocabulary("speakers")["capitals"]["values"]


@cache
def country_words() -> frozenset[str]:
    """Country names and adjectives (data/roles.json), lower-cased: the tagger calls some countries persons."""
    words = vocabulary("roles")["country_adjectives"]["values"]
    return frozenset(word.lower() for word in words) | frozenset(country.lower() for country in words.values())


def is_country(token: Token) -> bool:
    return token.lower_ in country_words()


def state_of(word: str) -> str:
    """A lower-case word as the state it names: 'korean' and 'korea' are one, 'russian' and 'russia'."""
    return demonym_states().get(word, word)


@cache
def demonym_states() -> dict[str, str]:
    """One-word demonyms, lower-cased, → the last word of their state's name ('korean' → 'korea')."""
    words = vocabulary("roles")["country_adjectives"]["values"]
    return {word.lower(): country.lower().split()[-1] for word, country in words.items() if " " not in word}
