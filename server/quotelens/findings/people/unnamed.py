"""Unnamed sources and groups an article cites ("a senior US official said", "Palestinian officials"), and the
descriptions among them that are a named person's mention or title ("the senator", "The People's Power Minister")."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from spacy.tokens import Doc, Span

from quotelens.findings.people.assembly import (NameIndex, Person, attributive, bare_office, precedes_name,
                                                with_additions)
from quotelens.findings.people.places import office_field
from quotelens.findings.people.statesmen import state_served
from quotelens.findings.people.titles import ROLES, Title, build_title
from quotelens.findings.quotes.marks import DOUBLE_CLOSERS, DOUBLE_OPENERS, STRAIGHT_DOUBLE
from quotelens.language.chunks import noun_chunks
from quotelens.language.syntax import ARTICLES, SUBJECT_DEPS, phrase_of, word_of
from quotelens.language.vocabulary import vocabulary
from quotelens.model import Entity

# Marks that open or close quoted words: a sentence between them is someone's speech, not the writer's.
_DOUBLE_OPENERS = DOUBLE_OPENERS + STRAIGHT_DOUBLE
_DOUBLE_CLOSERS = DOUBLE_CLOSERS + STRAIGHT_DOUBLE
# How many sentences back a description may reach through "he"/"she" subjects to the person they go on about.
_PRONOUN_CHAIN = 4


def find_unnamed(doc: Doc, people: list[Person]) -> tuple[list[Person], list[Entity]]:
    """Unnamed sources that speak or are cited ("a senior US official said", "according to a spokesman"), and the
    people with the descriptions among them that mean a named person.

    Only phrases that stand as a subject or after "according to" count. A phrase whose title head is that of
    exactly one named person ("The diplomat also mused" in a profile of an ambassador titled "British
    diplomat") is a mention of that person instead, added to their mentions.
    """
    titles: dict[int, list[Title]] = defaultdict(list)
    nominals: dict[int, list[tuple[int, int]]] = defaultdict(list)
    claimed = {token.i for person in people for span in person.mentions for token in span}
    # Nominal mentions and the titles of named people ("the spokesperson of X, Matthew Miller") are theirs.
    covered = [*(n for person in people for n in person.nominals),
               *((t.start, t.end) for person in people for t in person.titles)]
    for start, end in covered:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            claimed.update(range(span.start, span.end))
    names = NameIndex(people)
    entities: list[Entity] = []
    by_wording: dict[str, int] = {}
    for chunk in noun_chunks(doc):
        root = chunk.root
        if root.lower_ not in ROLES.anonymous_source_heads or any(token.i in claimed for token in chunk):
            continue
        if not (root.dep_ in SUBJECT_DEPS or root.dep_ == "pobj" and root.head.lower_ == "to"
                and root.head.i > 0 and doc[root.head.i - 1].lower_ == "according"):
            continue
        if chunk[0].lower_ not in ROLES.anonymous_source_openers \
                and not any(token.ent_type_ in {"GPE", "NORP", "ORG"} for token in chunk):
            continue
        if any(token.like_num for token in chunk) or precedes_name(doc, chunk, claimed):
            continue
        words = [token.lower_ for token in chunk]
        # The wording keeps a prepositional complement: "a lawmaker in the Philippines".
        phrase = phrase_of(doc, root)
        if phrase.start != chunk.start or any(token.i in claimed for token in phrase):
            phrase = chunk
        wording = phrase.text
        title = build_title(doc, chunk, formal_allowed=False)
        # "officials", "Palestinian lawmakers": a group, never one official (not painted or counted as one).
        group = root.tag_ in {"NNS", "NNPS"}
        if title is not None and chunk[0].lower_ not in {"a", "an", "one", "another"}:
            # "the senator" is the senator the article names ("a spokesman" brings in someone new): the only
            # one with that title, or, among several, the one named within the last two sentences.
            same_head = [person for person in people
                         if any(_same_office(own, title) for own in (*person.titles, *titles.get(id(person), ())))]
            same_head = (_counterparts_of_the_body(people, same_head, title) or _of_the_state(same_head, title)
                         or same_head)
            referent = same_head[0] if len(same_head) == 1 else _named_just_before(
                doc, names, same_head or _of_its_kind(people, title), chunk)  # a kind: only one named just before
            # A capitalised office with no determiner stands for one holder as "the" does: "While rejecting the
            # accusations, Iranian Foreign Ministry Spokesman added".
            definite = chunk[0].lower_ == "the" or chunk[0].dep_ != "det" and root.text[:1].isupper()
            if referent is None and title.is_official and not same_head and definite and not group:
                # "Plasencia ... The People's Power Minister for Foreign Relations said": a description of an office
                # right after a person the article has not titled is that person's title.
                untitled = [person for person in people
                            if not any(own.is_official for own in (*person.titles, *titles.get(id(person), ())))]
                referent = _named_just_before(doc, names, untitled, chunk, named_as_a_person=True)
                if referent is not None:
                    titles[id(referent)].append(title)
            if referent is None and title.is_official and title.organization and chunk[0].lower_ == "the" \
                    and not group:
                # "Cavusoglu said ... The top Turkish diplomat censured": another description of an office of the
                # same country or body, for the one official of it named just before.
                same_body = [person for person in people if any(
                    own.is_official and own.organization == title.organization for own in person.titles)]
                referent = _named_just_before(doc, names, same_body, chunk)
            if referent is not None:
                nominals[id(referent)].append((chunk.start_char, chunk.end_char))
                continue
        official = title.is_official if title else False
        if root.lower_ in ROLES.qualified_source_heads:
            official = official and any(word in ROLES.anonymous_source_qualifiers for word in words)
        reuse = _same_unnamed(words, by_wording)
        if reuse is not None:
            again = (chunk.start_char, chunk.end_char)
            entities[reuse] = replace(entities[reuse], mentions=tuple(sorted({*entities[reuse].mentions, again})))
            continue
        entity = Entity(
            id="",
            type="group" if group else "unnamed",
            name=wording,
            title=title.text if title else None,
            organization=title.organization if title else None,
            is_official=official and not group,
            mentions=((phrase.start_char, phrase.end_char),),
        )
        by_wording[" ".join(word for word in words if word not in ARTICLES)] = len(entities)
        entities.append(entity)
    return with_additions(people, titles, nominals), entities


def _of_its_kind(people: list[Person], title: Title) -> list[Person]:
    """'Ambassador of Romania Cristian Leon Turcanu … According to the diplomat': a description whose head names a
    kind of office (data/roles.json 'office_kinds') is among the people titled with an office of that kind."""
    kinds = frozenset(vocabulary("roles")["office_kinds"]["values"].get(title.head, ()))
    if not kinds or title.plural:
        return []
    # 'The top Italian diplomat' after Spain's foreign minister is someone else: a state named must be theirs.
    return [person for person in people if any(own.head in kinds or own.text.lower() in kinds
                                               for own in person.titles if own.is_official)
            and (not title.organization or _state_of(person) == title.organization)]


def _counterparts_of_the_body(people: list[Person], same_head: list[Person], title: Title) -> list[Person]:
    """'Mondino met her counterpart, Mauro Vieira (of Brazil). … the Brazilian foreign minister explained': a
    counterpart holds the office of the one they are the counterpart of, for their own state, so a description
    naming that state's office is theirs, not the other holder's. Only when no holder of the office is known to serve
    that state: the people whose relational title ('counterpart') is of the state the description names."""
    if title.plural or not title.organization:
        return []  # 'Ukrainian diplomats' are a group, no one's office
    if any(_state_of(person) == title.organization for person in same_head):
        return []
    return [person for person in people if any(own.head in ROLES.relational_heads for own in person.titles)
            and _state_of(person) == title.organization]


def _of_the_state(same_head: list[Person], title: Title) -> list[Person]:
    """'Dr Balakrishnan (Singapore's foreign minister) is meeting Minister of Finance Sri Mulyani Indrawati, … The
    Singapore minister will also meet': a description that names a state stands for a holder of that state's office
    when the article has one, not for the last holder of the same office named."""
    if title.plural or not title.organization:
        return []
    return [person for person in same_head if _state_of(person) == title.organization]


def _state_of(person: Person) -> str | None:
    """The state a listed holder of national office serves (data/leaders.json: 'Mauro Vieira' is Brazil's), else
    the one their office's title names."""
    served = state_served(span.text for span in person.mentions)
    return served or next((own.organization for own in person.titles if own.is_official and own.organization), None)


def _same_office(one: Title, other: Title) -> bool:
    """Whether two titles name the same kind of office: "foreign minister" and "Minister of Foreign Affairs"; not
    "prime minister" and "Pacific Minister", nor "vice president" and "president" (assembly.bare_office), nor two
    offices whose titles name other fields ("the foreign affairs minister" is not "Defence Minister Viola Amherd")."""
    fields = [office_field(word_of(title.text).split()) for title in (one, other)]
    return bare_office(one.head) == bare_office(other.head) and not (all(fields) and fields[0].isdisjoint(fields[1]))


def _named_just_before(doc: Doc, names: NameIndex, candidates: list[Person], chunk: Span,
                       named_as_a_person: bool = False) -> Person | None:
    """The candidate named last before ``chunk``, if that was in its sentence or the one before; with
    ``named_as_a_person``, not counting a name that modifies a noun ("the Trump administration's decision"), and
    further back through sentences that go on about one person as "he" or "she"."""
    sentence = chunk.sent
    earliest = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    named = [person for start, _, person in names.between(earliest, chunk.start) if person in candidates
             and not (named_as_a_person and attributive(doc[start]))]
    if named or not named_as_a_person or names.between(earliest, chunk.start):
        return named[-1] if named else None
    # Further back only while each sentence passed over goes on about one person by "he" or "she", or is the words
    # they are quoted saying, and names no one: "..., Peskov noted. He said ... . Russia will ..., the spokesman
    # highlighted"; "“...,” Cassis told SRF. “We are facing a military escalation.” The foreign affairs minister".
    for _ in range(_PRONOUN_CHAIN):
        passed = doc[earliest].sent
        if earliest == 0 or not (_quoted(passed) or any(token.lower_ in {"he", "she"} and token.dep_ in SUBJECT_DEPS
                                                       for token in passed)):
            return None
        previous = doc[earliest - 1].sent
        named = [(subject, person) for start, subject, person in names.between(previous.start, earliest)
                 if not attributive(doc[start])]
        if named:  # the one "he" goes on about is the subject named there
            subjects = [person for subject, person in named if subject]
            return subjects[-1] if subjects and subjects[-1] in candidates else None
        earliest = previous.start
    return None


def _quoted(sentence: Span) -> bool:
    """Whether a sentence is quoted words: it opens or closes with a double quotation mark."""
    text = sentence.text.strip()
    return bool(text) and (text[0] in _DOUBLE_OPENERS or text[-1] in _DOUBLE_CLOSERS)


def _same_unnamed(words: list[str], by_wording: dict[str, int]) -> int | None:
    """'The official' after 'a senior US official' is that official again; a repeated wording is too."""
    core = " ".join(word for word in words if word not in ARTICLES)
    if core in by_wording:
        return by_wording[core]
    if words[0] == "the" and len(words) == 2:
        matches = [index for wording, index in by_wording.items() if wording.split()[-1] == words[-1]]
        if len(matches) == 1:
            return matches[0]
    return None

