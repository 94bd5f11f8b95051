"""People in an article: every name mention merged into one entity per person, with title and office."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span

from .model import Entity
from .names import NameKey, name_key, part_of_name, same_name, similar_word, strip_possessive
from .titles import (ROLES, Title, build_title, canonical_head, find_title, head_of, is_headline, organization_kind,
                     phrase_of, text_of, title_of_predicate)

_TRIM_LEFT = {"the", "a", "an"}


@dataclass
class Person:
    """A person being assembled: the name mentions found so far and what they say."""

    key: NameKey
    mentions: list[Span] = field(default_factory=list)
    nominals: list[tuple[int, int]] = field(default_factory=list)
    titles: list[Title] = field(default_factory=list)

    @property
    def first(self) -> int:
        return min(span.start_char for span in self.mentions)



def find_people(doc: Doc) -> list[Entity]:
    """Find the people an article names, with their variants, mentions, title, organisation and office.

    Named people come first ("person"), ordered by first mention; then unnamed sources ("a senior US
    official"). Never raises on odd input: a document spaCy could not tag yields no people.
    """
    try:
        names = trim_headline_words(doc, name_mentions(doc))
        people = merge_mentions(names)
        people = [person for person in people if person.mentions]
        assign_titles(doc, people)
        add_titles_by_pronoun(doc, people)
        add_nominal_mentions(doc, people)
        people.sort(key=lambda person: person.first)
        unnamed = find_unnamed(doc, people)
        entities = [to_entity(doc, person, f"person{number}") for number, person in enumerate(people, 1)]
        entities.extend(replace(entity, id=f"person{len(entities) + number}")
                        for number, entity in enumerate(unnamed, 1))
        return entities
    except (ValueError, IndexError, KeyError):  # a detector never takes the page down with it
        return []


def name_mentions(doc: Doc) -> list[Span]:
    """Every stretch of text that names a person: spaCy's PERSON entities, cleaned, plus untagged repeats.

    spaCy misses or mislabels names (a surname tagged ORG, a name left untagged): once a name is known
    from a PERSON entity, its full form and its first and last words are looked for in untagged text too.
    """
    found: list[Span] = []
    ents = list(doc.ents)
    ent_of = {index: ent for ent in ents for index in range(ent.start, ent.end)}
    for ent in ents:
        if ent.label_ == "PERSON" or ent.label_ in _NAME_LIKE_LABELS and _titled_like_a_person(doc, ent):
            span = clean_name(doc, ent)
            if span is not None:
                found.append(span)
    taken = {token.i for span in found for token in span}
    keys = [name_key(span.text) for span in found]
    known_words = {word for key in keys for word in (key.first, key.last) if key}
    known_full = {key.words for key in keys if len(key.words) >= 2}
    known_last = {key.last for key in keys if len(key.words) >= 2}
    for start in range(len(doc)):
        if start in taken or not _could_be_name(doc[start]):
            continue
        # Longest run of capitalised proper-noun tokens starting here.
        end = start
        while end < len(doc) and end - start < 5 and end not in taken and _could_be_name(doc[end]):
            end += 1
        for stop in range(end, start, -1):
            span = doc[start:stop]
            key = name_key(span.text)
            if not key or not _outside_other_entity(span, ent_of):
                continue
            single = len(span) == 1 and len(key.words) == 1 and (span[0].pos_ == "PROPN" or span[0].ent_type_ != "")
            if key.words in known_full or (len(key.words) == 1 and key.words[0] in known_words) or (
                    single and any(similar_word(key.words[0], last) for last in known_last)):
                found.append(span)
                taken.update(range(start, stop))
                break
    return sorted(found, key=lambda span: span.start)


def _could_be_name(token) -> bool:
    """A capitalised word that may be part of a name, whatever tag spaCy gave it ("Trump" is often a verb)."""
    word = _word(token)
    if token.is_upper and len(token.text) > 3:
        return False  # upper-case headings and datelines ("WASHINGTON")
    return (token.text[:1].isupper() and token.is_alpha or token.text in {"-", "Jr.", "Sr."}) \
        and word not in ROLES.abbreviations and word not in ROLES.honorifics and token.pos_ not in _NOT_NAME_POS


# Entity kinds a name repeat may carry when spaCy mislabels it; never dates, numbers or the like ("May").
_NAME_LIKE_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC"}
_NOT_NAME_POS = {"DET", "PRON", "AUX", "ADP", "CCONJ", "SCONJ", "PART", "NUM"}


def _titled_like_a_person(doc: Doc, ent: Span) -> bool:
    """A name spaCy tagged as an organisation or place, told apart by a title it stands beside.

    "Jean-Marc Ayrault, the foreign minister of France" and "the Philippines' president, Rodrigo Duterte"
    come out as ORG; a proper-noun run in apposition with a title head, or right after a formal title
    ("Sen."), is taken as a person.
    """
    if not 2 <= len(ent) <= 4 or not all(token.pos_ == "PROPN" or token.text in {"-", "."} for token in ent):
        return False
    words = [_word(token) for token in ent]
    if any(word in ROLES.not_person_words or word in ROLES.state_org_words or word in ROLES.nonstate_org_words
           or word in ROLES.country_adjectives for word in words):
        return False
    root = ent.root
    if root.dep_ == "appos" and canonical_head(root.head) is not None:
        return True
    if any(child.dep_ == "appos" and canonical_head(child) is not None for child in root.children):
        return True
    before = doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and _word(before) in ROLES.abbreviations and before.head.i in range(ent.start, ent.end)


def _outside_other_entity(span: Span, ent_of: dict[int, Span]) -> bool:
    """A name repeat must not sit inside a longer entity of another kind ("Clinton Foundation")."""
    for token in span:
        ent = ent_of.get(token.i)
        if ent is not None and ent.label_ != "PERSON":
            if ent.label_ not in _NAME_LIKE_LABELS or ent.start < span.start or ent.end > span.end:
                return False
    return True


def clean_name(doc: Doc, ent: Span) -> Span | None:
    """Trim a PERSON entity to the name itself, or reject it when it is clearly not a person.

    Titles and honorifics inside the entity ("President Obama", "Mr. Trump") and a trailing possessive go;
    entities naming laws, places or countries ("Obamacare", "Russian") are dropped.
    """
    start, end = ent.start, ent.end
    while start < end and (_word(doc[start]) in ROLES.honorifics or _word(doc[start]) in ROLES.abbreviations
                           or _word(doc[start]) in ROLES.heads or _word(doc[start]) in _TRIM_LEFT
                           or _word(doc[start]) in ROLES.title_modifiers):
        start += 1
    for index in range(start + 1, end):
        # A possessive or a quote mark inside the entity ends the name ("Obama’s ‘pivot").
        if _word(doc[index]) in {"'s", "'"} or doc[index].is_quote or doc[index].text in {"(", ")", ",", ";", ":"}:
            end = index
            break
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text != "." or _word(doc[end - 1]) in {"'s", "'"}):
        end -= 1
    if start >= end:
        return None
    if any(_word(doc[index]) in ROLES.headline_words for index in range(start, end)):
        return None  # a headline read as a name: "Obama To Asians Worried"
    if sum(character.isalpha() for character in doc[start:end].text) > 3 and doc[start:end].text.isupper():
        return None  # an upper-case heading: "WASSERMAN SCHULTZ RESIGNS"
    span = doc[start:end]
    text = strip_possessive(span.text)
    if len(text) != len(span.text):
        span = doc.char_span(span.start_char, span.start_char + len(text), alignment_mode="contract")
        if span is None or len(span) == 0:
            return None
    words = [_word(token) for token in span]
    lowered = " ".join(words)
    if len(span) == 1 and (lowered + "." in ROLES.abbreviations or lowered in ROLES.abbreviations):
        return None  # an abbreviated title split from its period: "Govs"
    if (lowered in ROLES.country_adjectives or lowered in ROLES.countries or lowered in ROLES.party_adjectives
            or lowered in ROLES.not_person_words or words[-1] in ROLES.not_person_words
            or any(character.isdigit() for character in span.text)
            or not span.text[:1].isupper() or len(span) > 6
            or not name_key(span.text)):
        return None
    return span


def _word(token) -> str:
    return token.text.lower().replace("’", "'")


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
    for span in singles:
        key = name_key(span.text)
        candidates = [p for p in people if len(p.key.words) >= 2 and part_of_name(key, p.key)]
        if not candidates:
            candidates = [p for p in people if p.key.words == key.words and p.key.suffix == key.suffix]
        if not candidates:
            candidates = [p for p in people if len(p.key.words) >= 2 and part_of_name(key, p.key, fuzzy=True)]
        if not candidates:
            people.append(Person(key, [span]))
            continue
        chosen = most_salient(candidates, span.start_char)
        chosen.mentions.append(span)
    return people


def most_salient(candidates: list[Person], position: int) -> Person:
    """The person a one-word form most likely means: named most often so far, then most recently, else first.

    In a profile of Ted Cruz that names his wife Heidi Cruz once, a later "Cruz" is still Ted.
    """
    def standing(person: Person) -> tuple[int, int, int]:
        before = [span.start_char for span in person.mentions if span.start_char < position]
        return len(before), max(before, default=-1), -person.first

    return max(candidates, key=standing)


def trim_headline_words(doc: Doc, mentions: list[Span]) -> list[Span]:
    """Cut words that are not part of a name known from the body: "Rip Donald Trump" → "Donald Trump".

    spaCy reads title-case headlines as names ("Clinton Breaks With Obama"). A mention in such a line, or one
    that ends in a full name known from elsewhere, is cut down to the longest stretch that is a known full
    name or a known first or last name; a headline mention that matches nothing known is kept as it is.
    """
    text = text_of(doc)
    keys = [name_key(span.text) for span in mentions]
    full = {key.words for key in keys if len(key.words) >= 2}
    body = [key for span, key in zip(mentions, keys) if key and not is_headline(text, span.start_char)]
    known_parts = {word for key in body if len(key.words) >= 2 for word in (key.first, key.last)}
    trimmed = []
    for span, key in zip(mentions, keys):
        in_headline = is_headline(text, span.start_char)
        others = full - {key.words}
        best = None
        for size in range(len(span) - 1, 0, -1):
            for start in range(0, len(span) - size + 1):
                if not in_headline and start + size != len(span):
                    continue  # in body text only leading words are cut
                part = span[start:start + size]
                words = name_key(part.text).words
                if len(words) >= 2 and words in others or in_headline and len(words) == 1 and words[0] in known_parts:
                    best = part
                    break
            if best is not None:
                break
        if best is not None and not (in_headline and key.words in {body_key.words for body_key in body}):
            span = best
        trimmed.append(span)
    return trimmed


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
            first = root.head
            while first.dep_ == "conj" and first.head.i < first.i and first.i not in by_token:
                first = first.head
            shared = by_token.get(first.i)
            if shared is not None and shared.plural:
                by_token[root.i] = shared
    for person in people:
        person.titles = [by_token[span.root.i] for span in person.mentions if span.root.i in by_token]


def add_titles_by_pronoun(doc: Doc, people: list[Person]) -> None:
    """Titles given in a later sentence through a pronoun: "He currently serves as the British ambassador".

    The title goes to the person who was the subject of the sentence before, else to the person named last
    before it (the usual referent of a sentence-initial "he" or "she" in news prose); a sentence that names
    someone itself is left alone.
    """
    sentences = list(doc.sents)
    for number, sentence in enumerate(sentences):
        subject = next((token for token in sentence if token.dep_ in {"nsubj", "nsubjpass"}), None)
        if number == 0 or subject is None or subject.lower_ not in {"he", "she"} or subject.i - sentence.start > 2:
            continue
        if any(sentence.start <= span.start < sentence.end for person in people for span in person.mentions):
            continue
        title = title_of_predicate(doc, subject.head)
        if title is None:
            continue
        previous = sentences[number - 1]
        named = [(span.start, person) for person in people for span in person.mentions
                 if span.start < sentence.start]
        subjects = [person for person in people for span in person.mentions
                    if previous.start <= span.start < previous.end and span.root.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            subjects[0].titles.append(title)
        elif named:
            max(named, key=lambda pair: pair[0])[1].titles.append(title)


def add_nominal_mentions(doc: Doc, people: list[Person]) -> None:
    """Add definite descriptions that can only mean one titled person: "The North Korean leader".

    A phrase "the <title>" counts when its words are the person's title as written, or when its head is the
    person's title head and it names the same country, and no other person fits; it must come after the
    person is first named and must not itself be a title set before a name.
    """
    named = {token.i for person in people for span in person.mentions for token in span}
    for chunk in doc.noun_chunks:
        if chunk[0].lower_ != "the" or len(chunk) < 2 or chunk.root.tag_ in {"NNS", "NNPS"}:
            continue
        if any(token.i in named for token in chunk) or _precedes_name(doc, chunk, named):
            continue
        words = strip_possessive(text_of(doc)[chunk[1].idx:chunk.end_char]).lower().replace("’", "'")
        head = head_of(words)
        if head is None:
            continue
        country = _country_in(words)
        fits = []
        for person in people:
            if person.first >= chunk.start_char:
                continue
            for title in person.titles:
                if title.text.lower() == words or (
                        title.head == head and country is not None
                        and (title.organization or "").lower() == country.lower()):
                    fits.append(person)
                    break
        end = chunk.start_char + len(strip_possessive(chunk.text))
        if len(fits) == 1:
            fits[0].nominals.append((chunk.start_char, end))
        elif not fits and chunk.root.dep_ in {"nsubj", "nsubjpass"} and canonical_head(chunk.root) in ROLES.official_heads:
            # "the Vermont senator acknowledged" about a person the article has named but not titled.
            referent = recent_subject(doc, people, chunk)
            title = build_title(doc, chunk, formal_allowed=False)
            if referent is not None and not referent.titles and title is not None:
                referent.titles.append(title)
                referent.nominals.append((chunk.start_char, end))


def recent_subject(doc: Doc, people: list[Person], chunk: Span) -> Person | None:
    """The person a definite description most likely means: named earlier in its sentence or the one before,
    the subject of a clause first, else the one named last."""
    sentence = chunk.sent
    previous_start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    candidates = [(span.start, span.root.dep_ in {"nsubj", "nsubjpass"}, person)
                  for person in people for span in person.mentions if previous_start <= span.start < chunk.start]
    if not candidates:
        return None
    subjects = [candidate for candidate in candidates if candidate[1]]
    return max(subjects or candidates, key=lambda candidate: candidate[0])[2]


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


def to_entity(doc: Doc, person: Person, entity_id: str) -> Entity:
    """Turn an assembled person into the response record."""
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
        organization=_organization(person.titles, title),
        is_official=holds_office(person.titles),
        mentions=tuple(sorted(mentions)),
    )


def holds_office(titles: list[Title]) -> bool:
    """Whether any title is a current office, not counting one the article elsewhere calls former.

    "Secretary Clinton" in a quote and "former Secretary of State Hillary Clinton" in the text: the bare
    title is a courtesy for a past office.
    """
    past = {title.head.split()[0] for title in titles if not title.is_official
            and any(mark in title.text.lower().split() for mark in ("former", "ex", "retired", "onetime"))}
    return any(title.is_official and title.head.split()[0] not in past for title in titles)


def choose_title(titles: list[Title]) -> Title | None:
    """The first official title the article gives, a specific office before a generic one ("ambassador"
    before "diplomat"); else the first title of any kind."""
    official = [title for title in titles if title.is_official]
    if official:
        return min(official, key=lambda title: (title.head in ROLES.generic_official_heads, titles.index(title)))
    return titles[0] if titles else None


def _organization(titles: list[Title], chosen: Title | None) -> str | None:
    """The chosen title's organisation, else one from another of the person's titles of the same head."""
    if chosen is None:
        return None
    if chosen.organization:
        return chosen.organization
    for title in titles:
        if title.organization and title.head == chosen.head and organization_kind(title.organization) != "nonstate":
            return title.organization
    return None


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
    entities: list[Entity] = []
    by_wording: dict[str, int] = {}
    for chunk in doc.noun_chunks:
        root = chunk.root
        if root.lower_ not in ROLES.anonymous_source_heads or any(token.i in claimed for token in chunk):
            continue
        if not (root.dep_ in {"nsubj", "nsubjpass"} or root.dep_ == "pobj" and root.head.lower_ == "to"
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
        title = find_title_for_phrase(doc, chunk)
        if title is not None and chunk[0].lower_ not in {"a", "an", "one", "another"}:
            # "the senator" is the senator the article names ("a spokesman" brings in someone new): the only
            # one with that title, or, among several, the one named within the last two sentences.
            same_head = [person for person in people if any(own.head == title.head for own in person.titles)]
            referent = same_head[0] if len(same_head) == 1 else _named_just_before(doc, same_head, chunk)
            if referent is not None:
                referent.nominals.append((chunk.start_char, chunk.end_char))
                continue
        official = title.is_official if title else False
        if root.lower_ in {"source", "sources", "aide", "aides", "adviser", "advisers", "advisor", "advisors"}:
            official = official and any(word in ROLES.anonymous_source_qualifiers for word in words)
        reuse = _same_unnamed(words, by_wording)
        if reuse is not None:
            index = reuse
            old = entities[index]
            entities[index] = Entity(old.id, old.type, old.name, old.aliases, old.title, old.organization,
                                     old.is_official, tuple(sorted({*old.mentions, (chunk.start_char, chunk.end_char)})))
            continue
        entity = Entity(
            id="",
            type="unnamed",
            name=wording,
            title=title.text if title else None,
            organization=title.organization if title else None,
            is_official=official,
            mentions=((phrase.start_char, phrase.end_char),),
        )
        by_wording[" ".join(word for word in words if word not in _TRIM_LEFT)] = len(entities)
        entities.append(entity)
    return entities


def _named_just_before(doc: Doc, candidates: list[Person], chunk: Span) -> Person | None:
    """The candidate named last before ``chunk``, if that was in its sentence or the one before."""
    sentence = chunk.sent
    earliest = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    named = [(span.start, person) for person in candidates for span in person.mentions
             if earliest <= span.start < chunk.start]
    return max(named, key=lambda pair: pair[0])[1] if named else None


def _same_unnamed(words: list[str], by_wording: dict[str, int]) -> int | None:
    """'The official' after 'a senior US official' is that official again; a repeated wording is too."""
    core = " ".join(word for word in words if word not in _TRIM_LEFT)
    if core in by_wording:
        return by_wording[core]
    if words[0] == "the" and len(words) == 2:
        matches = [index for wording, index in by_wording.items() if wording.split()[-1] == words[-1]]
        if len(matches) == 1:
            return matches[0]
    return None


def find_title_for_phrase(doc: Doc, chunk: Span) -> Title | None:
    """Read an unnamed source's own phrase as a title ("a senior US official" → official, United States)."""
    return build_title(doc, chunk, formal_allowed=False)
