"""Whom a description of a person stands for: 'the Senate minority leader', 'the top Turkish diplomat', 'the
71-year-old' — a person the article named just before, on evidence it gives (subject preference, the office, the
country). Precision first: with two candidates and nothing to choose between them, nobody (issue 14)."""

from __future__ import annotations

import re
import weakref
from functools import cache

from spacy.tokens import Span, Token

from quotelens.findings.people.assembly import bare_office
from quotelens.findings.people.titles import head_of
from quotelens.findings.quotes.mentions import mention_span
from quotelens.findings.quotes.own_words import names_another, names_own_body
from quotelens.findings.quotes.pairs import first_of_counted, first_of_pair
from quotelens.findings.quotes.preceding_people import (SUBJECT_SENTENCES, people_before, people_between,
                                                        spoke_before)
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.findings.speakers import SpeakerResolver, of_a_new_body
from quotelens.findings.written_titles import is_written_title, role_words
from quotelens.language.tree import children
from quotelens.language.vocabulary import vocabulary
from quotelens.model import Entity

# How many sentences back a description ('the top diplomat') looks for the one official it stands for; one that
# names a country ('Russia's chief diplomat') has stronger evidence and looks further.
DESCRIPTION_SENTENCES = 2
COUNTRY_DESCRIPTION_SENTENCES = 6
LEAD_TITLE_PARAGRAPHS = 8  # 'The Foreign Affairs Minister says': a lead's title in full waits longer for its holder
# 'the 71-year-old': an age standing for the person just named.
AGE = re.compile(r"(?i)(?:the\s+)?\d{1,3}-year-old")


@cache
def generic_roles() -> frozenset[str]:
    """Heads that say what someone is, not which office ('the official'): alone they fit anyone named."""
    return frozenset(vocabulary("roles")["generic_official_heads"]["values"])


@cache
def official_roles() -> frozenset[str]:
    """Heads of an office ('senator', 'minister'), not of what someone is ('the official', 'the diplomat')."""
    roles = vocabulary("roles")
    return frozenset(role for role in roles["official_heads"]["values"] if " " not in role) - generic_roles()


def role_token(source: Span) -> Token:
    """The word naming a description's office: its head, or the office before '-designate' or '-elect' ('the
    prime minister-designate', 'the president-elect'), which the parser makes the head though it only says when."""
    root = source.root
    if root.lower_ in ("designate", "elect") and root.i - 2 >= source.start and source.doc[root.i - 1].tag_ == "HYPH":
        return source.doc[root.i - 2]
    return root


def _singular_role(source: Span) -> bool:
    """Say whether a description's head is one office or role ('the minister', 'the Foreign Minister')."""
    root = role_token(source)
    return (root.pos_ == "NOUN" and root.tag_ not in ("NNS", "NNPS") or is_written_title(source)) \
        and root.lemma_.lower() in role_words()


def described_person(scope: QuoteScope, source: Span) -> Entity | None:
    """The person a description stands for, or None: the named subject before it, else the one official just named,
    else for a lead's 'A Russian regional governor said' the one governor the article names next; nobody for the
    head of a body the article only now brings in ('The head of a Russian logistics company told Kommersant')."""
    if of_a_new_body(source.root):
        return None
    return (_described_subject(scope, source) or _recent_official(scope, source) or _repeated_title(scope, source)
            or _named_after_lead(scope, source) or first_of_pair(scope, source) or first_of_counted(scope, source))


def described_subject(scope: QuoteScope, source: Span) -> Entity | None:
    """The person a definite description stands for by subject preference alone: a pronoun's antecedent that was at
    no cue ('The official described … ¶ “…,” he added'), where the weaker rules (one official nearby) would guess."""
    return None if of_a_new_body(source.root) else _described_subject(scope, source)


def _repeated_title(scope: QuoteScope, source: Span) -> Entity | None:
    """'US State Department spokesman Matthew Miller announced … According to him, … “…,” said the State
    Department spokesperson': a definite description that repeats a title the article gave (its head and at least
    one more word, each a word of that title or a form of its role) stands for the one official holding it, a few
    sentences back. A bare 'the minister' says too little to reach so far (_recent_official)."""
    if source[0].lower_ != "the" or not _singular_role(source):
        return None
    words = {t.lower_ for t in source[1:] if not t.is_punct} | {role_token(source).lemma_.lower()}
    if len(words) < 2:
        return None
    named = people_before(scope, source, COUNTRY_DESCRIPTION_SENTENCES, past_quotes=True, spoken=True)
    fitting = {entity.id: entity for entity in named
               if entity.is_official and words <= set(scope.resolver.title_words(entity))
               and not names_another(scope, source, entity)}
    return next(iter(fitting.values())) if len(fitting) == 1 else None


def _named_after_lead(scope: QuoteScope, source: Span) -> Entity | None:
    """'A Russian regional governor said …' opening the article, then 'local governor Yuri Slyusar said': a lead
    that holds a name back gives it in the next paragraphs, under a title with the same office; 'according to the
    official in charge of coordinating measures. ¶ But Helene Budliger-Artieda, head of …' gives any official when
    nobody is named before it. Only in the lead, only an office or a definite generic head ('a ministry official'
    and 'a senior official' stay unnamed), and only when one person of the next two paragraphs fits."""
    root = source.root
    lemma = root.lemma_.lower()
    # 'the official in charge of …' (definite only: 'a senior official' is an unnamed source): any official the
    # lead goes on to name.
    generic = lemma in generic_roles() and source[0].lower_ == "the"
    if (source[0].lower_ not in ("a", "an", "the") or not _singular_role(source)
            or lemma not in official_roles() and not generic
            or scope.paragraph(source.start_char) != 0 or len(scope.paragraph_starts) < 2
            or generic and people_between(scope, 0, source.start_char)):
        return None
    last = scope.paragraph_starts[3] if len(scope.paragraph_starts) > 3 else len(scope.text)
    fitting = {entity.id: entity for entity in people_between(scope, source.end_char, last)
               if (entity.is_official if generic else lemma in scope.resolver.title_words(entity)
                   and _same_office(source, entity))
               and (not _named_country(scope, entity) or scope.resolver.country_fits(source, entity))}
    if not fitting and source[0].lower_ == "the" and not generic:
        last = (*scope.paragraph_starts, len(scope.text))[min(LEAD_TITLE_PARAGRAPHS, len(scope.paragraph_starts))]
        fitting = {entity.id: entity for entity in people_between(scope, source.end_char, last)
                   if (entity.title or "").lower() == source[1:].text.lower()}
    return next(iter(fitting.values())) if len(fitting) == 1 else None


def _same_office(description: Span, entity: Entity) -> bool:
    """'The Solomon Islands Prime Minister' is not 'Pacific Minister' Zed Seselja: a rank before the office makes
    another office (people.assembly.bare_office), which the person's title must hold too."""
    office, title = head_of(description.text), head_of(entity.title or "")
    return office is None or title is None or bare_office(office) == bare_office(title)


def _named_country(scope: QuoteScope, entity: Entity) -> bool:
    """Say whether a person's title or organisation names a country."""
    words = f"{entity.title or ''} {entity.organization or ''}".lower().split()
    return any(word in scope.resolver.countries or word.title() in scope.resolver.countries.values()
               for word in words)


def _recent_official(scope: QuoteScope, source: Span) -> Entity | None:
    """'The top Turkish diplomat' after 'Cavusoglu said …': a definite description of an office is the one
    person named in its sentence or the one before, when that person holds an office (of the country the
    description names, if it names one); 'Russia's chief diplomat' may reach a few sentences further back for the
    one official of Russia named there; 'the 71-year-old' is the one person just named, official or not."""
    resolver = scope.resolver
    aged = bool(AGE.fullmatch(source.text))
    if not aged and not _singular_role(source):
        return None
    if any(t.lower_ in ("a", "an", "another", "one") for t in source):
        return None
    named = people_before(scope, source, DESCRIPTION_SENTENCES, past_quotes=True, spoken=True)
    if aged:
        return named[-1] if named and len({entity.id for entity in named}) == 1 and not names_another(
            scope, source, named[-1]) else None
    officials = {entity.id: entity for entity in named if entity.is_official}
    if (named and named[-1].is_official and len(officials) == 1 and resolver.country_fits(source, named[-1])
            and _holds_office(scope, source, named[-1]) and not names_another(scope, source, named[-1])):
        return named[-1]
    if resolver.named_countries(source):
        fitting = {entity.id: entity for entity in people_before(scope, source, COUNTRY_DESCRIPTION_SENTENCES)
                   if entity.is_official and resolver.country_fits(source, entity)
                   and not names_another(scope, source, entity)}
        if len(fitting) == 1:
            return next(iter(fitting.values()))
    return None


def _described_subject(scope: QuoteScope, source: Span) -> Entity | None:
    """'Harry Reid blasted Rubio. “…,” the Senate minority leader said': a definite description of a person ('the
    billionaire businessman', 'the two-term president') is the named subject of the nearest sentence before it
    that has one, as a pronoun would be (subject preference), when the description fits that person. A bare
    generic head ('the official') fits only a sentence that names one person."""
    root = source.root
    if not _singular_role(source) or source[0].lower_ != "the":
        return None
    bare = len([t for t in source if not t.is_punct]) == 2 and root.lower_ in generic_roles()
    looked = 0
    for sentence in scope.sentences_back(root, SUBJECT_SENTENCES):
        own = sentence.start <= root.i < sentence.end
        if not own and scope.quoted_share(sentence.start_char, sentence.end_char) > 0.8:
            continue  # a sentence of quoted words says nothing about who the description is
        looked += 1
        if looked > DESCRIPTION_SENTENCES:
            return None
        if own:
            continue  # '“…,” Hannity said after the first-term senator won': its subject is another
        subjects = _main_subjects(scope, sentence)
        # 'the Cruz adviser' is someone else's adviser; 'the MEA official' the MEA's own.
        people = [entity for token in subjects for entity in [_person_named_by(scope, token)]
                  if entity is not None and _office_fits(scope, source, entity)
                  and not names_another(scope, source, entity)]
        if not people and any(token.pos_ == "PRON" or token.lemma_.lower() in role_words() for token in subjects):
            # '… Fatemi Amin said. …, he said. “…,” the minister said': a pronoun subject is whom it stands for.
            pronouns = [scope.resolver.resolve(scope.doc[token.i:token.i + 1]) for token in subjects
                        if token.lower_ in scope.resolver.pronoun_gender]
            if len(pronouns) == 1 and pronouns[0] is not None and pronouns[0].type == "person" \
                    and _office_fits(scope, source, pronouns[0]) and _subject_country_fits(scope, source, pronouns[0]) \
                    and not names_another(scope, source, pronouns[0]):
                return pronouns[0]
            return None  # 'the mega donor' or 'he' is who that sentence is about: whom, it does not say
        if not people:
            continue
        named = people_between(scope, sentence.start_char, sentence.end_char)
        if bare and len({entity.id for entity in named}) > 1:
            return None
        return people[0] if _subject_country_fits(scope, source, people[0]) else None
    return None


def _subject_country_fits(scope: QuoteScope, description: Span, entity: Entity) -> bool:
    """'Kanaani said … ¶ The Iranian diplomat added': the subject fits a country the description names when its title
    or organisation names that country, or names none and the article gives that country to no one else listed."""
    resolver = scope.resolver
    if resolver.country_fits(description, entity):
        return True
    if not resolver.named_countries(description) or _named_country(scope, entity):
        return False
    return not any(other.id != entity.id and other.type == "person" and _named_country(scope, other)
                   and resolver.country_fits(description, other) for other in resolver.people)


def _main_subjects(scope: QuoteScope, sentence: Span) -> list[Token]:
    """The active subjects of the sentence's main verbs, outside quotes: what the sentence is about. Not a subject
    inside a clause ('the changes Mills requested', 'found Trump to be'), nor the one acted on ('Trump was asked',
    'Ebeling was greeted by an organizer')."""
    verbs = [sentence.root, *children(sentence.root, "conj")]
    return [token for verb in verbs for token in children(verb, "nsubj") if not scope.in_quote(token.idx)]


def _office_fits(scope: QuoteScope, description: Span, entity: Entity) -> bool:
    """'the Republican presidential candidate' is not Mayor Bill de Blasio, 'the senator' not the Fox News host:
    when the person holds an office, or the description names one, a title must share a word with the description
    ('Sen.' is 'senator'). A bare 'the official' says only that its person holds an office: an official fits who
    the article has been quoting (a pronoun or description resolved to them just before)."""
    role = role_token(description).lemma_.lower()
    words = {t.lower_ for t in description if not t.is_stop and not t.is_punct} | {role}
    names_office = role in official_roles()
    any_official = role == "official" and len(words) == 1 and entity.is_official
    return (not entity.title or not (entity.is_official or names_office) or _says_what_not_which(description)
            or any_official and spoke_before(scope, description, entity)
            or bool(words & set(scope.resolver.title_words(entity))) or names_own_body(description, entity))


def _says_what_not_which(description: Span) -> bool:
    """'the top diplomat', 'the senior official': a generic head with adjectives and nothing else before it says
    what someone is, not which office, so it fits an official of any title; a noun before it ('the opposition
    leader', 'the party official') names a body or an office the title must share. A bare 'the official' keeps
    its own rule (it fits only a sentence naming one person, or a title holding the word)."""
    root = description.root
    before = [t for t in description if t.i < root.i and t.dep_ != "det"]
    return (root.lemma_.lower() in generic_roles() and root.tag_ not in ("NNS", "NNPS") and bool(before)
            and all(t.pos_ == "ADJ" and t.dep_ == "amod" for t in before) and description[-1].i == root.i)


def _holds_office(scope: QuoteScope, description: Span, entity: Entity) -> bool:
    """'the defence minister' is not General Philemon Yav when the article gives the office of defence minister to
    someone else: a description whose head is an office fits a person whose title lacks that office only when no
    other person the article lists holds it ('the chancellor' for a foreign minister, named nowhere else, fits)."""
    office = role_token(description).lemma_.lower()
    resolver = scope.resolver
    if office not in official_roles() or not entity.title or office in resolver.title_words(entity):
        return True
    return not _office_holders(resolver).get(office, frozenset()) - {entity.id}


_HOLDERS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _office_holders(resolver: SpeakerResolver) -> dict[str, frozenset[str]]:
    """Each word of a listed person's title → the ids of the people whose title holds it, built once per article
    (a page listing many people asks it for every description)."""
    if resolver not in _HOLDERS:
        holders: dict[str, set[str]] = {}
        for entity in resolver.people:
            for word in resolver.title_words(entity):
                holders.setdefault(word, set()).add(entity.id)
        _HOLDERS[resolver] = {word: frozenset(ids) for word, ids in holders.items()}
    return _HOLDERS[resolver]


def _person_named_by(scope: QuoteScope, subject: Token) -> Entity | None:
    """The person a subject names: 'Obama', or the owner in 'Donald Trump's assertion'."""
    for token in (subject, *children(subject, "poss")):
        # A listed person's surname the tagger read as a common noun ('Ruginiene stated …') still names them.
        misread = token.pos_ == "NOUN" and token.text[:1].isupper()
        if token.pos_ != "PROPN" and not misread:
            continue
        entity = scope.resolver.resolve(mention_span(token))
        if entity is not None and entity.type == "person" and (not misread or token.text in entity.name.split()):
            return entity
    return None
