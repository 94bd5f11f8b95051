"""Reported speech: the content clause of a verb of saying ('Miller also stated that …') or of a noun of saying."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.quotes.adjuncts import adjunct_source
from quotelens.findings.quotes.attribution import Attribution, attributed_quote
from quotelens.findings.quotes.clauses import has_that_clause, statement_content
from quotelens.findings.quotes.mentions import mention_span
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.findings.quotes.sources import source_of
from quotelens.language.tree import children
from quotelens.model import Quote


def find_reported(scope: QuoteScope) -> list[Quote]:
    """Paraphrases in text order, one per stretch of text.

    A word of saying inside the content just reported is part of that content, not the start of another one
    nested in it: the reader sees one painted stretch either way, and a chain of n nested reports ("A said B said
    C said …", as a hostile page writes it) would otherwise be n contents of up to n words each.
    """
    quotes: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    for token in scope.doc:
        if quotes and quotes[-1].start <= token.idx < quotes[-1].end:
            continue
        quote = _reported_quote(scope, token)
        if quote is not None and (quote.start, quote.end) not in seen:
            seen.add((quote.start, quote.end))
            quotes.append(quote)
    return quotes


def _reported_quote(scope: QuoteScope, token: Token) -> Quote | None:
    if scope.in_quote(token.idx):
        return None
    if token.lower_ == "according":
        # "According to X, …" paints nothing: on the tune half no annotator marked one, and painting those by a
        # person or body (a fact as often as a statement) cost precision on both halves with no recall.
        return None
    words = scope.words
    if token.pos_ == "NOUN" and token.lemma_.lower() in words.speech_nouns:
        return _reported_by_noun(scope, token)
    if token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    if scope.lacks_particle(token):
        return None
    if lemma in words.question_verbs:
        return None  # 'asked whether …' reports a question, not a statement
    if lemma in words.thought_verbs:
        # 'believes that', 'worry that', 'hope that' give a thought, not something said (docs/annotation.md: the
        # content clause of a verb of saying); annotators of every news batch left them out.
        return None
    if lemma not in words.speech_verbs and not (lemma in words.stance_verbs | words.ruling_verbs
                                                 and has_that_clause(token)):
        return None
    content = statement_content(token, words.speech_verbs)
    if content is None:
        return None
    attribution = Attribution(scope.mention(token), source_of(scope, token))
    attribution = adjunct_source(scope, attribution) or attribution  # '…, saying that …': the clause's subject
    if attribution.source is None:
        return None
    return _reported_from(scope, content, attribution, needs_verb=False)


def _reported_by_noun(scope: QuoteScope, noun: Token) -> Quote | None:
    """A noun of saying with its content: 'his claim that …', 'a report by Politico that …'."""
    # Only a that-clause: 'his plan to send troops' is an intention, not something said.
    clauses = [c for c in children(noun, "acl", "ccomp", "relcl") if c.pos_ in ("VERB", "AUX")
               and any(g.lower_ == "that" for g in children(c, "mark"))]
    if not clauses:
        return None
    source = None
    for child in children(noun, "poss", "prep"):
        if child.dep_ == "poss":
            source = mention_span(child)
        elif child.dep_ == "prep" and child.lower_ == "by":
            agents = children(child, "pobj")
            if agents:
                source = mention_span(agents[0])
    if source is None or source.root.lower_ in ("its", "their", "our", "my", "your"):
        return None
    return _reported_from(scope, list(clauses[0].subtree), Attribution(scope.mention(noun), source))


def _reported_from(scope: QuoteScope, tokens: list[Token], attribution: Attribution,
                   needs_verb: bool = True) -> Quote | None:
    words = [t for t in tokens if not t.is_punct]
    if len(words) < 2 or (needs_verb and not any(t.pos_ in ("VERB", "AUX") for t in words)):
        return None
    doc, text = scope.doc, scope.text
    first, last = tokens[0], tokens[-1]
    while first.is_punct and first.i < last.i:
        first = doc[first.i + 1]
    while last.is_punct and last.i > first.i:
        last = doc[last.i - 1]
    start, end = first.idx, last.idx + len(last)
    if "\n" in text[start:end] and attribution.cue is not None:
        # The parser ran the clause on over a paragraph break: what is said stays in the cue's paragraph.
        paragraph = scope.paragraph(attribution.cue.start)
        start = max(start, scope.paragraph_starts[paragraph])
        following = text.find("\n", start)
        end = min(end, following) if following >= 0 else end
        while end > start and text[end - 1] in " ,;:—–-":
            end -= 1
        if len(text[start:end].split()) < 2:
            return None
    if attribution.cue is not None and scope.paragraph(start) != scope.paragraph(attribution.cue.start):
        return None  # what is said stays in its cue's paragraph
    if scope.quoted_share(start, end) > 0.5:
        return None  # mostly a direct quote already
    if attribution.source is not None and start <= attribution.source.start_char < end:
        return None
    return attributed_quote(scope, "reported", start, end, attribution)
