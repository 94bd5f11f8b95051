"""People in an article: every name mention merged into one entity per person, with title and office."""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import replace

from spacy.tokens import Doc, Span

from quotelens.context import DocContext
from quotelens.findings.people.assembly import NameIndex, Person, TitleHolders
from quotelens.findings.people.names import NameKey, name_key, part_of_name, same_name, strip_possessive
from quotelens.findings.people.offices import choose_title, held_only_in_the_past, organization_of
from quotelens.findings.people.places import countries_named
from quotelens.findings.people.titles import (ROLES, Title, build_title, canonical_head, find_title, head_of,
                                              shared_title, title_of_predicate)
from quotelens.language.chunks import noun_chunks
from quotelens.language.syntax import ARTICLES, SUBJECT_DEPS, phrase_of, text_of
from quotelens.model import Entity



def find_people(context: DocContext) -> list[Entity]:
    """Find the people an article names, with their variants, mentions, title, organisation and office.

    Named people come first ("person"), ordered by first mention; then unnamed sources ("a senior US
    official").
    """
    doc = context.doc
    people = merge_mentions(list(context.name_mentions))
    people = [person for person in people if person.mentions]
    assign_titles(doc, people)
    add_titles_by_pronoun(context, people)
    add_nominal_mentions(doc, people)
    people.sort(key=lambda person: person.first)
    unnamed = find_unnamed(doc, people)
    countries = countries_named(context)
    entities = [to_entity(doc, person, f"person{number}", countries) for number, person in enumerate(people, 1)]
    entities.extend(replace(entity, id=f"person{len(entities) + number}")
                    for number, entity in enumerate(unnamed, 1))
    return entities


def merge_mentions(mentions: list[Span]) -> list[Person]:
    """Group name mentions into people.

    Full names (two words or more) are grouped first, variants together ("Kim Jong Un" / "Kim Jong-un",
    "Hillary Clinton" / "Hillary Rodham Clinton"), suffixes apart ("Donald Trump" / "Donald Trump Jr.").
    Then each one-word mention ("Putin", "Kim") joins the person it can stand for; when several can
    ("Clinton" with Bill and Hillary both named), the most salient one (see ``most_salient``).
    """
    people: list[Person] = []
    singles: list[Span] = []
    for span in mentions:
        key = name_key(span.text)
        if len(key.words) < 2:
            singles.append(span)
            continue
        person = next((p for p in people if same_name(p.key, key) or _prefix_of(key, p.key)
                       or _prefix_of(p.key, key)), None)
        if person is None:
            people.append(Person(key, [span]))
        else:
            person.mentions.append(span)
            if len(key.words) > len(person.key.words):
                person.key = key
    starts = {id(person): sorted(span.start_char for span in person.mentions) for person in people}
    for span in singles:
        key = name_key(span.text)
        candidates = [p for p in people if len(p.key.words) >= 2 and part_of_name(key, p.key)]
        if not candidates:
            candidates = [p for p in people if p.key.words == key.words and p.key.suffix == key.suffix]
        if not candidates:
            candidates = [p for p in people if len(p.key.words) >= 2 and part_of_name(key, p.key, fuzzy=True)]
        if not candidates:
            people.append(Person(key, [span]))
            starts[id(people[-1])] = [span.start_char]
            continue
        chosen = most_salient(candidates, span.start_char, starts)
        chosen.mentions.append(span)
        insort(starts[id(chosen)], span.start_char)
    return people


def most_salient(candidates: list[Person], position: int, starts: dict[int, list[int]]) -> Person:
    """The person a one-word form most likely means: named most often so far, then most recently, else first.

    In a profile of Ted Cruz that names his wife Heidi Cruz once, a later "Cruz" is still Ted. ``starts``
    holds each person's mention offsets, sorted.
    """
    def standing(person: Person) -> tuple[int, int, int]:
        own = starts[id(person)]
        count = bisect_left(own, position)
        return count, own[count - 1] if count else -1, -own[0]

    return max(candidates, key=standing)


def _prefix_of(short: NameKey, long: NameKey) -> bool:
    """A truncated full name ("Kim Jong" for "Kim Jong Un"): at least two words, same suffix."""
    return (len(short.words) >= 2 and short.suffix == long.suffix and len(long.words) > len(short.words)
            and long.words[:len(short.words)] == short.words)


def assign_titles(doc: Doc, people: list[Person]) -> None:
    """Give each person the titles the text attaches to their name mentions, in order of mention.

    A name joined to a titled name under a plural title shares it: "Senators Charles E. Grassley ... and
    Patrick J. Leahy", "two Vermont developers, Ariel Quiros and William Stenger".
    """
    by_token: dict[int, Title] = {}
    for person in people:
        person.mentions.sort(key=lambda span: span.start)
        for span in person.mentions:
            title = find_title(doc, span)
            if title is not None:
                by_token[span.root.i] = title
    for person in people:
        for span in person.mentions:
            root = span.root
            if root.i in by_token or root.dep_ != "conj":
                continue
            # Up the conjunction chain, and out of an "of <place>" that the parser hung the next name on
            # ("Govs. Chris Christie of New Jersey and John Kasich": Kasich is a conjunct of Jersey).
            first = root.head
            for _ in range(4):
                if first.i in by_token or first.dep_ not in {"conj", "pobj", "prep"} or first.head.i >= first.i:
                    break
                first = first.head
            shared = by_token.get(first.i)
            if shared is not None and shared.plural:
                by_token[root.i] = shared_title(doc, span, shared)
    for person in people:
        person.titles = [by_token[span.root.i] for span in person.mentions if span.root.i in by_token]


def add_titles_by_pronoun(context: DocContext, people: list[Person]) -> None:
    """Titles given in a later sentence through a pronoun: "He currently serves as the British ambassador".

    The title goes to the person who was the subject of the sentence before, else to the person named last
    before it (the usual referent of a sentence-initial "he" or "she" in news prose); a sentence that names
    someone itself is left alone.
    """
    doc, sentences = context.doc, context.sentences
    names = NameIndex(people)
    for number, sentence in enumerate(sentences):
        subject = next((token for token in sentence if token.dep_ in SUBJECT_DEPS), None)
        if number == 0 or subject is None or subject.lower_ not in {"he", "she"} or subject.i - sentence.start > 2:
            continue
        if names.between(sentence.start, sentence.end):
            continue
        title = title_of_predicate(doc, subject.head)
        if title is None:
            continue
        previous = sentences[number - 1]
        subjects = [person for _, is_subject, person in names.between(previous.start, previous.end) if is_subject]
        named_last = names.last_before(sentence.start)
        if subjects:
            subjects[0].titles.append(title)
        elif named_last is not None:
            named_last.titles.append(title)


def add_nominal_mentions(doc: Doc, people: list[Person]) -> None:
    """Add definite descriptions that can only mean one titled person: "The North Korean leader".

    A phrase "the <title>" counts when its words are the person's title as written, or when its head is the
    person's title head and it names the same country, and no other person fits; it must come after the
    person is first named and must not itself be a title set before a name.
    """
    named = {token.i for person in people for span in person.mentions for token in span}
    names = NameIndex(people)
    holders = TitleHolders(people)
    for chunk in noun_chunks(doc):
        if chunk[0].lower_ != "the" or len(chunk) < 2 or chunk.root.tag_ in {"NNS", "NNPS"}:
            continue
        if any(token.i in named for token in chunk) or _precedes_name(doc, chunk, named):
            continue
        words = strip_possessive(text_of(doc)[chunk[1].idx:chunk.end_char]).lower().replace("’", "'")
        head = head_of(words)
        if head is None:
            continue
        fits = holders.fitting(words, head, _country_in(words), before=chunk.start_char)
        end = chunk.start_char + len(strip_possessive(chunk.text))
        if len(fits) == 1:
            fits[0].nominals.append((chunk.start_char, end))
        elif not fits and chunk.root.dep_ in SUBJECT_DEPS and canonical_head(chunk.root) in ROLES.official_heads:
            # "the Vermont senator acknowledged" about a person the article has named but not titled.
            referent = recent_subject(doc, names, chunk)
            title = build_title(doc, chunk, formal_allowed=False)
            if referent is not None and not referent.titles and title is not None:
                referent.titles.append(title)
                holders.add(referent, title)
                referent.nominals.append((chunk.start_char, end))


def recent_subject(doc: Doc, names: NameIndex, chunk: Span) -> Person | None:
    """The person a definite description most likely means: named earlier in its sentence or the one before,
    the subject of a clause first, else the one named last."""
    sentence = chunk.sent
    previous_start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    candidates = names.between(previous_start, chunk.start)
    if not candidates:
        return None
    subjects = [candidate for candidate in candidates if candidate[1]]
    return (subjects or candidates)[-1][2]


def _precedes_name(doc: Doc, chunk: Span, named: set[int]) -> bool:
    following = chunk.end
    while following < len(doc) and doc[following].text in {",", "-"}:
        following += 1
    return following in named or chunk.root.dep_ == "appos" and chunk.root.head.i in named


def _country_in(words: str) -> str | None:
    for size in (3, 2, 1):
        parts = words.split()
        for start in range(len(parts) - size + 1):
            phrase = " ".join(parts[start:start + size])
            if phrase in ROLES.country_adjectives:
                return ROLES.country_adjectives[phrase]
    return None


def to_entity(doc: Doc, person: Person, entity_id: str, countries: list[tuple[int, str]]) -> Entity:
    """Turn an assembled person into the response record; an office without a body gets the article's country."""
    forms = []
    for span in sorted(person.mentions, key=lambda s: s.start_char):
        form = strip_possessive(span.text)
        if form not in forms:
            forms.append(form)
    name = max(forms, key=lambda form: (len(name_key(form).words), len(form), -forms.index(form)))
    aliases = tuple(form for form in forms if form != name)
    title = choose_title(person.titles)
    mentions = {(span.start_char, span.start_char + len(strip_possessive(span.text))) for span in person.mentions}
    mentions.update(person.nominals)
    return Entity(
        id=entity_id,
        type="person",
        name=name,
        aliases=aliases,
        title=title.text if title else None,
        organization=organization_of(doc, person.titles, title, countries),
        is_official=any(title.is_official for title in person.titles),
        former=held_only_in_the_past(person.titles),
        mentions=tuple(sorted(mentions)),
    )


def find_unnamed(doc: Doc, people: list[Person]) -> list[Entity]:
    """Unnamed sources that speak or are cited: "a senior US official said", "according to a spokesman".

    Only phrases that stand as a subject or after "according to" count. A phrase whose title head is that of
    exactly one named person ("The diplomat also mused" in a profile of an ambassador titled "British
    diplomat") is a mention of that person instead, added to their mentions.
    """
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
        if chunk[0].lower_ not in {"a", "an", "the", "one", "two", "several", "some", "senior", "u.s.", "us"} \
                and not any(token.ent_type_ in {"GPE", "NORP", "ORG"} for token in chunk):
            continue
        if any(token.like_num for token in chunk) or _precedes_name(doc, chunk, claimed):
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
            same_head = [person for person in people if any(_same_office(own, title) for own in person.titles)]
            referent = same_head[0] if len(same_head) == 1 else _named_just_before(doc, names, same_head, chunk)
            if referent is None and title.is_official and not same_head and chunk[0].lower_ == "the" and not group:
                # "Plasencia ... The People's Power Minister for Foreign Relations said": a description of an office
                # right after a person the article has not titled is that person's title.
                untitled = [person for person in people if not any(own.is_official for own in person.titles)]
                referent = _named_just_before(doc, names, untitled, chunk)
                if referent is not None:
                    referent.titles.append(title)
            if referent is not None:
                referent.nominals.append((chunk.start_char, chunk.end_char))
                continue
        official = title.is_official if title else False
        if root.lower_ in {"source", "sources", "aide", "aides", "adviser", "advisers", "advisor", "advisors"}:
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
    return entities


def _same_office(one: Title, other: Title) -> bool:
    """Whether two titles name the same kind of office: "foreign minister" and "Minister of Foreign Affairs"."""
    return one.head.split()[-1] == other.head.split()[-1]


def _named_just_before(doc: Doc, names: NameIndex, candidates: list[Person], chunk: Span) -> Person | None:
    """The candidate named last before ``chunk``, if that was in its sentence or the one before."""
    sentence = chunk.sent
    earliest = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    named = [person for _, _, person in names.between(earliest, chunk.start) if person in candidates]
    return named[-1] if named else None


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

