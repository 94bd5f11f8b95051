"""Names a quote's sentence offers besides a cue's subject: X of 'according to X', the one person a clause names."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotelens.findings.quotes.mentions import mention_span
from quotelens.findings.quotes.phrases import name_after
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.language.tree import children


def according_source(scope: QuoteScope, according: Token) -> Span | None:
    """X of 'according to X'."""
    following = according.nbor(1) if according.i + 1 < len(scope.doc) else None
    if following is None or following.lower_ != "to":
        return None
    objects = children(following, "pobj")
    if objects:
        return mention_span(objects[0])
    return name_after(scope, scope.tokens_after(following.idx + len(following), 6))


def one_person_named(scope: QuoteScope, tokens: list[Token]) -> Token | None:
    """The proper noun among ``tokens`` that names the one person the article's people resolve them to, when
    exactly one person is named there (a lead-in or a clause whose parse lost its subject)."""
    named: dict[str, Token] = {}
    for token in tokens:
        if token.pos_ == "PROPN":
            entity = scope.resolver.resolve(mention_span(token))
            if entity is not None and entity.type == "person":
                named.setdefault(entity.id, token)
    return next(iter(named.values())) if len(named) == 1 else None
