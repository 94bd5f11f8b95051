"""The country an article ties to an office it names without one: "President Abdel Fattah Al-Sisi has said that Egypt
seeks ...", the nearest country the sentence names as an owner or actor, outside quotation marks (courts and regions,
for judges and governors, are in jurisdictions.py).

The article's most-named country as a fallback helped only the tune half and moved sanction authorities on the
PolNeAR set the wrong way (docs/benchmarks.md); what is left for an office with no country in its sentences is the one
government the article names, else the one country its opening sentence names, as its actor or owner."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotelens.context import DocContext
from quotelens.findings.people.acted_on import (ACTOR_DEPS, AGENT_LINKS, HOLDER_DEPS, OWNER_DEPS, acts_on,
                                                holder_acts_on, names_source, posted_to)
from quotelens.findings.people.authors import MEASURE_NOUNS, MEASURE_VERBS as _MEASURE_VERBS, measure_authors
from quotelens.findings.datelines import DATELINE_WORDS, closes_dateline
from quotelens.findings.people.homes import home_state
from quotelens.findings.people.jurisdictions import courts_named, regions_named
from quotelens.findings.people.ledes import opening_number
from quotelens.findings.people.name_keys import strip_possessive
from quotelens.findings.people.roles import ROLES
from quotelens.findings.people.titles import canonical_head
from quotelens.findings.quotes.marks import inside_spans
from quotelens.findings.states import capitals, countries
from quotelens.language.entities import entity_of, named_entities
from quotelens.language.syntax import word_of
from quotelens.language.tree import children
from quotelens.language.vocabulary import word_list

_PLACE_LABELS = {"GPE", "NORP"}
_BODY_LABELS = {"ORG", "FAC"}
# Words that only fill out a field's name: "Foreign Affairs", "Foreign Relations" are the "foreign" field.
_FIELD_FILLERS = {"affairs", "relations"}
# A country the text ties to what is around it: (character offset, country, rank, field), see countries_named.
Tied = tuple[int, str, int, frozenset[str]]
# Nouns for a country's government as a whole, with the country as owner ("the Malian authorities").
_GOVERNMENT_WORDS = {"government", "authorities", "authority", "junta", "cabinet"}
# Capitals and seats of government that stand for their state ("Moscow warned", "the Kremlin said").
_SEATS = {**capitals(), **word_list("places", "seats_of_government")}
_COUNTRY_ANAPHORS = frozenset(word_list("places", "country_anaphors"))
# Dependencies from a title up to a group it is listed in: its name, the names listed with it, "including" X.
_MEMBER_DEPS = {"compound", "conj", "appos", "pobj", "prep"}


@dataclass(frozen=True)
class Places:
    """What an article ties offices to, read once per article: countries named as owners or actors (see
    countries_named) and courts (courts_named)."""

    countries: list[Tied]
    courts: list[tuple[int, str]]
    government: str | None = None
    regions: tuple[tuple[int, str], ...] = ()
    lede: str | None = None  # for offices after the opening sentence, which the sentence's own reading covers
    opening_end: int = 0
    authors: frozenset[str] = frozenset()  # countries named as the author of a measure (authors.py)
    home: str | None = None  # the dateline's state, confirmed by the article's actors (homes.py)


def places_of(context: DocContext) -> Places:
    countries = countries_named(context)
    government = government_named(context.doc)
    authors = measure_authors(context.doc, country_named)
    if government in authors:
        government = None  # "the United States government announced a new Zimbabwe sanctions regime"
    # Only when no other country acts or owns anything in the article: a US paper on Myanmar's government still
    # has "President Obama" as the United States'.
    if any(country != government and rank == 0 for _, country, rank, _ in countries):
        government = None
    opening = _opening(context)
    return Places(countries, courts_named(context.doc, context.quoted_spans), government, regions_named(context.doc),
                  lede_country(context, opening, countries), opening.end_char if opening is not None else 0, authors,
                  home_state(context.doc, countries, authors))


def _opening(context: DocContext) -> Span | None:
    """The article's opening sentence, past a dateline the parser made a sentence of its own (ledes.py)."""
    number = opening_number(context.sentences)
    return context.sentences[number] if number is not None else None


def _dateline_end(sentence: Span) -> int:
    """Where a dateline heading the opening ends ("SYDNEY - Australia on Wednesday said", "REPUBLIKA.CO.ID, JAKARTA
    -- Indonesia's Trade Ministry"): the place of writing, no second country in the story; else the sentence's
    start. A dateline is closed by a spaced dash or a colon within its first words."""
    for token in sentence[:DATELINE_WORDS]:
        if closes_dateline(token):
            return token.idx
    return sentence.start_char


def lede_country(context: DocContext, opening: Span | None, countries: list[Tied]) -> str | None:
    """The one country the article's opening sentence names, as an actor or owner ("MANILA - The Philippines is
    lodging a diplomatic protest against China ..." names China too, so none; "The African Union has suspended Mali's
    membership" names Mali): the story's own country, the likeliest owner of an office the article ties to no other.
    None when the opening names several countries or none."""
    if opening is None:
        return None
    found = {country for offset, country, rank, _ in countries[:bisect_left(countries, (opening.end_char, ""))]
             if rank == 0}
    # An opening that names a second country ("Japan and South Korea agreed", "the sanctions introduced by the New
    # Zealand Government", "Nicaraguan officials") is about two states: its offices may be either's.
    named, dateline = set(), _dateline_end(opening)
    for ent in named_entities(context.doc):  # in text order: only the opening's are read
        if ent.start_char >= opening.end_char:
            break
        if ent.label_ in _PLACE_LABELS and ent.start_char >= dateline:
            named.add(country_named(ent) or ent.text)
    if len(found) != 1 or not named <= found:
        return None
    lede = next(iter(found))
    # As for the government: not when another country acts or owns anything later in the article ("The Myanmar
    # government hailed the vote. ... President Obama has come twice. The United States says ...").
    return None if any(country != lede and rank == 0 for _, country, rank, _ in countries) else lede


def government_named(doc: Doc) -> str | None:
    """The one country whose government the article names ("the Ghanaian government", "the government of Mali",
    "the Malian authorities"), or None when it names none or several: an office the article ties to no country
    in words is most likely that government's."""
    found = set()
    for ent in named_entities(doc):
        if ent.label_ not in _PLACE_LABELS:
            continue
        root, head = ent.root, ent.root.head
        if root.dep_ == "pobj" and head.lower_ == "of":
            head = head.head
        elif root.dep_ not in {"amod", "compound", "poss", "nmod"}:
            continue
        if head.lemma_.lower() in _GOVERNMENT_WORDS and (country := country_named(ent)) is not None:
            found.add(country)
    return next(iter(found)) if len(found) == 1 else None


def country_named(ent: Span) -> str | None:
    """The country an entity names ("Zimbabwe’s", "Egyptian", "the United States"), or None."""
    text = word_of(strip_possessive(ent.text))
    text = text[4:] if text.startswith("the ") else text
    return ROLES.country_adjectives.get(text) or countries().get(text)


def country_in_words(words: str) -> str | None:
    """The country the longest country word or phrase in ``words`` names ("new zealand foreign minister"), or None."""
    parts = words.split()
    for size in (3, 2, 1):
        for start in range(len(parts) - size + 1):
            if (phrase := " ".join(parts[start:start + size])) in ROLES.country_adjectives:
                return ROLES.country_adjectives[phrase]
    return None


def countries_named(context: DocContext) -> list[Tied]:
    """The countries the document names as an owner or actor, outside quotation marks: "Egypt's position",
    "Egypt seeks", "Cairo is keen", "a statement by the Egyptian Foreign Ministry", as (character offset,
    country, rank, field): rank 0 for an actor, owner or state body's country, 1 for a country modifying a thing
    ("the Sudanese crisis"); the field of a ministry named ({"foreign"} for "the Russian Foreign Ministry"). A
    country acted on ("sanctions on Russia", "talks with China") says nothing about whose office a title is, nor
    does one in another person's title ("former U.S. President Donald Trump", "her Japanese counterpart")."""
    quoted = inside_spans(context.quoted_spans)
    found = []
    for ent in named_entities(context.doc):
        if quoted(ent.start_char):
            continue  # "Russia will not stop," said the minister: a country in a quote is the speaker's subject
        owned = _owned_country(ent)
        if owned is not None:
            found.append((ent.start_char, *owned, office_field(word_of(ent.text).split())))
    return found


def _owned_country(ent: Span) -> tuple[str, int] | None:
    """The country an entity outside quotes ties to what is around it, with its rank (see countries_named)."""
    root, head = ent.root, ent.root.head
    actor = root.dep_ in ACTOR_DEPS
    if ent.label_ not in _PLACE_LABELS and word_of(strip_possessive(root.text)) in countries():
        # spaCy tags some countries a person or a body, or joins a dateline to one ("MONTREAL - Canada will ...",
        # "Niger in July became ..."): a country's name heading the entity is the country.
        country = countries()[word_of(strip_possessive(root.text))]
        return (country, 0 if actor else 1) if root.dep_ in OWNER_DEPS else None
    if ent.label_ in _BODY_LABELS:
        # A body named with its country ("the Egyptian Foreign Ministry") acts for it as subject, owner or agent.
        country = _country_inside(ent)
        if root.dep_ == "compound" and canonical_head(head) is not None:
            return None  # "White House spokesperson Sarah Sanders said ...": another person's title
        agent = root.dep_ == "pobj" and head.lower_ in AGENT_LINKS
        return (country, 0) if country is not None and (actor or agent or root.dep_ in OWNER_DEPS) else None
    if ent.label_ not in _PLACE_LABELS or root.dep_ not in OWNER_DEPS or head.lower_ in MEASURE_NOUNS:
        return None
    country = country_named(ent)
    if country is None and actor:
        country = _SEATS.get(word_of(strip_possessive(ent.text)).removeprefix("the "))  # "Cairo is keen"
    if country is None or not actor and canonical_head(head) is not None:
        return None
    body = word_of(head.text) in ROLES.state_org_words or head.lemma_.lower() in ROLES.government_nouns
    return country, 0 if actor or body else 1


def _country_inside(ent: Span) -> str | None:
    """The country a body's name holds ("the Egyptian Foreign Ministry"), or that the body stands for ("the
    Kremlin"); None for a body that is no state's ("the Russian Orthodox Church" has no state word)."""
    text = word_of(strip_possessive(ent.text)).removeprefix("the ")
    if text in _SEATS:
        return _SEATS[text]
    words = text.split()
    if not any(word in ROLES.state_org_words for word in words):
        return None
    # A country of several words first: "the New Zealand Government", "the South African Foreign Ministry".
    phrases = (" ".join(words[start:start + size]) for size in (3, 2, 1) for start in range(len(words) - size + 1))
    return next((ROLES.country_adjectives[phrase] for phrase in phrases if phrase in ROLES.country_adjectives), None)


def country_before(doc: Doc, title_start: int, title_end: int, countries: list[Tied],
                   excluded: frozenset[str] = frozenset()) -> str | None:
    """For an office owned by "the country's" or "the nation's", the country named last before it, outside
    quotes, other than the ``excluded`` (states acting on the holder), an actor or owner in the title's sentence
    before one that only modifies a thing ("The Maldives faced pressure over its ban on Israeli passports, says
    Abdulla Khaleel, the country's foreign minister": the Maldives'); None for any other office. Read back from
    the title's place in ``countries``, so an article naming many countries is not filtered once per office."""
    span = doc.char_span(title_start, title_end, alignment_mode="expand")
    if span is None or not any(token.dep_ == "poss" and token.lower_ in _COUNTRY_ANAPHORS for token in span):
        return None
    before = [tied for tied in countries[:bisect_left(countries, (title_start, ""))] if tied[1] not in excluded]
    actors = [tied for tied in before if tied[0] >= span.sent.start_char and tied[2] == 0]
    return (actors or before or [(0, None)])[-1][1]


def office_field(words: list[str]) -> frozenset[str]:
    """The field of an office or ministry in its lower-case words: {"foreign"} for "Deputy Foreign Minister" and
    for "Ministry of Foreign Affairs"."""
    return frozenset(word for word in words if word in ROLES.portfolio_words) - _FIELD_FILLERS


def country_for(doc: Doc, position: int, countries: list[Tied], field: frozenset[str] = frozenset(),
                authors: frozenset[str] = frozenset()) -> str | None:
    """The country an office written at character ``position`` (its title) most likely belongs to: in its
    sentence, a ministry of the office's ``field`` first ("The Russian Foreign Ministry condemned Washington's
    sanctions, Deputy Foreign Minister Sergei Ryabkov said"), then an actor or owner, then the nearest. A country
    the article names as a measure's author (``authors``) acting in the sentence owns no office whose holder is
    not the subject: "the U.S. has imposed sanctions on Suleyman Soylu, the interior minister"."""
    token = doc.char_span(position, position + 1, alignment_mode="expand")
    if token is None:
        return None
    if (group := group_country(token.root)) is not None:
        return group
    sentence = token.sent  # countries are in text order: only the sentence's stretch of them is read
    first = bisect_left(countries, (sentence.start_char, ""))
    last = bisect_left(countries, (sentence.end_char, ""))
    subject = _holder_is_subject(token.root)
    near = [(-1 if field & named else rank, abs(offset - position), country)
            for offset, country, rank, named in countries[first:last]
            if not acts_on(doc, offset, token.root) and not holder_acts_on(doc, offset, token.root)
            and not posted_to(doc, offset)
            and (subject or rank > 0 or country not in authors)]
    return min(near)[2] if near else None


def acting_on_holder(doc: Doc, position: int, countries: list[Tied]) -> frozenset[str]:
    """The countries the sentence of an office written at character ``position`` names as acting on its holder
    with a measure ("Government has slammed the United States government for placing State Security Minister Owen
    Ncube on the sanctions list"): no article-wide fallback may make the office theirs either. A sentence naming
    no measure, noun or verb ("sanctioned", "designated"), is left alone: "the Zimbabwean government ..., keeping
    President Emmerson Mnangagwa in charge"."""
    token = doc.char_span(position, position + 1, alignment_mode="expand")
    if token is None or not any(word.lower_ in MEASURE_NOUNS or word.pos_ == "VERB" and word.lemma_.lower() in
                                _MEASURE_VERBS for word in token.sent):
        return frozenset()
    sentence = token.sent
    first = bisect_left(countries, (sentence.start_char, ""))
    last = bisect_left(countries, (sentence.end_char, ""))
    return frozenset(country for offset, country, _, _ in countries[first:last] if acts_on(doc, offset, token.root))


def _holder_is_subject(title: Token) -> bool:
    """Whether the holder of a title is the subject of its clause ("President Joe Biden imposed ...") or the source
    it is told by ("According to Foreign Minister Yoshimasa Hayashi, Japan will freeze ...")."""
    holder = title
    while holder.dep_ in HOLDER_DEPS and holder.head.i != holder.i:
        holder = holder.head
    return holder.dep_ in {"nsubj", "nsubjpass"} or names_source(holder)


def group_country(title: Token) -> str | None:
    """The country of a group of officials the article lists the title's holder in: "364 Russian officials,
    including President Vladimir Putin, Prime Minister Mikhail Mishustin" → Russia, whoever acts on the group
    ("Russia sanctioned 63 Japanese senior officials, including Prime Minister Fumio Kishida" → Japan). Any group
    of people the holder is "including" in names it too: "11 Zimbabwean individuals, including president Emmerson
    Mnangagwa", "12 Belarusians, including his counterpart Alexandr Lukashenko"."""
    token, including = title, False
    while not (token.tag_ in {"NNS", "NNPS"} and (canonical_head(token) is not None or including)):
        if token.dep_ not in _MEMBER_DEPS or token.head.i == token.i:
            return None
        including = token.dep_ == "prep" and token.lower_ == "including"
        token = token.head
    named = [country_named(entity_of(child)) for child in (token, *children(token, *OWNER_DEPS))
             if child.ent_type_ in _PLACE_LABELS and entity_of(child) is not None]
    return next(filter(None, named), None)
