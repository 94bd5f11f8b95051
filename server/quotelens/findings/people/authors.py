"""The countries an article names as the author of a measure ("US sanctions", "the United States government
announced a new Zimbabwe sanctions regime"): the state that takes a measure against others, which says nothing
about whose office the officials it lists hold."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotelens.findings.people.roles import ROLES
from quotelens.language.entities import named_entities
from quotelens.language.tree import children
from quotelens.language.vocabulary import word_list

_PLACE_LABELS = {"GPE", "NORP"}
# Nouns of a measure taken against others (data/places.json; places.py reads them too).
MEASURE_NOUNS = frozenset(word_list("places", "measure_nouns"))
MEASURE_VERBS = frozenset(word_list("places", "measure_verbs"))
# Dependencies of a country on the noun it owns or modifies: "the US' sanctions", "US sanctions".
_MODIFIER_DEPS = {"poss", "compound", "amod", "nmod"}
# Dependencies of a measure noun under the act that takes it: "imposed sanctions", "a new sanctions regime".
_TAKEN_DEPS = {"dobj", "compound", "nsubjpass"}


def measure_authors(doc: Doc, country_of) -> frozenset[str]:
    """The countries the article names as the author of a measure, read once per article: an owner or modifier
    of a measure noun ("the U.S. sanctions"), or the subject, itself or through its government ("the United
    States government"), of an act whose object is or names a measure ("imposed sanctions on ...", "announced a
    new Zimbabwe sanctions regime"). ``country_of``: the country an entity names, or None."""
    found = set()
    for ent in named_entities(doc):
        if ent.label_ in _PLACE_LABELS and _authors_measure(ent) and (country := country_of(ent)) is not None:
            found.add(country)
    return frozenset(found)


def _authors_measure(ent: Span) -> bool:
    root = ent.root
    if root.dep_ in _MODIFIER_DEPS and _is_measure(root.head):
        return True
    if root.dep_ in _MODIFIER_DEPS and root.head.lemma_.lower() in ROLES.government_nouns:
        root = root.head  # "the United States government announced ..."
    if root.dep_ != "nsubj":
        return False
    return any(_is_measure(taken) or any(_is_measure(part) for part in children(taken, *_TAKEN_DEPS))
               for taken in children(root.head, "dobj"))


def _is_measure(token: Token) -> bool:
    return token.lower_ in MEASURE_NOUNS or token.lemma_.lower() in MEASURE_NOUNS
