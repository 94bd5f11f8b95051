"""Senses of a measure word that are not sanctions: approval ('state-sanctioned'), sports and professional
discipline, a sports story's penalties, civil campaigns, a press embargo's modifiers, a policy that 'breaks with'
resolutions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from quotelens.findings.sanctions.lexicon import Lexicon, plain
from quotelens.findings.sanctions.aliases import authority_of_text
from quotelens.language.entities import entity_texts
from quotelens.language.syntax import sentence_start
from quotelens.language.tree import children
from quotelens.language.vocabulary import vocabulary
from quotelens.language.word_index import occurs_between

if TYPE_CHECKING:  # annotations only
    from quotelens.findings.sanctions.candidate import Candidate

_FIELDS = frozenset(vocabulary("sanctions")["negative_senses"]["fields"])  # a pandemic's measures


def _hyphen_prefix(token: Token) -> str | None:
    """'EU' of 'EU-sanctioned' (one token or three), None without a hyphenated prefix."""
    if "-" in token.text.strip("-"):
        return token.text.rsplit("-", 1)[0]
    if token.i > 1 and token.nbor(-1).tag_ == "HYPH":
        return token.nbor(-2).text
    return None


def approved_by(token: Token, lex: Lexicon) -> bool:
    """'government-sanctioned', 'state-sanctioned' are approval; 'U.S.-sanctioned', 'EU-sanctioned' are sanctions."""
    prefix = _hyphen_prefix(token)
    if prefix is None:
        return token.i > 0 and token.nbor(-1).tag_ == "HYPH"
    if prefix.lower().endswith("ly"):
        return False  # "newly-sanctioned", "recently-sanctioned": an adverb says when, not who approves
    return authority_of_text(prefix, lex) is None and prefix not in _country_names(token.doc)


def _country_names(doc) -> set[str]:
    return entity_texts(doc, "GPE")


def is_sports(patient: Token, lex: Lexicon) -> bool:
    """'sanctioned two top officials of the rebel league': a sports penalty."""
    return any(t.lower_ in lex.negative_target_words or t.lemma_.lower() in lex.negative_target_words
               for t in patient.subtree)


def is_sports_story(doc: Doc, lex: Lexicon) -> bool:
    """A story told in a sport's words (players, a league, doping): its sanctions are a sports body's penalties. A
    minister's portfolio ('the sports minister') is no sport's word."""
    return sum((t.lower_ in lex.sports_story_words or t.lemma_.lower() in lex.sports_story_words)
               and not _names_portfolio(t, lex) for t in doc) >= lex.sports_story_min


def _names_portfolio(word: Token, lex: Lexicon) -> bool:
    """'sports minister', 'the information and sports ministers', 'Minister of Sport': the word heads no phrase of its
    own but names an office's field (a conjunct or an of-object stands one step further from the office)."""
    head = word.head.head if word.dep_ in ("conj", "pobj") else word.head
    return word.dep_ in ("compound", "amod", "nmod", "conj", "pobj") and head.lemma_.lower() in lex.sports_portfolios


def is_other_sense(candidate: Candidate, lex: Lexicon) -> bool:
    """Disciplinary or administrative sanctions, named civil campaigns, a pandemic's measures."""
    if _of_a_pandemic(candidate.trigger, lex):
        return True
    for word in (candidate.trigger, candidate.head):
        for child in children(word):
            if child.dep_ in ("amod", "compound", "poss", "nmod") and child.lemma_.lower() in lex.negative_modifiers \
                    and not any(g.lower_ in lex.modifier_exceptions for g in children(child)):
                return True
    first = sentence_start(candidate.trigger)
    window = plain(candidate.trigger.doc[max(first, candidate.trigger.i - 4): candidate.trigger.i + 4].text)
    return any(phrase in window for phrase in lex.negative_phrases)


def _of_a_pandemic(trigger: Token, lex: Lexicon) -> bool:
    """'the measures taken by Kuwait in dealing with the coronavirus pandemic': a vague measure noun whose own phrase
    names a pandemic (data/sanctions.json negative_senses.fields); not what a conjunct adds ('a ban on trade but not
    on equipment to fight coronavirus')."""
    return trigger.lemma_.lower() in lex.generic_objects and any(  # read through the word index: a list's subtree
        occurs_between(trigger.doc, _FIELDS, c.left_edge.i, c.right_edge.i + 1)  # holds the rest of the list
        for c in children(trigger) if c.dep_ not in ("conj", "cc"))


def names_a_body(candidate: Candidate, lex: Lexicon) -> bool:
    """'the Security Council sanctions committee on North Korea', 'UNSC's Afghanistan Sanctions Committee': a body
    named after sanctions, or a sanctions law named as a measure's ground: no measure itself, though it shows that
    the article is about a state's sanctions and whose they are."""
    trigger = candidate.trigger
    return (trigger.dep_ in ("compound", "nmod") and trigger.head.lemma_.lower() in lex.sanction_bodies) \
        or _heads_office(trigger, lex) or _is_ground(candidate, lex)


def _heads_office(trigger: Token, lex: Lexicon) -> bool:
    """'Head of Sanctions', 'Director for Sanctions', 'secretary of state for counter threat finance and sanctions':
    sanctions as the field of an office named before it with 'of' or 'for' (a conjunct one step further); a named
    list is no field ('the Office of Foreign Assets Control's Specially Designated Nationals List')."""
    word = trigger.head if trigger.dep_ == "conj" else trigger
    return trigger.lemma_.lower() in lex.measure_nouns and word.dep_ == "pobj" and word.head.lower_ in ("of", "for") \
        and word.head.head.lemma_.lower() in lex.sanction_bodies


def _is_ground(candidate: Candidate, lex: Lexicon) -> bool:
    """'according to China's Anti-Foreign Sanctions Law', 'since the Russia Sanctions Act entered into force': a law
    no status word acts on and that names no one it hits (data/sanctions.json negative_senses.laws)."""
    head = candidate.head
    return head.lemma_.lower() in lex.law_heads and head.i != candidate.trigger.i and candidate.verb is None \
        and not any(p.lower_ in lex.target_preps for p in children(head, "prep"))


def has_words(text: str, phrase: str) -> bool:
    return f" {phrase} " in f" {text} "


def violation_nearby(token: Token, lex: Lexicon) -> Token | None:
    """A violation word a few tokens before, when the parse attached the resolutions elsewhere."""
    first = sentence_start(token)
    for i in range(token.i - 1, max(first, token.i - lex.violation_window) - 1, -1):
        word = token.doc[i]
        if word.lemma_.lower() in lex.violation_verbs or word.lemma_.lower() in lex.violation_nouns:
            return None if departs_from(word) else word
    return None


def departs_from(word: Token) -> bool:
    """'breaks with Security Council resolutions' is a change of policy, not a breach."""
    return word.i + 1 < len(word.doc) and word.nbor(1).lower_ == "with"
