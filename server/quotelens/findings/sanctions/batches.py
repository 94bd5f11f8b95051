"""Vague measure nouns counted in batches: 'mulling a fourth round of measures', 'in the latest raft of measures
against Vladimir Putin's regime', 'lift a raft of penalties'. 'Measures' alone name anything a government does; one
batch of them in an article about sanctions is the next batch of the measure named before (docs/annotation.md S1), so
the mention is the batch phrase, kept near another mention as every 'generic' one is (sanctions.py). A batch noun on
its own ('approved the package', 'the latest round focusing on five individuals') right after a measure is that measure
again (S1; S21 names a package that stands for a party's measures a mention): ``is_batch_repeat``."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.candidate import Candidate, of_another_field
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.phrases import before_included_measures, governing_status_word, is_definite, with_verb
from quotelens.findings.sanctions.waivers import has_aim_or_measure_clause
from quotelens.language.tree import children, lefts
from quotelens.language.vocabulary import vocabulary

_BATCHES = frozenset(vocabulary("sanctions")["batches"]["nouns"])
_VAGUE = frozenset(vocabulary("sanctions")["batches"]["vague"])


def batch_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    """'a fourth round of measures', 'The set of measures': the vague noun after 'of' under a batch noun; not one of
    another field ('a set of safety measures'), one with an aim of its own ('a package of measures to curb
    inflation') nor one its own clause describes ('a raft of measures which ...')."""
    if token.lemma_.lower() not in _VAGUE or token.dep_ != "pobj" or token.head.lower_ != "of":
        return None
    batch = token.head.head
    if batch.lemma_.lower() not in _BATCHES or batch.pos_ != "NOUN" or of_another_field(token, lex) \
            or any(has_aim_or_measure_clause(word, lex) for word in (token, batch)):
        return None
    start = min((c.left_edge.i for c in lefts(batch)), default=batch.i)
    end = before_included_measures(token, max(token.right_edge.i, batch.right_edge.i) + 1, lex)
    verb = governing_status_word(batch, lex)
    start, end = with_verb(verb, batch, start, end, lex)
    return Candidate(token, batch, verb, start, end, "generic", False)


def is_batch_repeat(token: Token) -> bool:
    """'approved the package', 'the latest round': one definite batch noun with nothing of its own to count ('of
    talks', 'the evidence package', 'five rounds') that is not said to be one ('are the second round to be imposed');
    the caller ties it to a measure in its sentence or the one before, as a reader does ('the sixth round of
    negotiations' is no measure)."""
    return token.lemma_.lower() in _BATCHES and token.pos_ == "NOUN" and token.tag_ == "NN" and is_definite(token) \
        and token.dep_ != "attr" and not children(token, "compound", "nummod") \
        and not any(c.lower_ == "of" for c in children(token, "prep"))
