"""Words of saying a person owns: 'her remark that “…”', 'Rubio’s catch phrase was that “…”'."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.quotes.attribution import Attribution, Earlier
from quotelens.findings.quotes.marks import QuotedSpan
from quotelens.findings.quotes.mentions import is_person_like, mention_span
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.language.syntax import SUBJECT_DEPS
from quotelens.language.tree import children

# How many dependency steps above the quoted words the noun of saying (or the copula it is the subject of) may sit.
MAX_STEPS = 4
# The quoted words are the noun's content only through clause links ('her remark that “…”', 'the answer was
# that “…”'); not through a preposition or a modifier ('his call for a “deportation force”', 'Trump's statements
# as “not Christian”', 'deemed Clinton's emails “top secret”'), where the quote says what the words are about.
CONTENT_DEPS = {"ccomp", "acl", "appos", "attr", "xcomp", "parataxis", "dep", "advcl"}


def possessed_words(scope: QuoteScope, span: QuotedSpan, inside: list[Token],
                    earlier: Earlier) -> Attribution | None:
    """A noun of saying or a text before the quote whose content the quoted words are, directly or as the
    complement of a copula it is the subject of, and whose possessive names someone: that one speaks ('after her
    comment that “…”', 'Rubio’s answer was that “…”')."""
    nouns = scope.words.speech_nouns | scope.words.document_nouns
    ids = {token.i for token in inside}
    link = next((token for token in inside if token.head.i not in ids), None)
    steps = 1
    while link is not None and link.dep_ in CONTENT_DEPS and steps <= MAX_STEPS:
        node = link.head
        copula_subjects = children(node, *SUBJECT_DEPS) if node.lemma_ == "be" else []
        for noun in (node, *copula_subjects):
            owners = children(noun, "poss")
            if (noun.pos_ == "NOUN" and noun.lemma_.lower() in nouns and noun.idx < span.open
                    and not scope.in_quote(noun.idx) and owners and is_person_like(scope, mention_span(owners[0]))):
                return Attribution(scope.mention(noun), mention_span(owners[0]))
        link, steps = (node, steps + 1) if node.head.i != node.i else (None, steps)
    return None
