"""Vague measure nouns counted in batches: 'mulling a fourth round of measures', 'in the latest raft of measures
against Vladimir Putin's regime', 'lift a raft of penalties'. 'Measures' alone name anything a government does; one
batch of them in an article about sanctions is the next batch of the measure named before (docs/annotation.md S1), so
the mention is the batch phrase, kept near another mention as every 'generic' one is (sanctions.py)."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.candidate import Candidate, of_another_field
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.phrases import before_included_measures, governing_status_word, with_verb
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
