"""Who made a text of saying, as the words around it tell: 'the ministry's website', 'a statement from the X
Ministry', 'the British statement', 'the government statement'. Helpers of referents.py's statement authors."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotelens.findings.channels import channel_name
from quotelens.findings.organizations import LEADING_WORDS, is_organization
from quotelens.findings.quotes.mentions import mention_span
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.language.entities import entity_of
from quotelens.language.tree import children, lefts


def bare_kind(scope: QuoteScope, root: Token) -> Span | None:
    """'the government statement': a definite text named after a bare, lower-case kind of body (no name, no
    modifier of its own; 'a foreign ministry statement' names its ministry)."""
    compounds = children(root, "compound")
    if len(compounds) != 1 or not any(t.lower_ == "the" for t in lefts(root)):
        return None
    kind = compounds[0]
    if kind.i != root.i - 1 or not kind.text.islower() or children(kind):
        return None
    return mention_span(kind) if is_organization(scope.doc[kind.i:kind.i + 1]) else None


def body_named_after(scope: QuoteScope, preposition: Token) -> Span | None:
    """'The statement from the Venezuelan Foreign Ministry denounces …' parsed with the verb as the object of
    'from': the body the tagger names right after the preposition (past an article)."""
    for token in scope.doc[preposition.i + 1:preposition.i + 3]:
        if token.ent_type_ == "ORG" and token.ent_iob_ == "B":
            return entity_of(token)
        if token.lower_ not in LEADING_WORDS:
            return None
    return None


def names_maker(scope: QuoteScope, text: Token) -> bool:
    """Say whether an earlier mention of a text says whose it is ('the British statement', 'the EU's statement',
    'a statement by the ministry', 'the statement issued by the ministry'): a later bare 'the statement' is that
    same text."""
    for child in children(text, "amod", "poss", "compound"):
        if child.ent_type_ in ("NORP", "GPE", "ORG") or child.pos_ == "PROPN":
            return True
    if any(child.lower_ in ("by", "from") for child in children(text, "prep")):
        return True
    # 'a statement of the Foreign Affairs Ministry' (a translation's 'of' for 'by'): a body or name as its object.
    if any(owner.pos_ == "PROPN" or is_organization(scope.doc[owner.i:owner.i + 1])
           for of in children(text, "prep") if of.lower_ == "of" for owner in children(of, "pobj")):
        return True
    # 'the statement issued by the Foreign Ministry': a participle on the text with its agent.
    return any(children(participle, "agent") for participle in children(text, "acl"))


def owner_of_outlet(scope: QuoteScope, text: Token) -> Span | None:
    """'a statement published on the ministry's website', 'a post on the site of the Foreign Ministry', 'a statement
    on the US State department website': the body whose own page carries the text speaks through it."""
    for holder in (text, *children(text, "acl")):
        for place in [g for on in children(holder, "prep") if on.lower_ in ("on", "in") for g in children(on, "pobj")]:
            # A page named after its body ('the ministry website'): the word right before it, when a body.
            named_after = [g for g in children(place, "compound") if g.i == place.i - 1]
            owners = children(place, "poss") + [g for of in children(place, "prep") if of.lower_ == "of"
                                                for g in children(of, "pobj")] + named_after
            if owners and is_organization(scope.doc[owners[0].i:owners[0].i + 1]):
                # A news site's page ('the Reuters website') carries what others said: its outlet made no text.
                return mention_span(owners[0]) if channel_name(mention_span(owners[0])) is None else None
    return None
