"""Members who speak for their body: 'the judges said in a statement' after 'the Seoul High Court sentenced Park' is
the court (docs/annotation.md, batch 8). Only a plural head of members with no body named in the mention, and only
the body of their kind the article named last before it, outside quotes."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from quotelens.findings.quotes.mentions import mention_span
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.language.vocabulary import vocabulary

# How far back the body the members sit on is looked for, in tokens (a few paragraphs, as for 'the ministry').
LOOKBACK_TOKENS = 600


@cache
def member_bodies() -> dict[str, frozenset[str]]:
    """A member's head word → the head words of the bodies such members sit on ('judge' → court, tribunal)."""
    return {member: frozenset(kinds) for member, kinds in vocabulary("speakers")["member_bodies"]["values"].items()}


def body_of_members(scope: QuoteScope, source: Span) -> Span | None:
    """The body named last before 'the judges' whose name's head is a kind such members sit on ('the Seoul High
    Court', which the tagger may leave untagged), or None."""
    root = source.root
    kinds = member_bodies().get(root.lemma_.lower())
    if kinds is None or root.tag_ != "NNS" or any(t.ent_type_ in ("ORG", "GPE", "NORP") for t in source):
        return None
    for token in reversed(scope.doc[max(0, source.start - LOOKBACK_TOKENS):source.start]):
        if (token.pos_ == "PROPN" and token.lower_ in kinds and token.dep_ != "compound"
                and not scope.in_quote(token.idx)):
            return mention_span(token)
    return None
