"""Offices written in capitals ('the Permanent Secretary', 'the Head of State'), which the tagger calls proper nouns
or names: a description of an office holder, not a name (issue 14)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from quotelens.language.entities import entity_of
from quotelens.language.vocabulary import vocabulary


@cache
def role_words() -> frozenset[str]:
    """Head words of offices and roles (data/roles.json): a definite description with one of them ('the top
    diplomat') may stand for the official just named, and 'Lavrov's deputy' is someone other than Lavrov."""
    roles = vocabulary("roles")
    heads = ("official_heads", "descriptive_heads", "generic_official_heads")
    # The head of 'secretary of state' is 'secretary' (listed on its own), not 'state': such phrases add nothing.
    return frozenset({phrase.split()[-1] for key in heads for phrase in roles[key]["values"]
                      if not {"of", "for"} & set(phrase.split())} | {"official"})


def is_written_title(source: Span) -> bool:
    """'the Permanent Secretary', 'the Foreign Affairs Minister': an office written in capitals, which the tagger
    calls a proper noun. Its head is a role word and none of its capitalised words is in a named entity but a
    nationality ('the Venezuelan Chancellor'); 'Chancellor Merkel' (head Merkel) and 'the Cruz adviser' name someone."""
    head = source.root
    return (head.pos_ == "PROPN" and head.tag_ == "NNP" and head.lower_ in role_words()
            and all(token.ent_type_ in ("", "NORP") or _office_entity(token) for token in source
                    if token.pos_ == "PROPN"))


def _office_entity(token: Token) -> bool:
    """'the Head of State summarized': the tagger's entity over an office written in capitals (it read 'Head of
    State' as a work of art) names nobody when its words are an office's whole name (data/roles.json)."""
    entity = entity_of(token)
    words = entity.text.split() if entity is not None else []
    words = words[1:] if words[:1] in (["the"], ["The"]) else words
    return " ".join(words).lower() in office_phrases() or _ministers_office(words)


def office_field(token: Token) -> frozenset[str]:
    """The field of the office written out round ``token`` ('foreign', 'affairs' of 'the Minister of Foreign
    Affairs'), in lower case; empty when the token is in no such name. Its holder's title shares a word of it
    ('Foreign Minister'); 'Prime Minister' is not the Minister of Finance."""
    entity = entity_of(token)
    words = entity.text.split() if entity is not None else []
    words = words[1:] if words[:1] in (["the"], ["The"]) else words
    return frozenset(word.lower() for word in words[2:] if word not in ("and", "&")) if _ministers_office(
        words) else frozenset()


def _ministers_office(words: list[str]) -> bool:
    """'the Minister of Foreign Affairs assured': a role word, 'of' and a field in capitals is an office's name
    written out, which the tagger reads as a body; it names its holder, not a body."""
    return (len(words) >= 3 and words[0].lower() in ("minister", "secretary") and words[1] == "of"
            and all(word[:1].isupper() or word in ("and", "&") for word in words[2:]))


@cache
def office_phrases() -> frozenset[str]:
    """The names of offices of several words ('head of state', 'prime minister')."""
    return frozenset(phrase for phrase in vocabulary("roles")["official_heads"]["values"] if " " in phrase)
