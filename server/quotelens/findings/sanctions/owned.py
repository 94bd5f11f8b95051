"""Vague measure nouns ('measures', 'restrictions', 'penalties') that a sanctioning state or body names as its own: 'the
EU measures', 'the restrictions imposed by Washington', 'restrictions the West has imposed on Russia'. A state's
measures are sanctions however they are worded (docs/annotation.md: 'restrictive measures' named as sanctions)."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.aliases import authority_of_phrase
from quotelens.findings.sanctions.candidate import Candidate
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.parties import agent_of
from quotelens.findings.sanctions.phrases import governing_status_word, phrase_bounds, with_verb
from quotelens.language.tree import children


def owned_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    """A vague noun whose modifier is an authority ('the EU measures', 'US restrictions'), or whose imposing participle
    or relative clause names one as its doer ('imposed by Washington', 'the West has imposed'); kept, as every vague
    noun, only next to another mention (sanctions.py). Not 'the government's measures' (no authority named), nor
    'measures the EU discussed' (no imposing verb), nor 'the EU measures to curb inflation'."""
    if token.lower_ not in lex.owned_nouns or token.pos_ != "NOUN" or token.dep_ == "compound" or any(
            a.lower_ == "to" for c in children(token, "acl", "relcl") for a in children(c, "aux")):
        return None  # "the EU measures to curb inflation": a purpose says what kind of measure, and most are not sanctions
    imposer = next((c for c in children(token, "acl", "relcl") if _imposed_by_authority(c, lex)), None)
    named = any(c.dep_ in ("compound", "nmod") and authority_of_phrase(c, lex) is not None for c in children(token))
    if imposer is None and not named:
        return None
    verb = imposer or governing_status_word(token, lex)
    start, end = phrase_bounds(token, lex)
    if imposer is None:
        start, end = with_verb(verb, token, start, end, lex)
    return Candidate(token, token, verb, start, max(end, imposer.right_edge.i + 1) if imposer is not None else end,
                     "generic", False)


def _imposed_by_authority(clause: Token, lex: Lexicon) -> bool:
    """'imposed by Washington', '(that) the West has imposed': an imposing verb whose doer is an authority."""
    if lex.status_of.get(clause.lemma_.lower()) != "imposed":
        return False
    doer = agent_of(clause) if clause.tag_ == "VBN" and clause.dep_ == "acl" else next(
        (c for c in children(clause, "nsubj")), None)
    return doer is not None and authority_of_phrase(doer, lex) is not None
