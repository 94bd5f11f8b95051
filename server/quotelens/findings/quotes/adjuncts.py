"""Participle adjuncts of saying: '…, saying that …', '…, claiming that …' speak for the subject of their clause."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotelens.findings.organizations import is_organization
from quotelens.findings.quotes.attribution import Attribution
from quotelens.findings.quotes.mentions import is_person_like, mention_span
from quotelens.findings.quotes.named import one_person_named
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.language.syntax import SUBJECT_DEPS
from quotelens.language.tree import children

# Finite verb tags: the clause a participle adjunct hangs on has one.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Clauses that are not the sentence's own: their subject is not the one an adjunct after a comma shares.
DEPENDENT_DEPS = frozenset({"relcl", "advcl", "ccomp", "acl", "xcomp", "pcomp"})


def adjunct_source(scope: QuoteScope, attribution: Attribution) -> Attribution | None:
    """'Wang made the statement at the ASEAN Secretariat in Jakarta, claiming that “…”', 'US President, Donald Trump
    extended sanctions by a year, saying that … an “unusual and extraordinary” threat': an -ing verb of saying set
    off by a comma has no subject of its own; it shares its clause's. When the parser gave it none, or one of its
    own (a parse error by definition), the subject of the sentence's first main finite verb before it speaks, else
    the one person named before it in its sentence."""
    if attribution.cue is None:
        return None
    verb = scope.cue_word(attribution.cue)
    if verb.tag_ != "VBG" or verb.i == 0 or scope.doc[verb.i - 1].text != ",":
        return None
    source = attribution.source
    if source is not None and not (source.root.head.i == verb.i and source.root.dep_ in SUBJECT_DEPS):
        return None
    sentence = scope.sentence_of(verb)
    start = sentence.start
    if not any(token.tag_ in FINITE_TAGS for token in scope.doc[start:verb.i]) and start > 0 and (
            scope.paragraph(scope.doc[start - 1].idx) == scope.paragraph(verb.idx)):
        # A fragment with no finite verb before the participle is a sentence the segmenter cut ('… at the
        # Association of Southeast Asian Nations (ASEAN) | Secretariat in Jakarta, claiming'): read on from the one
        # before it in the paragraph.
        start = scope.sentence_of(scope.doc[start - 1]).start
    tokens = [token for token in scope.doc[start:verb.i] if not scope.in_quote(token.idx)]
    subject = _main_subject(scope, tokens)
    if subject is None and not any(token.tag_ in FINITE_TAGS for token in tokens):
        subject = _one_person(scope, tokens)
    return Attribution(attribution.cue, subject) if subject is not None else None


def _main_subject(scope: QuoteScope, tokens: list[Token]) -> Span | None:
    """The subject of the first finite verb of the sentence's own clause, when it names someone or a body."""
    for token in tokens:
        if token.tag_ not in FINITE_TAGS or token.dep_ in DEPENDENT_DEPS or children(token, "mark"):
            continue
        subjects = [child for child in children(token, "nsubj") if not scope.in_quote(child.idx)]
        if len(subjects) != 1:
            return None
        subject = mention_span(subjects[0])
        return subject if is_person_like(scope, subject) or is_organization(subject) else None
    return None


def _one_person(scope: QuoteScope, tokens: list[Token]) -> Span | None:
    """The one person the article's people resolve among the names the tagger marks before the participle, when
    exactly one."""
    found = one_person_named(scope, [token for token in tokens if token.dep_ != "flat" and token.ent_type_ == "PERSON"])
    return mention_span(found) if found is not None else None
