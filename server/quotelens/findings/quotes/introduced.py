"""A definite description the article first wrote right before a person's name ('The nation's leader Prime Minister
Gaston Browne has defended …'): the same words later ('The nation's leader … said that …') stand for that person,
as the article introduced them. Only the very wording, outside quotes, and only when it went before one person."""

from __future__ import annotations

import re

from spacy.tokens import Span

from quotelens.findings.quotes.scope import QuoteScope
from quotelens.findings.written_titles import role_words
from quotelens.model import Entity

# What may stand between the description and the name it introduced: a comma, and a title's capitalised words
# ('Prime Minister', 'Dr.'), nothing else ('the nation's leader said Browne …' introduces no one).
TITLE_GAP = re.compile(r",?\s+(?:[A-Z][\w.'’-]*\s+){0,4}")
# How far after the description the name may start, in characters (a title's few words).
NAME_REACH = 60


def introduced_person(scope: QuoteScope, source: Span) -> Entity | None:
    """The one person the article named right after an earlier occurrence of ``source``'s very words."""
    root = source.root
    if (len(source) < 2 or source[0].lower_ != "the" or root.pos_ != "NOUN" or root.tag_ == "NNS"
            or root.lemma_.lower() not in role_words()):
        return None
    wording, text, lowered = source.text.lower(), scope.text, scope.text.lower()
    found: dict[str, Entity] = {}
    at = lowered.find(wording, 0, source.start_char)
    while at != -1:
        after = at + len(wording)
        if not scope.in_quote(at):
            named = next((entity for start, end, entity in scope.resolver.mentions_between(after, after + NAME_REACH)
                          if entity.type == "person" and text[start:start + 1].isupper()
                          and TITLE_GAP.fullmatch(text[after:start])), None)
            if named is not None:
                found[named.id] = named
        at = lowered.find(wording, after, source.start_char)
    return next(iter(found.values())) if len(found) == 1 else None
