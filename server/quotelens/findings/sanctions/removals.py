"""Parties taken out of a measure: the word that removes them from a list or a measure lifts it for them."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.phrasal import phrasal_status
from quotelens.language.tree import children
from quotelens.language.vocabulary import word_list

_REMOVAL_PREPS = frozenset(word_list("sanction_status", "removal_preps"))
_OFF_PREPS = frozenset(word_list("sanction_status", "off_list_preps"))
_ENDED_MARKS = frozenset(word_list("sanction_status", "ended_marks"))
# the words a 'from' phrase may hang below its removal verb when the parser attaches it to the last party of a list
# ('delisted Cartes along with Bebidas USA Inc, ..., and Tabacalera del Este from its SDN list': five steps)
_PARTY_REACH = 6
_PARTY_DEPS = frozenset(("conj", "pobj", "prep", "appos", "dobj", "compound", "nmod"))


def taken_out(head: Token, lex: Lexicon) -> Token | None:
    """The word that takes parties out of the measure ('removing two ministers from its sanctions list', 'given
    exemptions from the travel ban', 'officials taken off the sanctions list', 'no longer under sanctions'): lifted
    for them (docs/annotation.md: lifted; S3, removing from a sanctions list)."""
    head = _named_list(head, lex)
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ in _REMOVAL_PREPS:
        holder = prep.head
        if lex.status_of.get(holder.lemma_.lower()) == "lifted":
            return holder
        if (remover := _removing_verb(holder, lex)) is not None:
            return remover
        return next((o for o in children(holder, "dobj") if lex.status_of.get(o.lemma_.lower()) == "lifted"), None)
    if head.lemma_.lower() in lex.list_nouns and _off(head, lex):
        return prep  # "Those off the list include ...", "the officials taken off the sanctions list"
    if head.dep_ == "pobj" and _no_longer(prep.head):
        # the path climbs from above the negation, which here ends the measure rather than denying a lifting
        return prep.head.head if children(prep.head, "neg") else prep.head
    return None


def _named_list(head: Token, lex: Lexicon) -> Token:
    """'removed Cuba from the State Sponsors of Terrorism List': a list whose name holds 'of' is the name's head, the
    noun the removal's 'from' takes; any other measure is itself."""
    prep = head.head
    if head.lemma_.lower() in lex.list_nouns and head.dep_ == "pobj" and prep.lower_ == "of" \
            and prep.head.dep_ == "pobj" and prep.head.head.lower_ in _REMOVAL_PREPS:
        return prep.head
    return head


def _removing_verb(holder: Token, lex: Lexicon) -> Token | None:
    """The lifting verb above a 'from' the parser hangs on a party the verb removes ('delisted Cartes along with ...
    Tabacalera del Este from its list'), or on a verb spelled with a hyphen ('de-listed the ZDI from its sanctions
    regime', which the tokenizer splits into 'de', '-', 'listed'); climbing only through the parties' phrase."""
    word = holder
    for _ in range(_PARTY_REACH):
        if word.pos_ in ("VERB", "AUX"):
            return word if lex.status_of.get(_lemma(word)) == "lifted" else None
        if word.dep_ not in _PARTY_DEPS or word.head.i == word.i:
            return None
        word = word.head
    return None


def _lemma(word: Token) -> str:
    """The verb's lemma with the prefix a hyphen splits from it ('de-listed': 'delist')."""
    doc, i = word.doc, word.i
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "de":
        return "de" + word.lemma_.lower()
    return word.lemma_.lower()


def _off(head: Token, lex: Lexicon) -> bool:
    """'Those off the list', 'were taken off the sanctions list', 'struck off the blacklist': a list a party is off is
    one it was removed from; not a list a party is kept off ('kept off the list': never on it)."""
    holder = head.head
    if head.dep_ == "pobj" and holder.lower_ in _OFF_PREPS:
        return holder.head.lemma_.lower() not in lex.keeping_words
    return head.dep_ == "dobj" and phrasal_status(holder) == "lifted"


def _no_longer(word: Token) -> bool:
    """'companies no longer under sanctions', 'are no longer subject to the travel ban': the word, its adverb or its
    copula's adverb says the state ended (the parser hangs 'no' on 'longer' or on the word 'longer' modifies)."""
    holders = (word, word.head) if word.dep_ in ("acomp", "attr") else (word,)
    marks = [a for h in holders for a in (h, *children(h, "advmod")) if a.lower_ in _ENDED_MARKS]
    return any(n.lower_ == "no" for a in marks for n in (*children(a, "neg"), *children(a.head, "neg")))
