"""People in an article: every name mention merged into one entity per person, with title and office."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import defaultdict
from dataclasses import replace

from spacy.tokens import Doc, Span

from quotelens.context import DocContext
from quotelens.findings.people.assembly import (NameIndex, Person, TitleHolders, attributive, precedes_name,
                                                reports_on, with_additions)
from quotelens.findings.country_forms import as_written
from quotelens.findings.people.bracketed_names import written_name
from quotelens.findings.people.enumerations import add_listed_members
from quotelens.findings.people.heads import heads_as_officials
from quotelens.findings.people.ledes import add_lede_offices
from quotelens.findings.people.known_names import (KnownNames, full_name_lookups, full_name_probes, one_word_lookups,
                                                   one_word_probes)
from quotelens.findings.people.name_keys import NameKey, name_key, part_of_name, same_name, strip_possessive
from quotelens.findings.people.offices import choose_title, held_only_in_the_past, organization_of, without_short_forms
from quotelens.findings.people.places import Places, country_in_words, places_of
from quotelens.findings.people.shared_states import with_shared_state
from quotelens.findings.people.plural_titles import titles_of_listed_names
from quotelens.findings.people.posts import add_governments_led, add_possessed_posts
from quotelens.findings.people.predicates import title_of_predicate
from quotelens.findings.people.statesmen import state_served
from quotelens.findings.people.title_phrases import find_title, shared_title
from quotelens.findings.people.titles import ROLES, Title, build_title, canonical_head, head_of
from quotelens.findings.people.unnamed import find_unnamed
from quotelens.language.chunks import noun_chunks
from quotelens.language.syntax import SUBJECT_DEPS, text_of
from quotelens.language.tree import children
from quotelens.model import Entity



def find_people(context: DocContext) -> list[Entity]:
    """Find the people an article names, with their variants, mentions, title, organisation and office.

    Named people come first ("person"), ordered by first mention; then unnamed sources ("a senior US
    official").
    """
    doc = context.doc
    people = merge_mentions(context.name_mentions)
    people = assign_titles(doc, people)
    people = add_titles_by_pronoun(context, people)
    people = add_possessed_posts(doc, people)
    people = add_nominal_mentions(doc, people)
    people = add_lede_offices(doc, context.sentences, people)
    people = add_listed_members(doc, context.sentences, people)
    people = sorted(people, key=lambda person: person.first)
    people, unnamed = find_unnamed(doc, people)
    people = add_governments_led(doc, people)
    places = places_of(context)
    entities = [to_entity(doc, person, f"person{number}", places) for number, person in enumerate(people, 1)]
    entities = with_shared_state(heads_as_officials(context, entities))
    entities.extend(replace(entity, id=f"person{len(entities) + number}")
                    for number, entity in enumerate(unnamed, 1))
    return entities


def merge_mentions(mentions: tuple[Span, ...]) -> list[Person]:
    """Group name mentions into people.

    Full names (two words or more) are grouped first, variants together ("Kim Jong Un" / "Kim Jong-un",
    "Hillary Clinton" / "Hillary Rodham Clinton"), suffixes apart ("Donald Trump" / "Donald Trump Jr.").
    Then each one-word mention ("Putin", "Kim") joins the person it can stand for; when several can
    ("Clinton" with Bill and Hillary both named), the most salient one (see ``most_salient``).
    """
    keys: list[NameKey] = []  # one per person, the longest full name so far
    groups: list[list[Span]] = []  # each person's mentions, in the same order
    singles: list[Span] = []
    full_names = KnownNames()  # each person compared only with names sharing the words a match needs
    for span in mentions:
        key = name_key(span.text)
        if len(key.words) < 2:
            singles.append(span)
            continue
        found = next((index for index in full_names.find(full_name_probes(key)) if same_name(keys[index], key)
                      or prefix_of(key, keys[index]) or prefix_of(keys[index], key)), None)
        if found is None:
            found = len(keys)
            keys.append(key)
            groups.append([span])
        else:
            groups[found].append(span)
            if len(key.words) <= len(keys[found].words):
                continue
            keys[found] = key
        full_names.file(found, full_name_lookups(key))
    starts = [sorted(span.start_char for span in group) for group in groups]
    known = KnownNames()
    for index, key in enumerate(keys):
        known.file(index, one_word_lookups(key))
    for span in singles:
        key = name_key(span.text)
        as_part, as_own, as_variant = one_word_probes(key)
        candidates = [index for index in known.find(as_part) if len(keys[index].words) >= 2
                      and part_of_name(key, keys[index])]
        if not candidates:
            candidates = [index for index in known.find(as_own)
                          if keys[index].words == key.words and keys[index].suffix == key.suffix]
        if not candidates:
            candidates = [index for index in known.find(as_variant)
                          if len(keys[index].words) >= 2 and part_of_name(key, keys[index], fuzzy=True)]
        if not candidates:
            known.file(len(keys), one_word_lookups(key))
            keys.append(key)
            groups.append([span])
            starts.append([span.start_char])
            continue
        chosen = most_salient(candidates, span.start_char, starts)
        groups[chosen].append(span)
        insort(starts[chosen], span.start_char)
    return [Person(key, tuple(group)) for key, group in zip(keys, groups)]


def most_salient(candidates: list[int], position: int, starts: list[list[int]]) -> int:
    """The person a one-word form most likely means: named most often so far, then most recently, else first.

    In a profile of Ted Cruz that names his wife Heidi Cruz once, a later "Cruz" is still Ted. Candidates are
    positions in ``starts``, which holds each person's mention offsets, sorted.
    """
    def standing(person: int) -> tuple[int, int, int]:
        own = starts[person]
        count = bisect_left(own, position)
        return count, own[count - 1] if count else -1, -own[0]

    return max(candidates, key=standing)


def prefix_of(short: NameKey, long: NameKey) -> bool:
    """A truncated full name ("Kim Jong" for "Kim Jong Un"): at least two words, same suffix."""
    return (len(short.words) >= 2 and short.suffix == long.suffix and len(long.words) > len(short.words)
            and long.words[:len(short.words)] == short.words)


def assign_titles(doc: Doc, people: list[Person]) -> list[Person]:
    """Give each person the titles the text attaches to their name mentions, in order of mention.

    A name joined to a titled name under a plural title shares it: "Senators Charles E. Grassley ... and
    Patrick J. Leahy", "two Vermont developers, Ariel Quiros and William Stenger"; a list after a plural office
    gives each name its singular and the place beside it (plural_titles).
    """
    people = [replace(person, mentions=tuple(sorted(person.mentions, key=lambda span: span.start)))
              for person in people]
    by_token: dict[int, Title] = {}
    # Every word of a titled name holds its title: a conjunct may hang on any of them ("ministers Itamar Ben-Gvir and
    # Bezalel Smotrich", with Smotrich a conjunct of "Gvir" and the mention rooted at "Ben").
    in_titled: dict[int, Title] = {}
    mentions = [span for person in people for span in person.mentions]
    found = {span.start: find_title(doc, span) for span in mentions}
    found.update(titles_of_listed_names(doc, mentions, found))
    for person in people:
        for span in person.mentions:
            if (title := found[span.start]) is not None:
                by_token[span.root.i] = title
                in_titled.update((token.i, title) for token in span)
    for person in people:
        for span in person.mentions:
            root = span.root
            if root.i in by_token or root.dep_ != "conj":
                continue
            # Up the conjunction chain, and out of an "of <place>" that the parser hung the next name on
            # ("Govs. Chris Christie of New Jersey and John Kasich": Kasich is a conjunct of Jersey).
            first = root.head
            for _ in range(4):
                if first.i in in_titled or first.dep_ not in {"conj", "pobj", "prep"} or first.head.i >= first.i:
                    break
                first = first.head
            shared = in_titled.get(first.i)
            if shared is not None and shared.plural:
                by_token[root.i] = shared_title(doc, span, shared)
    return [replace(person, titles=tuple(by_token[span.root.i] for span in person.mentions if span.root.i in by_token))
            for person in people]


def add_titles_by_pronoun(context: DocContext, people: list[Person]) -> list[Person]:
    """Titles given in a later sentence through a pronoun: "He currently serves as the British ambassador".

    The title goes to the person who was the subject of the sentence before, else to the person named last
    before it (the usual referent of a sentence-initial "he" or "she" in news prose); a sentence that names
    someone itself is left alone.
    """
    doc, sentences = context.doc, context.sentences
    names = NameIndex(people)
    titles: dict[int, list[Title]] = defaultdict(list)
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
        referent = subjects[0] if subjects else named_last
        if referent is not None:
            titles[id(referent)].append(title)
    return with_additions(people, titles, {})


def add_nominal_mentions(doc: Doc, people: list[Person]) -> list[Person]:
    """Add definite descriptions that can only mean one titled person: "The North Korean leader".

    A phrase "the <title>" counts when its words are the person's title as written, or when its head is the
    person's title head and it names the same country, and no other person fits; it must come after the
    person is first named and must not itself be a title set before a name.
    """
    named = {token.i for person in people for span in person.mentions for token in span}
    names = NameIndex(people)
    holders = TitleHolders(people)
    titles: dict[int, list[Title]] = defaultdict(list)
    nominals: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for chunk in noun_chunks(doc):
        if chunk[0].lower_ != "the" or len(chunk) < 2 or chunk.root.tag_ in {"NNS", "NNPS"}:
            continue
        if any(token.i in named for token in chunk) or precedes_name(doc, chunk, named):
            continue
        words = strip_possessive(text_of(doc)[chunk[1].idx:chunk.end_char]).lower().replace("’", "'")
        head = head_of(words)
        if head is None:
            continue
        # "the minister" alone, after one minister is named, is that minister; "the president of Mexico" is not bare.
        bare = words == head and not children(chunk.root, "prep")
        fits = holders.fitting(words, head, country_in_words(words), before=chunk.start_char, bare=bare)
        end = chunk.start_char + len(strip_possessive(chunk.text))
        if len(fits) == 1:
            nominals[id(fits[0])].append((chunk.start_char, end))
        elif not fits and chunk.root.dep_ in SUBJECT_DEPS and canonical_head(chunk.root) in ROLES.official_heads:
            # "the Vermont senator acknowledged" about a person the article has named but not titled.
            # "his counterpart in Abu Dhabi" names no office: its holder counts as untitled.
            referent = recent_subject(doc, names, chunk, untitled=lambda person: id(person) not in titles and all(
                title.head in ROLES.relational_heads for title in person.titles))
            title = build_title(doc, chunk, formal_allowed=False)
            if referent is not None and title is not None:
                titles[id(referent)].append(title)
                holders.add(referent, title)
                nominals[id(referent)].append((chunk.start_char, end))
    return with_additions(people, titles, nominals)


def recent_subject(doc: Doc, names: NameIndex, chunk: Span, untitled) -> Person | None:
    """The untitled person a definite description most likely means: named earlier in its sentence or the one
    before, the subject of a clause first, else the one named last ("Sa'ar visited Abu Dhabi, meeting Sheikh
    Abdullah. The UAE's Foreign Minister said": Sa'ar has a title of his own, so the description is Abdullah's)."""
    sentence = chunk.sent
    previous_start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    named = names.between(previous_start, chunk.start)
    reporting = {id(person) for start, _, person in named if reports_on(doc[start], chunk.root)}
    candidates = [candidate for candidate in named if untitled(candidate[2]) and not attributive(doc[candidate[0]])
                  and id(candidate[2]) not in reporting]
    if not candidates:
        return None
    subjects = [candidate for candidate in candidates if candidate[1]]
    return (subjects or candidates)[-1][2]


def to_entity(doc: Doc, person: Person, entity_id: str, places: Places) -> Entity:
    """Turn an assembled person into the response record; an office without a body gets the article's country."""
    forms = []
    for span in sorted(person.mentions, key=lambda s: s.start_char):
        form = written_name(strip_possessive(span.text))
        if form not in forms:
            forms.append(form)
    name = max(forms, key=lambda form: (len(name_key(form).words), len(form), -forms.index(form)))
    aliases = tuple(form for form in forms if form != name)
    titles = without_short_forms(list(person.titles))
    written = [title for title in titles if not title.implied]
    # An office the text implies ("the Trump administration") counts only for someone it gives no office in words.
    offices = written if any(title.is_official for title in written) else titles
    title = choose_title(written)
    mentions = {(span.start_char, span.start_char + len(strip_possessive(span.text))) for span in person.mentions}
    mentions.update(person.nominals)
    former = held_only_in_the_past(offices, [title for title in person.titles if title.implied])
    served = state_served((name, *aliases))
    return Entity(
        id=entity_id,
        type="person",
        name=name,
        aliases=aliases,
        title=title.text if title else None,
        organization=as_written(doc.text, organization_of(  # S74: the article's form of a country's name
            doc, written, title, places, sorted(start for start, _ in person.nominals), served)),
        is_official=any(title.is_official for title in offices),
        former=former,
        mentions=tuple(sorted(mentions)),
    )
