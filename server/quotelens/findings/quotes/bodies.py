"""Bodies a sentence shows acting or speaking without a verb of saying, for a later 'it said' or 'the statement
said' to stand for: 'According to Pakistan's ISPR, militants “…”. The statement said …'; 'Taiwan's Mainland Affairs
Council reacted sharply to the sanctions. It said, “…”'. Helpers of referents.py's body that spoke."""

from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from quotelens.findings.body_registry import organization_heads
from quotelens.findings.channels import channel_name
from quotelens.findings.organizations import is_organization
from quotelens.findings.quotes.mentions import mention_span
from quotelens.findings.quotes.named import according_source
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.findings.quotes.subjects import subject_of
from quotelens.language.syntax import SUBJECT_DEPS
from quotelens.language.tree import children, lefts

# How much of a sentence may be quoted words for it still to tell who acts (above it, it says nothing of who).
QUOTED_SENTENCE = 0.8


def body_according_to(scope: QuoteScope, sentence: Span, before: int) -> Span | None:
    """'According to the ministry, …' in ``sentence`` before token ``before``: the body its words are credited to,
    which a later 'the statement' or 'it' of the same story is; or the text they are credited to ('According to the
    statement, …. “…,” it added'), which speaks for whoever its own rules find made it."""
    start = bisect.bisect_left(scope.according_starts, sentence.start_char)
    for according in scope.according[start:bisect.bisect_left(scope.according_starts, sentence.end_char)][::-1]:
        if according.i >= before:
            continue
        source = according_source(scope, according)
        if source is None or source.end > before:
            continue  # 'according to the document' is no earlier text for 'the document' itself
        if _states(source) or source.root.lemma_.lower() in scope.words.document_nouns:
            return source
    return None


def acting_body(scope: QuoteScope, sentence: Span) -> Span | None:
    """The named body that is the subject of ``sentence``'s main verb ('Taiwan's Mainland Affairs Council reacted
    sharply'), outside quotes: the 'it' that speaks in the next sentence. A named body only (a tagged organisation,
    a proper name, or a kind of body a name modifies: 'The AIFF disciplinary committee handed …'), never a country
    or a plural ('The sanctions took effect. It said' is no one)."""
    root = sentence.root
    if scope.in_quote(root.idx) or root.pos_ not in ("VERB", "AUX"):
        return None
    for subject in children(root, *SUBJECT_DEPS):
        if scope.in_quote(subject.idx) or subject.dep_ == "nsubjpass" or subject.tag_ in ("NNS", "NNPS"):
            return None
        mention = mention_span(subject)
        if _named_body(subject) and _states(mention):
            return mention
    return None


def _named_body(subject: Token) -> bool:
    """A body by its name ('the UN Security Council'), or a kind of body a name or a state modifies ('The AIFF
    disciplinary committee', "Russia's foreign ministry"); not a bare kind ('the committee')."""
    if subject.ent_type_ == "ORG" and subject.pos_ == "PROPN":
        return True
    return subject.lemma_.lower() in organization_heads() and any(
        modifier.ent_type_ in ("ORG", "GPE", "NORP") and modifier.pos_ in ("PROPN", "ADJ")
        for modifier in children(subject, "compound", "nmod", "poss", "amod"))


def issuer_of_unowned_text(scope: QuoteScope, text: Token) -> Span | None:
    """'Marco Rubio made the decision to ban …, “…,” according to a statement'; 'The Foreign Affairs Council adopted
    the framework …. ¶ “…,” a statement said': an indefinite text whose own words name no maker is the one acting in
    its own sentence (a name or a named body, the subject of a verb above the text), else the named body the
    sentence before shows acting (docs/annotation.md, batch 31: a statement whose sentence names no issuer is the
    body named before it). A pronoun subject, or a sentence of quoted words, names no one: nobody."""
    if not any(t.lower_ in ("a", "an") for t in lefts(text)):
        return None
    verb = text.head
    while verb.i != verb.head.i and (verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "prep"):  # 'according'
        verb = verb.head
    subject = subject_of(scope, verb) if verb.pos_ in ("VERB", "AUX") else None
    if subject is not None and subject.i != text.i:
        if subject.pos_ == "PROPN" and not scope.in_quote(subject.idx) and subject.dep_ != "nsubjpass":
            return mention_span(subject)
        return None
    for count, sentence in enumerate(scope.sentences_back(text, 3)):
        if count == 0 or scope.quoted_share(sentence.start_char, sentence.end_char) > QUOTED_SENTENCE:
            continue
        return acting_body(scope, sentence)
    return None


def lead_body(scope: QuoteScope, before: Token) -> Span | None:
    """The named body the story opens on acting ('The UN Security Council has slapped sanctions on …', 'Overruling
    the sanctions, the Chandigarh Football Association (CFA) has reduced …'): the maker of a body's text the article
    never ties to anyone ('read the report'). The first sentence outside a headline, found once per document (a page
    of title-case paragraphs would otherwise be walked again for every quote)."""
    if scope.lead is None or scope.lead.start >= before.i:
        return None
    return acting_body(scope, scope.lead)


def _states(mention: Span) -> bool:
    """A body that makes statements of its own, not an outlet (a channel relays what others said)."""
    return is_organization(mention) and channel_name(mention) is None
