"""Who a quote's source mention stands for: a person, an organisation under its canonical name, or nobody.

The quote finder finds the mention a cue attaches to ("he", "the ministry", "the statement", "The top Turkish
diplomat"); these rules say whom it means, each on evidence the article gives before the mention, tried in order.
Precision first: an unknown speaker beats a wrong one (issue 14). Each is a function of the document's QuoteScope.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from spacy.tokens import Span, Token

from quotelens.findings.organizations import ORGANIZATION_ID, is_organization, organization_name
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.findings.quotes.sources import mention_span, subject_of
from quotelens.language.syntax import SUBJECT_DEPS
from quotelens.language.tree import children, lefts
from quotelens.language.vocabulary import vocabulary
from quotelens.model import Entity

# How far back 'the statement says' looks for who made the statement, in tokens.
STATEMENT_LOOKBACK = 400
# Names of one text a body or person issues: 'the communique' or 'the text' after 'X issued a statement' is it.
STATEMENTS = frozenset({"statement", "release", "communique", "text", "declaration"})
# How many sentences (quoted ones included) a pronoun no listed person fits looks back for a named speaker.
PRONOUN_FALLBACK_SENTENCES = 12
# How many sentences back a description ('the top diplomat') looks for the one official it stands for; one that
# names a country ('Russia's chief diplomat') has stronger evidence and looks further.
DESCRIPTION_SENTENCES = 2
COUNTRY_DESCRIPTION_SENTENCES = 6
# How many sentences back (quoted ones included, and skipped) a description looks for a named subject.
SUBJECT_SENTENCES = 8
# 'the 71-year-old': an age standing for the person just named.
AGE = re.compile(r"(?i)(?:the\s+)?\d{1,3}-year-old")


@cache
def role_words() -> frozenset[str]:
    """Head words of offices and roles (data/roles.json): a definite description with one of them ('the top
    diplomat') may stand for the official just named."""
    roles = vocabulary("roles")
    heads = ("official_heads", "descriptive_heads", "generic_official_heads")
    # The head of 'secretary of state' is 'secretary' (listed on its own), not 'state': such phrases add nothing.
    return frozenset({phrase.split()[-1] for key in heads for phrase in roles[key]["values"]
                      if not {"of", "for"} & set(phrase.split())} | {"official"})


@cache
def generic_roles() -> frozenset[str]:
    """Heads that say what someone is, not which office ('the official'): alone they fit anyone named."""
    return frozenset(vocabulary("roles")["generic_official_heads"]["values"])


def speaker_of(scope: QuoteScope, source: Span, depth: int = 0) -> tuple[str | None, str | None]:
    """The speaker's entity id and canonical name for a source mention; (None, wording) for an unnamed source,
    (None, None) for a pronoun the article does not resolve. Rules are tried in order, each on evidence the
    article itself gives before the mention; an unknown speaker beats a wrong one."""
    entity = scope.resolver.resolve(source)
    if entity is not None and entity.type != "unnamed":
        return entity.id, entity.name
    if depth < 2:
        stand_in = _stand_in(scope, source, entity)
        if isinstance(stand_in, Entity):
            return stand_in.id, stand_in.name
        if stand_in is not None:
            return speaker_of(scope, stand_in, depth + 1)
    organization = organization_name(source, scope.text)
    if organization is not None and not scope.resolver.is_pronoun(source):
        # Numbered by find_quotes once every quote is found (organizations.number_organizations).
        return ORGANIZATION_ID, organization
    if scope.resolver.is_pronoun(source):
        return None, None
    # An unnamed source keeps the people finder's fuller wording ("a spokesperson for the Department of Justice").
    return None, entity.name if entity is not None else source.text


def _stand_in(scope: QuoteScope, source: Span, entity: Entity | None) -> Span | Entity | None:
    """What a mention that names nobody stands for: a statement's author, the name inside a long subject, the
    one official just named, the last named speaker for a pronoun nobody else fits, the body for 'it'."""
    root = source.root
    described = root.pos_ in ("NOUN", "PROPN") or AGE.fullmatch(source.text)  # 'the 71-year-old' is an ADJ
    if described and root.lower_ not in scope.resolver.pronoun_gender:
        return (_statement_author(scope, source) or _named_inside(scope, source)
                or _described_subject(scope, source) or _recent_official(scope, source))
    if len(source) == 1 and root.lower_ in scope.resolver.pronoun_gender:
        return _last_named_speaker(scope, root)
    if len(source) == 1 and root.lower_ == "it":
        return _body_that_spoke(scope, root)
    return None


def _statement_author(scope: QuoteScope, source: Span) -> Span | None:
    """'A statement by EU Council chief Herman Van Rompuy said …' → Van Rompuy; 'a foreign ministry statement' →
    the ministry; 'the statement says' after 'X said in a statement' → X."""
    root = source.root
    if root.lemma_.lower() not in scope.words.document_nouns:
        return None
    for child in children(root, "poss", "compound", "prep"):
        if child.dep_ == "poss" and (child.pos_ == "PROPN" or is_organization(scope.doc[child.i:child.i + 1])):
            return mention_span(child)  # "Van Rompuy's statement", "the council's statement"
        if child.dep_ == "compound" and child.i == root.i - 1 and is_organization(scope.doc[child.i:child.i + 1]):
            return mention_span(child)  # "a foreign ministry statement"
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            authors = children(child, "pobj")
            if authors and (authors[0].pos_ == "PROPN" or is_organization(scope.doc[authors[0].i:authors[0].i + 1])):
                return mention_span(authors[0])
    owner = _owner_of_outlet(scope, root)
    if owner is not None:
        return owner
    # 'a statement read out on state television by the spokesman, Colonel Amadou Abdramane' (the parser makes the
    # statement the participle's subject or hangs the participle on it): the one who read or issued it.
    verbs = children(root, "acl")
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ == "VERB":
        verbs.append(root.head)
    for verb in verbs:
        agents = [g for by in children(verb, "agent") for g in children(by, "pobj")]
        if agents:
            names = [child for child in children(agents[0], "appos") if child.pos_ == "PROPN"]
            return mention_span(names[0] if names else agents[0])
    if (root.lower_ in STATEMENTS or root.lower_ == "letter") and root.i > 0:
        for token in reversed(scope.doc[max(0, root.i - STATEMENT_LOOKBACK):root.i]):
            # The last statement someone made: 'Peters said in a statement' / 'issued a statement'; 'the text' and
            # 'the communique' are that statement too, a letter only a letter.
            if scope.in_quote(token.idx) or not (token.lemma_.lower() == root.lemma_.lower()
                                                 or {token.lower_, root.lower_} <= STATEMENTS):
                continue
            verb = token.head.head if token.dep_ == "pobj" else token.head if token.dep_ == "dobj" else None
            subject = subject_of(scope, verb) if verb is not None and verb.pos_ == "VERB" else None
            if subject is not None and subject.pos_ != "PRON":
                return mention_span(subject)
        if root.lower_ == "statement" and root.i > 0 and any(t.lower_ == "the" for t in lefts(root)):
            # 'The Foreign Ministry condemned the strike. “…,” the statement said': the body that spoke last.
            return _body_that_spoke(scope, root)
    return None


def _owner_of_outlet(scope: QuoteScope, text: Token) -> Span | None:
    """'a statement published on the ministry's website', 'a post on the site of the Foreign Ministry': the body
    whose own page carries the text speaks through it."""
    for holder in (text, *children(text, "acl")):
        for place in [g for on in children(holder, "prep") if on.lower_ in ("on", "in") for g in children(on, "pobj")]:
            owners = children(place, "poss") + [g for of in children(place, "prep") if of.lower_ == "of"
                                                for g in children(of, "pobj")]
            if owners and is_organization(scope.doc[owners[0].i:owners[0].i + 1]):
                return mention_span(owners[0])
    return None


def _named_inside(scope: QuoteScope, source: Span) -> Span | None:
    """'official spokeswoman of the Russian Foreign Ministry Maria Zakharova said': the parser made the title
    the subject; the one person named inside it speaks."""
    found = {}
    for token in source.root.subtree:
        if token.i < source.root.i or scope.in_quote(token.idx) or token.pos_ != "PROPN":
            continue
        entity = scope.resolver.resolve(scope.doc[token.i:token.i + 1])
        if entity is not None and entity.type == "person":
            found.setdefault(entity.id, token)
    return mention_span(next(iter(found.values()))) if len(found) == 1 else None


def _recent_official(scope: QuoteScope, source: Span) -> Entity | None:
    """'The top Turkish diplomat' after 'Cavusoglu said …': a definite description of an office is the one
    person named in its sentence or the one before, when that person holds an office (of the country the
    description names, if it names one); 'Russia's chief diplomat' may reach a few sentences further back for the
    one official of Russia named there; 'the 71-year-old' is the one person just named, official or not."""
    root = source.root
    resolver = scope.resolver
    aged = bool(AGE.fullmatch(source.text))
    if not aged and (root.pos_ != "NOUN" or root.tag_ in ("NNS", "NNPS") or root.lemma_.lower() not in role_words()):
        return None
    if any((t.pos_ == "PROPN" and t.lower_ not in resolver.countries) or t.lower_ in ("a", "an", "another", "one")
           for t in source):
        return None
    named = _people_before(scope, source, DESCRIPTION_SENTENCES)
    if aged:
        return named[-1] if named and len({entity.id for entity in named}) == 1 else None
    officials = {entity.id: entity for entity in named if entity.is_official}
    if named and named[-1].is_official and len(officials) == 1 and resolver.country_fits(source, named[-1]):
        return named[-1]
    if resolver.named_countries(source):
        fitting = {entity.id: entity for entity in _people_before(scope, source, COUNTRY_DESCRIPTION_SENTENCES)
                   if entity.is_official and resolver.country_fits(source, entity)}
        if len(fitting) == 1:
            return next(iter(fitting.values()))
    return None


def _described_subject(scope: QuoteScope, source: Span) -> Entity | None:
    """'Harry Reid blasted Rubio. “…,” the Senate minority leader said': a definite description of a person ('the
    billionaire businessman', 'the two-term president') is the named subject of the nearest sentence before it
    that has one, as a pronoun would be (subject preference), when the description fits that person. A bare
    generic head ('the official') fits only a sentence that names one person."""
    root = source.root
    if (root.pos_ != "NOUN" or root.tag_ in ("NNS", "NNPS") or root.lemma_.lower() not in role_words()
            or source[0].lower_ != "the"):
        return None
    if any(t.pos_ == "PROPN" and t.lower_ not in scope.resolver.countries for t in source):
        return None  # 'the Cruz adviser' is someone else's adviser
    bare = len([t for t in source if not t.is_punct]) == 2 and root.lower_ in generic_roles()
    looked = 0
    for sentence in scope.sentences_back(root, SUBJECT_SENTENCES):
        own = sentence.start <= root.i < sentence.end
        if not own and scope.quoted_share(sentence.start_char, sentence.end_char) > 0.8:
            continue  # a sentence of quoted words says nothing about who the description is
        looked += 1
        if looked > DESCRIPTION_SENTENCES:
            return None
        end = source.start if own else sentence.end
        people = [entity for token in sentence[:end - sentence.start]
                  if token.dep_ in SUBJECT_DEPS and not scope.in_quote(token.idx)
                  for entity in [_person_named_by(scope, token)] if entity is not None]
        if not people:
            continue
        if bare and len({entity.id for entity in _people_between(scope, sentence.start_char, scope.doc[end - 1].idx + 1)}) > 1:
            return None
        return people[0] if scope.resolver.country_fits(source, people[0]) else None
    return None


def _person_named_by(scope: QuoteScope, subject: Token) -> Entity | None:
    """The person a subject names: 'Obama', or the owner in 'Donald Trump's assertion'."""
    for token in (subject, *children(subject, "poss")):
        if token.pos_ != "PROPN":
            continue
        entity = scope.resolver.resolve(mention_span(token))
        if entity is not None and entity.type == "person":
            return entity
    return None


def _people_before(scope: QuoteScope, source: Span, sentences: int) -> list[Entity]:
    """The people named outside quotes from ``sentences`` sentences back up to ``source``, in text order."""
    index = bisect.bisect_right(scope.sentence_starts, source.root.i) - 1
    return _people_between(scope, scope.sentences[max(0, index - sentences)].start_char, source.start_char)


def _people_between(scope: QuoteScope, first: int, last: int) -> list[Entity]:
    return [entity for start, _, entity in scope.resolver.mentions
            if first <= start < last and not scope.in_quote(start) and entity.type == "person"]


def _last_named_speaker(scope: QuoteScope, pronoun: Token) -> Span | None:
    """'Little said …. “…,” he said', when no person the people finder listed fits the pronoun: the named
    subject of the last verb of saying within three sentences outside quotes."""
    looked = 0
    for sentence in scope.sentences_back(pronoun, PRONOUN_FALLBACK_SENTENCES)[:PRONOUN_FALLBACK_SENTENCES]:
        if sentence.start != scope.sentence_of(pronoun).start and scope.quoted_share(
                sentence.start_char, sentence.end_char) > 0.8:
            continue  # a sentence of quoted words says nothing about who speaks them
        looked += 1
        if looked > 3:
            return None
        cues = [t for t in sentence if t.i < pronoun.i and t.pos_ == "VERB"
                and t.lemma_.lower() in scope.words.speech_verbs and not scope.in_quote(t.idx)]
        subject = subject_of(scope, cues[0]) if cues else None
        if subject is None:
            continue
        if subject.pos_ == "PROPN" and not is_organization(scope.doc[subject.i:subject.i + 1]):
            return mention_span(subject)
        return None
    return None


def _issues_text(scope: QuoteScope, verb: Token) -> bool:
    """'The ministry issued a statement': a verb whose object is a text speaks through it."""
    return any(child.lemma_.lower() in scope.words.document_nouns for child in children(verb, "dobj"))


def _speaks_in_text(scope: QuoteScope, verb: Token) -> bool:
    """'X said in the statement', 'X issued a statement': the verb's words are a text that 'it' can stand for."""
    texts = children(verb, "dobj") + [g for prep in children(verb, "prep") if prep.lower_ == "in"
                                      for g in children(prep, "pobj")]
    return any(text.lemma_.lower() in scope.words.document_nouns for text in texts)


def _body_that_spoke(scope: QuoteScope, pronoun: Token) -> Span | None:
    """'“…,” it added' after 'the agency said in a statement' or 'the ministry issued a statement': the
    organisation (or statement) that spoke last, within three sentences."""
    for count, sentence in enumerate(scope.sentences_back(pronoun, PRONOUN_FALLBACK_SENTENCES)):
        if count > 3:
            return None
        for verb in [t for t in sentence if t.i < pronoun.i and t.pos_ == "VERB" and not scope.in_quote(t.idx)
                     and (t.lemma_.lower() in scope.words.speech_verbs or _issues_text(scope, t))][::-1]:
            subject = subject_of(scope, verb)
            if subject is None or subject.pos_ == "PRON":
                continue
            mention = mention_span(subject)
            author = _statement_author(scope, mention)
            mention = author or mention
            # 'Spokesman X said in the statement. It added …': 'it' is the statement, which is X's.
            return mention if is_organization(mention) or _speaks_in_text(scope, verb) else None
    return None

