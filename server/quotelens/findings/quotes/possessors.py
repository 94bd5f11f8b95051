"""Words of saying a person owns: 'her remark that “…”', 'Rubio’s catch phrase was that “…”'."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.quotes.attribution import Attribution, Earlier
from quotelens.findings.quotes.marks import QuotedSpan
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.findings.quotes.sources import is_person_like, mention_span
from quotelens.language.syntax import SUBJECT_DEPS
from quotelens.language.tree import children

# How many dependency steps above the quoted words the noun of saying (or the verb it is the subject of) may sit.
MAX_STEPS = 4


def possessed_words(scope: QuoteScope, span: QuotedSpan, inside: list[Token],
                    earlier: Earlier) -> Attribution | None:
    """A noun of saying or a text before the quote, over its words or the subject of the clause over them, whose
    possessive names someone: that one speaks ('after her March comment that, “…”', 'The senator’s answer was
    that “…”', 'Hoff’s letter makes a libertarian-style case: “…”')."""
    nouns = scope.words.speech_nouns | scope.words.document_nouns
    top = next((token for token in inside if token.head.i not in {t.i for t in inside}), None)
    node, steps = (top.head, 1) if top is not None else (None, 0)
    while node is not None and steps <= MAX_STEPS:
        for noun in (node, *children(node, *SUBJECT_DEPS)):
            owners = children(noun, "poss")
            if (noun.pos_ == "NOUN" and noun.lemma_.lower() in nouns and noun.idx < span.open
                    and not scope.in_quote(noun.idx) and owners and is_person_like(scope, mention_span(owners[0]))):
                return Attribution(scope.mention(noun), mention_span(owners[0]))
        node, steps = (node.head, steps + 1) if node.head.i != node.i else (None, steps)
    return None
