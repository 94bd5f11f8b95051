"""Whose speech the paragraph before reports: an uncued quote paragraph after a paragraph in which X's speech is
reported ('Selby reckoned Onuku Taipari was the last bastion …' ¶ '“There's plenty of other safe beaches …”') is
X's, with no mention of its own (docs/annotation.md S31, as S24 after a direct quote)."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.organizations import is_organization
from quotelens.findings.quotes.attribution import Attribution
from quotelens.findings.quotes.marks import QuotedSpan
from quotelens.findings.quotes.mentions import is_person_like
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.findings.quotes.sources import source_of
from quotelens.language.tree import agent_of, children


# Personal pronouns no gender marks: a paragraph with one as a subject is about people, not the writer's background.
PLURALS = frozenset({"they", "we", "i", "you"})


def paragraph_reporter(scope: QuoteScope, span: QuotedSpan) -> Attribution | None:
    """The last verb of saying outside quotes in the paragraph before and its speaker, when the quote opens and
    closes its own paragraph (S31's 'a quote that opens and closes in it')."""
    here = scope.paragraph(span.open)
    if here == 0 or scope.text[scope.paragraph_starts[here]:span.open].strip():
        return None
    end = scope.paragraph_starts[here + 1] if here + 1 < len(scope.paragraph_starts) else len(scope.text)
    if scope.text[span.close + 1:end].strip(" \n.,") or span.close >= end:
        return None  # left open, or more of the paragraph follows the quote
    before = scope.tokens_between(scope.paragraph_starts[here - 1], scope.paragraph_starts[here])
    verb = next((token for token in reversed(before) if _reports(scope, token)), None)
    if verb is None and here >= 2 and _background(scope, before):
        # 'Prime Minister Helen Clark says … ¶ She says this includes … ¶ There is already a travel ban …, but this
        # will now be extended. ¶ "We have agreed that …"': a paragraph of the writer's background, which reports
        # no one and names no one, does not end the speech reported before it.
        before = scope.tokens_between(scope.paragraph_starts[here - 2], scope.paragraph_starts[here - 1])
        verb = next((token for token in reversed(before) if _reports(scope, token)), None)
    source = source_of(scope, verb) if verb is not None else None
    if source is None or not (is_person_like(scope, source) or is_organization(source)):
        return None
    if source.root.lower_ in ("they", "we", "you", "i"):
        return None  # several people or the quoted voice: an unknown beats a wrong speaker
    return Attribution(scope.mention(verb), source)


def _background(scope: QuoteScope, tokens: list[Token]) -> bool:
    """Say whether a paragraph is the writer's own: no quote marks, no verb of saying, no person or body named or
    meant by a pronoun ('He visited the Forum’s office' is about someone, whose words may follow)."""
    return bool(tokens) and not any(scope.in_quote(token.idx) or token.ent_type_ in ("PERSON", "ORG", "NORP")
                                    or _pronoun_subject(scope, token) or _reports(scope, token)
                                    for token in tokens)


def _pronoun_subject(scope: QuoteScope, token: Token) -> bool:
    """'He visited the Forum’s office': a personal pronoun as a subject (not 'their immediate family members')."""
    return token.dep_ in ("nsubj", "nsubjpass") and (token.lower_ in scope.resolver.pronoun_gender
                                                      or token.lower_ in PLURALS)


def _reports(scope: QuoteScope, token: Token) -> bool:
    """A verb of saying outside quotes that reports speech (not a question, a thought or a verb missing its
    particle)."""
    if token.pos_ != "VERB" or scope.in_quote(token.idx):
        return False
    lemma = scope.verb_lemma(token)
    words = scope.words
    return (lemma in words.speech_verbs and lemma not in words.question_verbs and lemma not in words.thought_verbs
            and not scope.lacks_particle(token) and not _told_in_passing(token))


def _told_in_passing(token: Token) -> bool:
    """'This was confirmed by Prime Minister X in a press conference following a Cabinet meeting where the members
    were informed of the performance of the markets as well as proposed new ones': a passive verb of saying with no
    agent in a clause on a noun tells of someone being told, and a participle before a noun ('proposed new ones')
    describes it; neither says who speaks, and the paragraph's reporting verb is the one before them."""
    return token.dep_ == "amod" or (token.dep_ in ("relcl", "acl") and bool(children(token, "auxpass", "nsubjpass"))
                                    and agent_of(token) is None)
