"""What the card shows of a person's offices: which title, which organisation, and whether the office is past."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quotelens.findings.people.body_names import in_full
from quotelens.findings.people.body_kinds import names_only_a_field, organization_kind
from quotelens.findings.people.leaders_spokespeople import country_in_phrase, leaders_spokesperson
from quotelens.findings.people.jurisdictions import (LEGISLATIVE_OFFICES, REGIONAL_OFFICES, chamber_for, court_before,
                                                    region_for)
from quotelens.findings.people.pronoun_owners import conjunct_owner
from quotelens.findings.people.places import (Places, Tied, acting_on_holder, country_before, country_for,
                                             office_field)
from quotelens.findings.people.organisations import country_name_ending_at
from quotelens.findings.people.roles import HEADS, ROLES
from quotelens.findings.people.spoken_for import SPOKESPERSONS
from quotelens.findings.people.statesmen import (department_of_state, names_a_department, names_a_foreign_ministry,
                                                 serves_the_state)
from quotelens.findings.people.titles import Title
from quotelens.findings.people.units import containing_body
from quotelens.language.entities import entity_texts
from quotelens.language.syntax import sentence_start, word_of
from quotelens.language.vocabulary import word_list

_KIND_ONLY = frozenset(word_list("roles", "kind_only_bodies"))
_COUNTRY_ANAPHORS = frozenset(word_list("places", "country_anaphors"))
# The most words an office coordinated before a title runs to: "police chief", "deputy home affairs minister".
_COORDINATED_WORDS = 5
# The links after which a title's words are its field: "Minister for European Affairs".
_FIELD_LINK = re.compile(r"\b(?:for|of)\b", re.IGNORECASE)

def organization_of(doc: Doc, titles: list[Title], chosen: Title | None, places: Places,
                    mentions: list[int], served: str | None = None) -> str | None:
    """The organisation of the chosen title; for a national office (or a portfolio's secretary) the article names
    no body for, the country it ties to the office: the one "the country's" stands for, else the one in the
    title's sentence, else in the sentence of another mention of its holder ("..., the foreign minister noted";
    ``mentions``: their character offsets, in the order to try them), else the one government the article names,
    else the one country its opening sentence names (places.py), else the dateline's state when the article's
    actors confirm it (homes.py); for a judge, the court it named last; for a governor, the region it named last; for
    a legislator, the chamber named last before it in its sentence or the two before (jurisdictions.py).
    Before all these, for a well-known holder of an office held for the state (a past one only if national), the
    state they serve (``served``, statesmen.py), also in place of a department every state has ("Treasury",
    "Foreign Ministry"). A body named by its short name is given the full name the article spells out for it
    (body_names.py)."""
    return in_full(doc, _organization_of(doc, titles, chosen, places, mentions, served))


def _organization_of(doc: Doc, titles: list[Title], chosen: Title | None, places: Places,
                     mentions: list[int], served: str | None) -> str | None:
    found = _organization(titles, chosen)
    if chosen is not None:
        found = containing_body(doc, chosen.start, chosen.end, found) or found  # a unit's office is its body's
        found = conjunct_owner(doc, chosen.start) or found  # "Fly Baghdad and its CEO"
    found = _past_the_country(found)
    if found and (names_only_a_field(found) or _posting(chosen, found) or _for_the_country(chosen, found)):
        found = None  # the office's portfolio, or where it is held: the country is looked for as for no body
    # "propaganda director of the regime": a government named by its noun alone is no body's name; its office serves
    # the state as a minister's does ("the government spokesman in uniform, Colonel Abdoulaye Maiga": Mali's).
    written = chosen.text.replace("’", "'") if chosen is not None else ""
    governing = any(word_of(word).removesuffix("'s") in ROLES.government_nouns for word in written.split()[:-1])
    if found and (word_of(found).removeprefix("the ") in ROLES.government_nouns or word_of(found) in HEADS):
        found = None  # nor is an office: "Prime Minister (PM) Sher Bahadur Deuba" read "Prime Minister" as the body
    if found and word_of(found).removeprefix("the ") in _KIND_ONLY and in_full(doc, found) == found:
        found = None  # "Party", "Military", "Mission" alone: a kind of body, a fragment of a name (roles.json)
    if found and chosen is not None and f"{found}'s" in written and _a_person(doc, found):
        found = None  # "Trump's national security adviser", "Park's successor": a person is no body or country
    if chosen is not None and not (found and found in chosen.text) and leaders_spokesperson(doc, chosen):
        return country_in_phrase(chosen)  # S38: only what the phrase names, no country tied to the leader
    field = office_field([word_of(word) for word in chosen.text.split()]) if chosen is not None else frozenset()
    if (served is not None and chosen is not None and chosen.is_official and serves_the_state(chosen.head)
            and (not chosen.former or chosen.head in ROLES.national_offices)
            and (_department_of(chosen, found, served) if found else not _courtesy(chosen))):
        # A past office is the state's too when it is a head's, a minister's or an ambassador's ("ex-president Evo
        # Morales": Bolivia); another past office may be of the party or body the holder serves: left to the sentence.
        return served
    if found is None and chosen is not None and chosen.is_official and (_national(chosen.head, field) or governing):
        fallback = places.government or (places.lede if chosen.start >= places.opening_end else None) or places.home
        countries = _outside_its_field(doc, chosen, places.countries)
        acting = acting_on_holder(doc, chosen.start, countries)
        if fallback in acting:
            fallback = None  # the one government the article names placed the holder on its sanctions list
        # Nor is a state acting on the holder the one "the country's" stands for ("the U.S. Treasury announced
        # sanctions against ... the country's Deputy Minister of Finance": Venezuela's, named before).
        return country_before(doc, chosen.start, chosen.end, countries, acting) \
            or _country_next_to(doc, chosen.start) \
            or next(filter(None, (
            country_for(doc, position, countries, field, places.authors)
            for position in (chosen.start, *mentions))), fallback)
    if found is None and chosen is not None and chosen.is_official and chosen.head in LEGISLATIVE_OFFICES:
        return chamber_for(doc, chosen.start)
    if found is None and chosen is not None and chosen.is_official and chosen.head in ROLES.judicial_offices:
        return court_before(places.courts, chosen.start)
    if found is None and chosen is not None and chosen.is_official and chosen.head in REGIONAL_OFFICES:
        return region_for(doc, places.regions, chosen.start)
    return found


def _outside_its_field(doc: Doc, title: Title, countries: list[Tied]) -> list[Tied]:
    """The countries named outside the field a title's "for" or "of" gives: "European" in "Minister for European
    Affairs", "Moroccan" in "Minister of ... Moroccan Expatriates" say what the office deals with, not whose it is."""
    return [tied for tied in countries if not (
        title.start < tied[0] < title.end and _FIELD_LINK.search(doc.text[title.start:tied[0]]))]


def _country_next_to(doc: Doc, title_start: int) -> str | None:
    """A country written right before a national office's title in its sentence, which the parse left out of the
    title's phrase ("with UK Prime Minister Boris Johnson and Netherlands Prime Minister Mark Rutte"): whose office
    it is, as in "Netherlands Prime Minister" read alone."""
    first = doc.char_span(title_start, title_start + 1, alignment_mode="expand")
    if first is None or first[0].is_sent_start or first[0].i == 0:
        return None
    floor = sentence_start(first[0])
    before = _before_coordinated_office(doc, first[0].i - 1, floor)
    if before is None:
        return None
    if not doc[before].whitespace_:
        return None  # "US-Iran" talks
    if doc[before].tag_ == "POS" and before - 1 >= floor:
        before -= 1  # the owner of "Ukraine's President", as of "Ukraine President", when the parse left it out
    begin = country_name_ending_at(doc, before, floor)
    words = doc[begin:before + 1].text if begin is not None else doc[before].text
    return ROLES.country_adjectives.get(word_of(words)) or (words if word_of(words) in ROLES.countries else None)


def _before_coordinated_office(doc: Doc, before: int, floor: int) -> int | None:
    """The token before a title, or, when "and" joins it to an office written before it, the token before that
    office's words: "former Myanmar police chief and deputy home affairs minister Than Hlaing" (English sets one
    premodifier before two offices of one holder, as "Pakistan's Deputy Prime Minister and Foreign Minister");
    None when the office there is no head's or runs further than a title's few words."""
    if before < floor or doc[before].lower_ != "and":
        return before
    index = before - 1
    if index < floor or word_of(doc[index].text) not in HEADS:
        return None
    while index > floor and before - index <= _COORDINATED_WORDS:
        token = doc[index - 1]
        word = word_of(token.text)
        if word in ROLES.country_adjectives or word in ROLES.countries or token.ent_type_ in {"GPE", "NORP"}:
            return index - 1
        if not token.is_alpha or token.pos_ in {"DET", "ADP", "VERB", "AUX", "PRON"} or token.ent_type_ == "PERSON":
            return None
        index -= 1
    return None


def _a_person(doc: Doc, organization: str) -> bool:
    """Whether an organisation is the name, or the surname, of a person the article names ("Ortega's wife" after
    "Daniel Ortega"), and no country's; the caller asks it only of an owner written with "'s", since the tagger
    calls towns people too ("Nelson Mayor Nick Smith")."""
    if word_of(organization) in ROLES.countries or word_of(organization) in ROLES.country_adjectives:
        return False
    return any(organization == text or organization == text.split()[-1] for text in entity_texts(doc, "PERSON"))


# Heads of a chamber every state has, who head it as ministers head their department ("US House Speaker").
_BODY_HEADS = frozenset({"speaker"})


def _department_of(title: Title, organization: str, served: str) -> bool:
    """Whether an organisation is only a department every state has, so that the state a listed holder serves
    names it better: "Treasury", "the Presidency", "the House"; for the department's or chamber's own head also with
    the state's name before it ("US Treasury Secretary Scott Bessent": the United States, whose cabinet he sits in;
    "US House Speaker") or by its short name ("Foreign Minister Wang Yi" of "MOFA": China), where a spokesperson's
    keeps the ministry the gold names ("Chinese Foreign Ministry spokesman", "MEA spokesperson")."""
    if title.head in SPOKESPERSONS:
        # A spokesperson speaks for the body their title names, not for the state as its head does: the ministry in
        # "Foreign Ministry Spokesperson Pham Thu Hang" is the body the article ties to the office.
        return False
    if names_a_department(organization):
        return True
    heads_it = title.head in ROLES.national_offices | ROLES.portfolio_secretaries | _BODY_HEADS
    return heads_it and (department_of_state(organization) == served or names_a_foreign_ministry(organization))


def _past_the_country(organization: str | None) -> str | None:
    """An organisation without the noun that stands for a country ("the country's Foreign Ministry" → "Foreign
    Ministry"); None when that noun is all of it or owns only a generic body in lower case ("Minister of the country",
    "the nation's army"), whose country is then the office's, as for "the country's minister" (places.country_before)."""
    words = (organization or "").replace("’", "'").split()
    words = words[1:] if words and words[0].lower() == "the" else words
    if not words or not words[0].islower() or words[0].removesuffix("'s") not in _COUNTRY_ANAPHORS or (
            len(words) > 1 and not words[0].endswith("'s")):
        return organization  # "Kingdom of Saudi Arabia" is a name
    named = words[1:] if words[0].endswith("'s") else []
    return " ".join(named) if named and all(word[:1].isupper() for word in named) else None


def _for_the_country(title: Title | None, organization: str) -> bool:
    """Whether an organisation is words a country's noun governs in the title that name no body: "the country's
    Infrastructure and Public Works Minister" (a field); the country the noun stands for is then the office's."""
    written = word_of(title.text).replace("’", "'") if title is not None else ""
    return any(f"{anaphor}'s " in written for anaphor in _COUNTRY_ANAPHORS) and not any(
        word in ROLES.state_org_words or word in ROLES.nonstate_org_words for word in word_of(organization).split())


def _posting(title: Title, organization: str) -> bool:
    """Whether an ambassador's organisation is only the body a state posted them to: "the country's UN ambassador",
    "ambassador to the United Nations" serve their state (roles.json posted_to_bodies)."""
    return title.head in ROLES.ambassador_heads and word_of(organization) in ROLES.posted_to_bodies


def _courtesy(title: Title) -> bool:
    """A bare "Secretary" with no body is the courtesy any past cabinet secretary keeps ("Secretary Clinton" running
    for office), no office held now."""
    return title.text.lower().rstrip(".") == "secretary"


def _national(head: str, field: frozenset[str]) -> bool:
    """Whether an office serves a country as a whole: a national office, or a secretary of a portfolio
    ("Defense Secretary", a minister under another name; data/roles.json portfolio_secretaries). A rank under such
    an office ("deputy minister", "acting ambassador", "first vice premier") serves the same state (rank_marks)."""
    words = head.split()
    while len(words) > 1 and words[0] in ROLES.rank_marks:
        words = words[1:]
    head = " ".join(words)
    return head in ROLES.national_offices or bool(field) and head in ROLES.portfolio_secretaries


def held_only_in_the_past(titles: list[Title], implied: list[Title] = ()) -> bool:
    """Whether every office the article gives a person is past, not counting a courtesy title for one of them.

    "Secretary Clinton" in a quote and "former Secretary of State Hillary Clinton" in the text: the bare
    title is a courtesy for the past office, so she is a former official. An office the text implies past counts
    too: "the ousted Bashar al Assad regime" makes "Assad, Syria's leader for nearly 25 years" a former leader.
    """
    offices = [title for title in titles if title.is_official]
    past = {title.head.split()[0] for title in (*offices, *implied) if title.former and title.is_official}
    return bool(past) and all(title.former or title.head.split()[0] in past for title in offices)


def without_short_forms(titles: list[Title]) -> list[Title]:
    """The titles less a bare formal head that shortens an office the article named with a body outside
    government: "Sri Lanka Cricket (SLC) President Shammi Silva ... President Silva" holds no public office."""
    outside = {title.head for title in titles if title.organization and not title.is_official and not title.former}
    return [title for title in titles if not (title.is_official and title.organization is None
                                              and title.text.lower() == title.head and title.head in outside)]


def choose_title(titles: list[Title]) -> Title | None:
    """The first official title the article gives, a current office before a past one, an office before a
    relation to another holder ("foreign minister" before "his Brazilian counterpart") or a rank ("commander in
    chief of the army" before "Major General": data/roles.json military_ranks) and a specific office before a
    generic one ("ambassador" before "diplomat"); else the first title of any kind."""
    official = [(order, title) for order, title in enumerate(titles) if title.is_official]
    if official:
        return min(official, key=lambda item: (item[1].former, item[1].head in ROLES.relational_heads,
                                               item[1].head in ROLES.military_ranks,
                                               item[1].head in ROLES.generic_official_heads, item[0]))[1]
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
    # A rank or office with no body, and another office of the same person, as current or past, that names one:
    # "Senator Ahmad Lawan ... Lawan, the Senate Leader"; a past office's body is not a current one's, and a
    # country is no body ("Secretary General Ana Lima ... Lima, a diplomat from Brazil": her nationality).
    # A country written as the office's owner is the office's though ("Australia's top diplomat Marise Payne ...
    # Senator Payne"), as is one written on a counterpart ("his Mongolian counterpart Tsend Munkh-Orgil ... Minister
    # Orgil": the counterpart of a foreign minister holds that office for the state the demonym names).
    return next((title.organization for title in titles if title.is_official and title.former == chosen.former
                 and title.organization and organization_kind(title.organization) == "state"
                 and (word_of(title.organization) not in ROLES.countries or _owned_by(title)
                      or title.head in ROLES.relational_heads)), None)


def _owned_by(title: Title) -> bool:
    """Whether a title writes its organisation as its owner: "Australia's top diplomat"."""
    return f"{word_of(title.organization or '')}'s" in word_of(title.text).replace("’", "'")
