"""The states a body's name names: a capital's state ("Washington" → "United States"), country names and
demonyms (data/roles.json, data/speakers.json), read by the organisation and people finders alike."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from quotelens.language.entities import entities_within, named_entities
from quotelens.language.syntax import ARTICLES, BODY_DETERMINERS
from quotelens.language.vocabulary import vocabulary

# Per document: the words of the persons' names the tagger found (country_of_capital).
_PERSON_NAME_WORDS = "quotelens.person_name_words"


@cache
def capitals() -> dict[str, str]:
    return vocabulary("speakers")["capitals"]["values"]


@cache
def government_kinds() -> frozenset[str]:
    """Lower-case words for the kind of a state's government ('military', 'transitional'; data/speakers.json)."""
    return frozenset(vocabulary("speakers")["government_kinds"]["values"])


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


@cache
def countries() -> dict[str, str]:
    """Country names, lower-cased, → the name as the word list writes it ('united states' → 'United States')."""
    return {country.lower(): country for country in vocabulary("roles")["country_adjectives"]["values"].values()}


@cache
def country_names() -> dict[str, str]:
    """Country names and adjectives, lower-cased, → the country's name as the word list writes it ('portuguese'
    → 'Portugal', 'us' → 'United States')."""
    words = vocabulary("roles")["country_adjectives"]["values"]
    return {**countries(), **{word.lower(): country for word, country in words.items()}}


def state_of_government(words: list[Token]) -> str | None:
    """"The Portuguese government", "Japan's government", "the Government of Mali" → the country: a state's
    government speaks as the state (docs/annotation.md, S40, "Myanmar's military government" too); None for any
    other name."""
    if words and words[-1].lemma_.lower() == "government":
        # "Myanmar's military government" is Myanmar's: a word for the kind of government names no other owner.
        state = [token for token in words[:-1] if token.tag_ != "POS" and token.text not in government_kinds()]
    elif len(words) > 2 and words[0].lemma_.lower() == "government" and words[1].lower_ == "of":
        state = [token for token in words[2:] if token.lower_ != "the"]
    else:
        return None
    return country_names().get(" ".join(token.lower_ for token in state)) if state else None


def country_of_capital(source: Span) -> str | None:
    """"Washington says" → "United States": a capital that speaks is its state (docs/annotation.md)."""
    leading = ARTICLES | BODY_DETERMINERS  # "the", "its": no part of a capital's name
    words = [token for token in source if token.lower_ not in leading]
    country = capitals().get(" ".join(token.lower_ for token in words)) if words else None
    if country is None or words[-1].ent_type_ != "GPE" and _person_name_words(source.doc) & {w.lower_ for w in words}:
        return None
    # The tagger calls some capitals persons ('Khartoum said that …'): a capital alone is its state unless the
    # article names a person with the word ('Denzel Washington … Washington said').
    return country


def _person_name_words(doc: Doc) -> frozenset[str]:
    """The lower-case words of the names of several words the tagger calls persons, read once per document."""
    if _PERSON_NAME_WORDS not in doc.user_data:
        persons = [entity for entity in named_entities(doc) if entity.label_ == "PERSON" and len(entity) > 1]
        doc.user_data[_PERSON_NAME_WORDS] = frozenset(token.lower_ for entity in persons for token in entity)
    return doc.user_data[_PERSON_NAME_WORDS]


def country_named_before(doc: Doc, before: int, lookback: int) -> str | None:
    """The country the article named last in the ``lookback`` words before word ``before``, as written ("Iran",
    "North Korea")."""
    for entity in reversed(entities_within(doc, max(0, before - lookback), before)):
        if entity.label_ == "GPE" and " ".join(t.lower_ for t in entity if t.lower_ != "the") in country_words():
            return " ".join(t.text for t in entity if t.lower_ != "the")
    return None


def formal_state(name: str) -> str | None:
    """A state's formal name as the country it is ('the Russian Federation' → 'Russia', 'Republic of Uzbekistan' →
    'Uzbekistan', 'the Islamic Republic of Iran' → 'Iran'); None for any other name, a sports body's "Russian
    Football Federation" or a union's "American Federation of Labor" among them (data/places.json state_forms)."""
    words = name.lower().replace("’", "'").split()
    while words and words[0] in ARTICLES:
        words.pop(0)
    forms, modifiers = _state_forms()
    if "of" in words:
        at = words.index("of")
        form, country = words[:at], [word for word in words[at + 1:] if word not in ARTICLES]
        size = 2 if " ".join(form[-2:]) in forms else 1  # "Grand Duchy of Luxembourg"
        if form and " ".join(form[-size:]) in forms and all(word in modifiers for word in form[:-size]):
            return country_names().get(" ".join(country))
        return None
    # "Russian Federation", "Kyrgyz Republic": a demonym and a form, nothing else ("State" stays out: "Federal State").
    if len(words) == 2 and words[1] in forms - {"state", "states"}:
        return country_names().get(words[0])
    return None


@cache
def _state_forms() -> tuple[frozenset[str], frozenset[str]]:
    places = vocabulary("places")
    return frozenset(places["state_forms"]["values"]), frozenset(places["state_form_modifiers"]["values"])


def owned_by_capital(words: list[Token] | tuple[Token, ...]) -> tuple[str, list[Token]] | None:
    """"Seoul's Foreign Ministry" → ("South Korea", [Foreign, Ministry]): a capital that owns a national body names
    its state, as a capital that speaks does (docs/annotation.md S64); None for any other name, a city's own body
    ("Tokyo's metropolitan government") among them (data/places.json capital_owned_bodies)."""
    at = next((index for index, token in enumerate(words) if token.tag_ == "POS"), 0)
    body = list(words[at + 1:])
    country = capitals().get(" ".join(token.lower_ for token in words[:at])) if at else None
    if country is None or not body:
        return None
    lowered = [token.lower_ for token in body]
    named = {" ".join(lowered[start:start + size]) for size in (1, 2) for start in range(len(lowered))}
    return (country, body) if named & _capital_owned_bodies() else None


def state_owned_name(text: str, words: list[Token] | tuple[Token, ...]) -> str | None:
    """'Seoul's Foreign Ministry' → "South Korea's Foreign Ministry": a capital's national body under its state's
    name (S64; ``text`` the document's); None for any other name."""
    owned = owned_by_capital(words)
    return f"{owned[0]}'s {text[owned[1][0].idx:owned[1][-1].idx + len(owned[1][-1])]}" if owned else None


@cache
def _capital_owned_bodies() -> frozenset[str]:
    return frozenset(vocabulary("places")["capital_owned_bodies"]["values"])
