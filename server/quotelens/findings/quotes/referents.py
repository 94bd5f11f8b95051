"""Who a quote's source mention stands for: a person, an organisation under its canonical name, or nobody.

The quote finder finds the mention a cue attaches to ("he", "the ministry", "the statement", "The top Turkish
diplomat"); these rules say whom it means, each on evidence the article gives before the mention, tried in order.
Precision first: an unknown speaker beats a wrong one (issue 14). Each is a function of the document's QuoteScope.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotelens.findings.acronyms import full_name
from quotelens.findings.body_registry import body_registry, organization_heads
from quotelens.findings.organizations import (LEADING_WORDS, ORGANIZATION_ID, is_member_title, is_organization,
                                              organization_name)
from quotelens.findings.people.assembly import attributive
from quotelens.findings.quotes.descriptions import AGE, described_person, described_subject, role_token
from quotelens.findings.quotes.identified import identified_person
from quotelens.findings.quotes.introduced import introduced_person
from quotelens.findings.quotes.governments import (administrations_state, country_government, leaders_government,
                                                     named_government)
from quotelens.findings.quotes.issuers import body_that_spoke, defined_body, statement_author
from quotelens.findings.quotes.members import body_of_members
from quotelens.findings.quotes.mentions import mention_span
from quotelens.findings.quotes.pairs import first_of_pair_of_bodies
from quotelens.findings.quotes.scope import TITLE_SMALL_WORDS, QuoteScope
from quotelens.findings.quotes.subjects import subject_of
from quotelens.findings.written_titles import office_field
from quotelens.language.tree import children, is_possessor
from quotelens.language.vocabulary import word_list
from quotelens.model import Entity

# A body's own press unit ('press office'), which speaks for the body.
PRESS_UNITS = frozenset(word_list("speakers", "press_units"))
# How many stand-ins a mention is followed through: 'it' → 'the statement' → the earlier 'statement issued by the
# Ministry' → the Ministry.
STAND_IN_DEPTH = 3
# How many sentences (quoted ones included) a pronoun no listed person fits looks back for a named speaker.
PRONOUN_FALLBACK_SENTENCES = 12


def speaker_of(scope: QuoteScope, source: Span, depth: int = 0) -> tuple[str | None, str | None]:
    """The speaker's entity id and canonical name for a source mention; (None, wording) for an unnamed source,
    (None, None) for a pronoun the article does not resolve. Rules are tried in order, each on evidence the
    article itself gives before the mention; an unknown speaker beats a wrong one."""
    entity = scope.resolver.resolve(source)
    defined = defined_body(scope, source) if entity is None or entity.type == "person" else None
    if defined is not None:
        # 'Safa said' after 'the South African Football Association (Safa)': the body, though listed as a person.
        return ORGANIZATION_ID, full_name(defined)
    if entity is not None and entity.type != "unnamed":
        # 'Indonesian President Joko Widodo (Jokowi)': a one-word name in brackets right after a full name is the
        # short form the article defines for that person; its quotes are the full name's (the fullest form given).
        entity = scope.resolver.short_forms.get(entity.id) or entity
        return entity.id, entity.name
    if depth < STAND_IN_DEPTH:
        stand_in = _stand_in(scope, source, entity)
        if isinstance(stand_in, Entity):
            return stand_in.id, stand_in.name
        if stand_in is not None:
            return speaker_of(scope, stand_in, depth + 1)
    organization = (administrations_state(source) or leaders_government(scope, source)
                    or country_government(scope, source) or named_government(scope, source)
                    or organization_name(source, scope.text, scope.in_quote))
    if organization is not None and organization not in source.text and _names_person(scope, organization):
        # 'the company' is no 'Weiner' the tagger called a body: keep the mention's own words.
        organization = " ".join(token.text for token in source if token.lower_ not in LEADING_WORDS)
    if organization is not None and not scope.resolver.is_pronoun(source):
        # Numbered by find_quotes once every quote is found (organization_entities.number_organizations).
        return ORGANIZATION_ID, full_name(organization)
    if scope.resolver.is_pronoun(source):
        return None, None
    if entity is not None and _names_office(entity.name) and not is_member_title(source):
        # "Australian Minister for Foreign Affairs said": a named office speaks as a body (docs/annotation.md).
        return ORGANIZATION_ID, " ".join(w for w in entity.name.split() if w.lower() not in LEADING_WORDS)
    if entity is not None:
        # An unnamed source the people finder listed ("The Mofcom spokesperson", "a spokesperson for the Department
        # of Justice") is that unnamed entity, under its fuller wording: its card gathers what it said, and no
        # reader takes a capitalised wording for a name (docs/annotation.md: an unnamed member of a body is unnamed).
        return entity.id, entity.name
    return None, source.text


def _names_office(wording: str) -> bool:
    """Say whether an unnamed source's wording is an office's name: every word but the small ones capitalised, and
    not one holder of it among several ('a Foreign Ministry Spokesperson' is unnamed)."""
    words = [word for word in wording.split() if word.lower() not in TITLE_SMALL_WORDS]
    return (bool(words) and all(word[:1].isupper() for word in words)
            and wording.split()[0].lower() not in ("a", "an", "one", "another"))


def _names_person(scope: QuoteScope, name: str) -> bool:
    """Say whether ``name`` holds a word of the name of a person the people finder listed ('Weiner Inc.'); a
    person whose whole name lies inside it is the tagger's slice of the body's name ('Support Forces' of 'Rapid
    Support Forces'), not a person."""
    words = set(name.split())
    bodies = body_registry(scope.doc, scope.text).by_words
    # 'International Cricket', which the tagger also names as a body, is no person to keep 'Sri Lanka Cricket' from.
    return any(words & set(person.name.split()) and not set(person.name.split()) <= words
               and frozenset(person.name.lower().split()) not in bodies
               for person in scope.resolver.people if person.type == "person")


def _stand_in(scope: QuoteScope, source: Span, entity: Entity | None) -> Span | Entity | None:
    """What a mention that names nobody stands for: a statement's author, the name inside a long subject, the
    one official just named, the last named speaker for a pronoun nobody else fits, the body for 'it'."""
    root = source.root
    described = root.pos_ in ("NOUN", "PROPN") or AGE.fullmatch(source.text)  # 'the 71-year-old' is an ADJ
    if described and root.lower_ not in scope.resolver.pronoun_gender:
        return (statement_author(scope, source) or _body_of_press_unit(scope, source)
                or _named_inside(scope, source) or introduced_person(scope, source)
                or _of_its_field(scope, source, described_person(scope, source)) or identified_person(scope, source)
                or first_of_pair_of_bodies(scope, source) or body_of_members(scope, source))
    if len(source) == 1 and root.lower_ in scope.resolver.pronoun_gender:
        return _described_antecedent(scope, root, entity) or _last_named_speaker(scope, root)
    if len(source) == 1 and root.lower_ == "it":
        return body_that_spoke(scope, root)
    if len(source) == 1 and root.lower_ == "they":
        # 'The ministry pointed to officers …, leading to what they call his “illegal imprisonment”': a body
        # spoken of in the plural; only a body, never people ('officials said they …' stays unknown).
        body = body_that_spoke(scope, root, people_stop=True)
        return body if body is not None and is_organization(body) and body.root.tag_ not in ("NNS", "NNPS") \
            else None
    return None


def _of_its_field(scope: QuoteScope, source: Span, person: Entity | None) -> Entity | None:
    """The person a description stands for, unless it writes out an office of a field their title does not hold:
    'the Minister of Finance' is not the 'Prime Minister' just named."""
    field = office_field(role_token(source))
    return None if person is not None and field and not field & set(scope.resolver.title_words(person)) else person


def _described_antecedent(scope: QuoteScope, pronoun: Token, entity: Entity | None) -> Entity | None:
    """'Qassemi said … ¶ The official described the U.S. act as … ¶ “…,” he added': a pronoun stands for whom its
    antecedent stands for. When that antecedent is a definite description the people finder listed as unnamed
    ('The official'), the person the description means is the speaker when it is the named or pronoun
    subject it follows, as a description at a cue would by subject preference; an indefinite one ('a senior
    official') stays unnamed, and so does one only an official named nearby might fit ('This was announced by
    Finance Minister Ion Gavrila. According to the diplomat, …, he said')."""
    if entity is None or entity.type != "unnamed":
        return None
    before = [(start, end) for start, end in entity.mentions if end <= pronoun.idx]
    if not before:
        return None
    description = scope.doc.char_span(*max(before), alignment_mode="expand")
    if description is None or description[0].lower_ != "the":
        return None
    return described_subject(scope, description)


def _body_of_press_unit(scope: QuoteScope, source: Span) -> Span | None:
    """'the ministry's press office', 'the Kremlin's press service', 'the MFA press service', 'the Public
    Communications Division of the ministry': the body its press unit speaks for."""
    root = source.root
    units = [child for child in children(root, "compound") if f"{child.lower_} {root.lower_}" in PRESS_UNITS]
    # 'the MFA press service': a body's name before the unit's words, which the parser hangs on either of them.
    named_before = [child for unit in units for head in (root, unit) for child in children(head, "compound")
                    if child.i < unit.i and child.pos_ == "PROPN"]
    owners = children(root, "poss") + [g for of in children(root, "prep") if of.lower_ == "of"
                                       for g in children(of, "pobj")] + named_before
    owners = [owner for owner in owners if is_organization(scope.doc[owner.i:owner.i + 1])]
    return mention_span(owners[0]) if units and owners else None


def _named_inside(scope: QuoteScope, source: Span) -> Span | None:
    """'official spokeswoman of the Russian Foreign Ministry Maria Zakharova said': the parser made the title
    the subject; the one person named inside it speaks."""
    root = source.root
    if (root.pos_ == "NOUN" and is_organization(scope.doc[root.i:root.i + 1])
            or root.pos_ == "PROPN" and root.lower_ in organization_heads()):
        # 'the government of President Nicolas Maduro' is a body, not its president; 'The Russian Embassy in
        # Armenia' is no one the tagger took 'Armenia' for.
        return None
    if source.root.tag_ in ("NNS", "NNPS"):
        return None  # 'The magistrates ruling in Macri's favor' are several people, none of them Macri
    found = {}
    for token in source.root.subtree:
        if token.i <= source.root.i or scope.in_quote(token.idx) or token.pos_ != "PROPN" or is_possessor(token):
            continue  # a name owning a noun ('President Bolsonaro's government') is whose, not who
        if scope.doc[token.i - 1].text == "(" and is_organization(source):
            continue  # 'the SA Football Association (Safa)': a body's short name, which the tagger may call a person
        if attributive(token):
            continue  # 'a military spokesman in Swat': where the speaker is, a place the tagger may call a person
        entity = scope.resolver.resolve(scope.doc[token.i:token.i + 1])
        if entity is not None and entity.type == "person":
            found.setdefault(entity.id, token)
    return mention_span(next(iter(found.values()))) if len(found) == 1 else None


def _last_named_speaker(scope: QuoteScope, pronoun: Token) -> Span | None:
    """'Little said …. “…,” he said', when no person the people finder listed fits the pronoun: the named
    subject of the last verb of saying within three sentences outside quotes. A quote cued by the same pronoun
    is a link of the chain, not its end ('Al-Shafi has said …. “…,” he told Anadolu. “…,” he said': both 'he' are
    the one speaker, as a run of quotes each cued 'he said' goes on meaning the person last named); another
    pronoun, or the same one reporting speech in a sentence of its own words ('He said that he views …'), ends it."""
    gender = scope.resolver.pronoun_gender.get(pronoun.lower_)
    looked = 0
    for sentence in scope.sentences_back(pronoun, PRONOUN_FALLBACK_SENTENCES)[:PRONOUN_FALLBACK_SENTENCES]:
        if sentence.start != scope.sentence_of(pronoun).start and scope.quoted_share(
                sentence.start_char, sentence.end_char) > 0.8:
            continue  # a sentence of quoted words says nothing about who speaks them
        cues = [t for t in sentence if t.i < pronoun.i and t.pos_ == "VERB"
                and t.lemma_.lower() in scope.words.speech_verbs and not scope.in_quote(t.idx)]
        subject = subject_of(scope, cues[0]) if cues else None
        if subject is not None and subject.i != pronoun.i and scope.resolver.pronoun_gender.get(
                subject.lower_) == gender and scope.quoted_share(sentence.start_char, sentence.end_char) > 0.5:
            continue  # a link of the chain: the window counts the sentences that are not
        looked += 1
        if looked > 3:
            return None
        if subject is None:
            continue
        if subject.pos_ == "PROPN" and not is_organization(scope.doc[subject.i:subject.i + 1]):
            return mention_span(subject)
        return None
    return None
