"""Bans on another state's goods (docs/annotation.md S46): 'a ban on Uganda's poultry products', 'restrictions on the
importation of milk products from Uganda', 'ban some agricultural products from Kenya', 'Restrictions on Russian
aluminum'. An import or export ban one state puts on another state's goods is a trade ban whatever its motive; what
makes it one is that the banned goods are a state's, by its name, its possessive or its demonym, or come from it. A
restriction aimed at no state ('restrictions on imports') is none (S46), nor one on goods from every country that names
states it hits among others ('vegetables from South Africa and other import countries', S54); neither are a state's
people: a possible target ('Russian diplomats') or a sports word is never goods."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.aliases import owner_text
from quotelens.findings.sanctions.candidate import Candidate, is_possible_target
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.senses import is_sports
from quotelens.language.tree import children, prep_objects
from quotelens.language.vocabulary import vocabulary

_WORDS = vocabulary("sanctions")["foreign_goods"]
_BANNING = frozenset(_WORDS["banning_words"])
_FLOWS = frozenset(_WORDS["flows"])
_ARRIVING = frozenset(_WORDS["arriving_verbs"])
_EVERY = frozenset(_WORDS["every_state"]["quantifiers"])
_STATE_NOUNS = frozenset(_WORDS["every_state"]["state_nouns"])
_SANCTIONED = frozenset(_WORDS["sanctioned_goods"])


def is_states_goods(goods: Token, lex: Lexicon) -> bool:
    """Goods a state owns or sends: 'Uganda's poultry products', 'Russian aluminum', 'vegetables from South Africa',
    'milk coming in from Uganda'; through a flow to what it carries ('the importation of milk products from Uganda')."""
    return bool(_state_words(goods, lex))


def goods_owners(goods: Token, lex: Lexicon) -> list[str]:
    """The states whose goods a ban hits, as targets: 'a ban on Uganda's poultry products' -> Uganda, 'banning Russian
    aluminum' -> Russia, 'restrictions on the importation of milk products from Uganda' -> Uganda (banned goods are no
    target; their state is). Only what a banning word bans: elsewhere 'a former Myanmar police chief' is a party."""
    first = goods.head if goods.dep_ == "conj" else goods  # 'on Russian aluminum and steel'
    banner = first.head.head if first.dep_ == "pobj" and first.head.lower_ == "on" else first.head
    if first.dep_ not in ("pobj", "dobj") or banner.lemma_.lower() not in _BANNING:
        return []
    states = _state_words(goods, lex)
    return list(dict.fromkeys(lex.country_of_adjective.get(w.lower_) or owner_text(w) for w in states))


def bans_states_goods(candidate: Candidate, lex: Lexicon) -> bool:
    """A banning word whose object is a state's goods: its 'on' objects as a noun ('a ban on Uganda's poultry'), its
    object as a verb ('banning Russian aluminum', 'ban some products from Kenya')."""
    trigger = candidate.trigger
    if trigger.lemma_.lower() not in _BANNING:
        return False
    if trigger.pos_ in ("NOUN", "PROPN"):
        return any(is_states_goods(o, lex) for o in prep_objects(trigger, "on"))
    goods = next(iter(children(trigger, "dobj")), None)
    return goods is not None and bans_goods_of_state(trigger, goods, lex)


def bans_goods_of_state(verb: Token, goods: Token, lex: Lexicon) -> bool:
    """'banning Russian aluminum', 'was set to ban some agricultural products from Kenya': a state's goods, or goods
    the verb bans from a state, as its active object. Not a passive subject ('An Australian weightlifter has been
    banned': people and teams are banned too) nor goods a participle describes ('the banned products', as S2 reads
    'the sanctioned bank')."""
    if goods.dep_ != "dobj" or goods.head.i != verb.i:
        return False
    return is_states_goods(goods, lex) or (_is_goods(goods, lex) and any(
        _a_state(w, lex) for w in prep_objects(verb, "from")))


def lists_restricted_goods(listed: Token, lex: Lexicon) -> bool:
    """'the list of restricted vegetables': goods any rule may restrict, no party listed, so no designation list
    (docs/annotation.md S48, S54); 'a list of sanctioned goods' a sanctions word names stays one."""
    return _is_goods(listed, lex) and not any(c.lower_ in _SANCTIONED for c in children(listed, "amod", "compound"))


def _state_words(goods: Token, lex: Lexicon) -> list[Token]:
    """The words naming the states whose goods these are, read through a flow to what it carries."""
    carried = [goods, *prep_objects(goods, "of")] if goods.lemma_.lower() in _FLOWS else [goods]
    owners = [w for item in carried if _is_goods(item, lex) for w in _owners(item)]
    if any(_every_state(o) for w in owners for o in (w, *w.conjuncts)):
        return []  # 'vegetables from South Africa and other import countries': from every country (S54)
    return [w for w in owners if _a_state(w, lex)]


def _every_state(word: Token) -> bool:
    """'other import countries', 'all countries', 'any destination': every state, not one the ban is aimed at."""
    return word.lemma_.lower() in _STATE_NOUNS and any(c.lower_ in _EVERY for c in children(word, "amod", "det"))


def _is_goods(item: Token, lex: Lexicon) -> bool:
    """A thing, not a party: no person, body or state, no party noun ('Russian diplomats'), no sport's word."""
    return item.pos_ == "NOUN" and not is_possible_target(item, lex) and not is_sports(item, lex)


def _owners(item: Token) -> list[Token]:
    """The words that may name whose the goods are: modifiers and possessives ('Uganda's poultry products', 'Russian
    crude oil'), 'from' objects on the goods or on a verb of arriving after them ('milk coming in from Uganda')."""
    modifiers = children(item, "amod", "compound", "poss")
    modifiers += [m for c in modifiers if c.dep_ == "compound" for m in children(c, "amod", "compound", "poss")]
    arriving = [o for a in children(item, "acl") if a.lemma_.lower() in _ARRIVING for o in prep_objects(a, "from")]
    return [*modifiers, *prep_objects(item, "from"), *arriving]


def _a_state(word: Token, lex: Lexicon) -> bool:
    """A state's name ('Uganda', 'South Africa') or demonym ('Russian'): not a faith or a party ('Muslim')."""
    return word.ent_type_ == "GPE" or lex.country_of_adjective.get(word.lower_) is not None
