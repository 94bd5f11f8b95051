"""Vague measure nouns that are part of a sanctions measure: 'imposed sanctions on North Korea, including a blanket
ban on trade and port calls', 'The sanctions include bans on services ... and new controls and restrictions on the
export of goods', 'lift sanctions and bans on Tehran'. A ban or a restriction alone names anything a rule forbids;
one a sanction includes, or listed with one, is one of its measures (docs/annotation.md: each measure its own
mention). Its kind comes from its own words (a trade ban, an export control)."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.language.tree import children, prep_objects


def is_part_of_measure(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` is a ban, restriction, prohibition or control a sanctions noun includes or is listed with."""
    return token.lemma_.lower() in lex.part_nouns and token.pos_ == "NOUN" and _is_part(token, lex)


def _is_part(token: Token, lex: Lexicon) -> bool:
    word = token
    for _ in range(6):  # a list's members hang on one another: a bounded climb
        if word.dep_ in ("conj", "appos") and word.head.pos_ in ("NOUN", "PROPN"):
            word = word.head
            if _is_container(word, lex):
                return True  # "sanctions and bans on Tehran"
        else:
            break
    if word.dep_ in ("pobj", "pcomp") and word.head.lower_ in lex.member_words:
        return _is_container(word.head.head, lex)  # "sanctions, including a blanket ban on trade"
    if word.dep_ == "dobj" and word.head.lemma_.lower() in lex.list_members:
        return any(_is_container(s, lex) for s in children(word.head, "nsubj"))  # "The sanctions include bans on"
    return False


def _is_container(word: Token, lex: Lexicon) -> bool:
    """'sanctions', 'the measures', 'countermeasures', 'the latest package of sanctions', 'export controls'."""
    lemma = word.lemma_.lower()
    if lemma in lex.quantities:
        word = next(iter(prep_objects(word, "of")), word)
        lemma = word.lemma_.lower()
    return lemma in lex.measure_nouns or lemma in ("measure", "measures") or _qualified(word, lex)


def _qualified(word: Token, lex: Lexicon) -> bool:
    """'Export controls and financial restrictions', 'a travel ban and restrictions on their funds': a measure noun
    its modifier makes one (data/sanctions.json qualified) lists the vague noun beside it as a measure too."""
    rule = lex.qualified.get(word.lemma_.lower())
    return rule is not None and any(c.lower_ in rule["modifiers"] or c.lemma_.lower() in rule["modifiers"]
                                    for c in children(word, "compound", "amod", "nmod"))
