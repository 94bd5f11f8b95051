"""Who a quote's source mention stands for: a person, an organisation under its canonical name, or nobody.

The quote finder finds the mention a cue attaches to ("he", "the ministry", "the statement", "The top Turkish
diplomat"); these rules say whom it means, each on evidence the article gives before the mention, tried in order.
Precision first: an unknown speaker beats a wrong one (issue 14). ``finder`` is the quote finder of the document,
whose parse helpers (subjects, mention spans, sentences, quoted stretches) the rules read.
"""

from __future__ import annotations

import bisect
from functools import cache

from spacy.tokens import Span, Token

from quotelens.findings.organizations import ORGANIZATION_ID, is_organization, organization_name
from quotelens.language.vocabulary import vocabulary
from quotelens.model import Entity

# How far back 'the statement says' looks for who made the statement, in tokens.
STATEMENT_LOOKBACK = 400
# How many sentences (quoted ones included) a pronoun no listed person fits looks back for a named speaker.
PRONOUN_FALLBACK_SENTENCES = 12
# How many sentences back a description ('the top diplomat') looks for the one official it stands for.
DESCRIPTION_SENTENCES = 2


@cache
def role_words() -> frozenset[str]:
    """Head words of offices and roles (data/roles.json): a definite description with one of them ('the top
    diplomat') may stand for the official just named."""
    roles = vocabulary("roles")
    heads = ("official_heads", "descriptive_heads", "generic_official_heads")
    return frozenset({phrase.split()[-1] for key in heads for phrase in roles[key]["values"]} | {"official"})


def speaker_of(finder, source: Span, depth: int = 0) -> tuple[str | None, str | None]:
    """The speaker's entity id and canonical name for a source mention; (None, wording) for an unnamed source,
    (None, None) for a pronoun the article does not resolve. Rules are tried in order, each on evidence the
    article itself gives before the mention; an unknown speaker beats a wrong one."""
    entity = finder.resolver.resolve(source)
    if entity is not None and entity.type != "unnamed":
        return entity.id, entity.name
    if depth < 2:
        stand_in = _stand_in(finder, source, entity)
        if isinstance(stand_in, Entity):
            return stand_in.id, stand_in.name
        if stand_in is not None:
            return speaker_of(finder, stand_in, depth + 1)
    organization = organization_name(source, finder.text)
    if organization is not None and not finder.resolver.is_pronoun(source):
        entity_id = finder.organizations.setdefault(organization, f"{ORGANIZATION_ID}{len(finder.organizations) + 1}")
        return entity_id, organization
    if finder.resolver.is_pronoun(source):
        return None, None
    # An unnamed source keeps the people finder's fuller wording ("a spokesperson for the Department of Justice").
    return None, entity.name if entity is not None else source.text


def _stand_in(finder, source: Span, entity: Entity | None) -> Span | Entity | None:
    """What a mention that names nobody stands for: a statement's author, the name inside a long subject, the
    one official just named, the last named speaker for a pronoun nobody else fits, the body for 'it'."""
    root = source.root
    if root.pos_ in ("NOUN", "PROPN") and root.lower_ not in finder.resolver.pronoun_gender:
        return _statement_author(finder, source) or _named_inside(finder, source) or _recent_official(finder, source)
    if len(source) == 1 and root.lower_ in finder.resolver.pronoun_gender:
        return _last_named_speaker(finder, root)
    if len(source) == 1 and root.lower_ == "it":
        return _body_that_spoke(finder, root)
    return None


def _statement_author(finder, source: Span) -> Span | None:
    """'A statement by EU Council chief Herman Van Rompuy said …' → Van Rompuy; 'the statement says' after 'X
    said in a statement' → X."""
    root = source.root
    if root.lemma_.lower() not in finder.document_nouns:
        return None
    for child in root.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return finder._mention_span(child)
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            authors = [grandchild for grandchild in child.children if grandchild.dep_ == "pobj"]
            if authors and (authors[0].pos_ == "PROPN" or is_organization(finder.doc[authors[0].i:authors[0].i + 1])):
                return finder._mention_span(authors[0])
    if root.lower_ in ("statement", "release", "communique", "letter") and root.i > 0:
        for token in reversed(finder.doc[max(0, root.i - STATEMENT_LOOKBACK):root.i]):
            # The last statement someone made: 'Peters said in a statement' / 'issued a statement'.
            if token.lemma_.lower() != root.lemma_.lower() or finder._in_quote(token.idx):
                continue
            verb = token.head.head if token.dep_ == "pobj" else token.head if token.dep_ == "dobj" else None
            subject = finder._subject(verb) if verb is not None and verb.pos_ == "VERB" else None
            if subject is not None and subject.pos_ != "PRON":
                return finder._mention_span(subject)
    return None


def _named_inside(finder, source: Span) -> Span | None:
    """'official spokeswoman of the Russian Foreign Ministry Maria Zakharova said': the parser made the title
    the subject; the one person named inside it speaks."""
    found = {}
    for token in source.root.subtree:
        if token.i < source.root.i or finder._in_quote(token.idx) or token.pos_ != "PROPN":
            continue
        entity = finder.resolver.resolve(finder.doc[token.i:token.i + 1])
        if entity is not None and entity.type == "person":
            found.setdefault(entity.id, token)
    return finder._mention_span(next(iter(found.values()))) if len(found) == 1 else None


def _recent_official(finder, source: Span) -> Entity | None:
    """'The top Turkish diplomat' after 'Cavusoglu said …': a definite description of an office is the one
    person named in its sentence or the one before, when that person holds an office."""
    root = source.root
    if (root.pos_ != "NOUN" or root.tag_ in ("NNS", "NNPS") or root.lemma_.lower() not in role_words()
            or any(t.pos_ == "PROPN" or t.lower_ in ("a", "an", "another", "one") for t in source)):
        return None
    index = bisect.bisect_right(finder._sentence_starts, root.i) - 1
    first = finder._sentences[max(0, index - DESCRIPTION_SENTENCES)].start_char
    named = [entity for start, _, entity in finder.resolver.mentions
             if first <= start < source.start_char and not finder._in_quote(start) and entity.type == "person"]
    officials = {entity.id: entity for entity in named if entity.is_official}
    if named and named[-1].is_official and len(officials) == 1:
        return named[-1]
    return None


def _last_named_speaker(finder, pronoun: Token) -> Span | None:
    """'Little said …. “…,” he said', when no person the people finder listed fits the pronoun: the named
    subject of the last verb of saying within three sentences outside quotes."""
    looked = 0
    for sentence in _sentences_back(finder, pronoun)[:PRONOUN_FALLBACK_SENTENCES]:
        if sentence.start != _sentence_of(finder, pronoun).start and finder._quoted_share(
                sentence.start_char, sentence.end_char) > 0.8:
            continue  # a sentence of quoted words says nothing about who speaks them
        looked += 1
        if looked > 3:
            return None
        cues = [t for t in sentence if t.i < pronoun.i and t.pos_ == "VERB"
                and t.lemma_.lower() in finder.speech_verbs and not finder._in_quote(t.idx)]
        subject = finder._subject(cues[0]) if cues else None
        if subject is None:
            continue
        if subject.pos_ == "PROPN" and not is_organization(finder.doc[subject.i:subject.i + 1]):
            return finder._mention_span(subject)
        return None
    return None


def _body_that_spoke(finder, pronoun: Token) -> Span | None:
    """'“…,” it added' after 'the agency said in a statement': the organisation (or statement) that spoke last,
    within three sentences."""
    for count, sentence in enumerate(_sentences_back(finder, pronoun)):
        if count > 3:
            return None
        for verb in [t for t in sentence if t.i < pronoun.i and t.pos_ == "VERB"
                     and t.lemma_.lower() in finder.speech_verbs and not finder._in_quote(t.idx)][::-1]:
            subject = finder._subject(verb)
            if subject is None or subject.pos_ == "PRON":
                continue
            mention = finder._mention_span(subject)
            author = _statement_author(finder, mention)
            mention = author or mention
            return mention if is_organization(mention) else None
    return None


def _sentences_back(finder, token: Token) -> list[Span]:
    """The sentence of ``token`` and the ones before it, nearest first (a bounded few: callers stop early)."""
    index = bisect.bisect_right(finder._sentence_starts, token.i) - 1
    return [finder._sentences[i] for i in range(index, max(-1, index - PRONOUN_FALLBACK_SENTENCES - 1), -1)]


def _sentence_of(finder, token: Token) -> Span:
    return finder._sentences[max(0, bisect.bisect_right(finder._sentence_starts, token.i) - 1)]
