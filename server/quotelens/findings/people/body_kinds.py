"""What kind of body an organisation is: a state's (a country, a ministry, an army, a court, an intergovernmental
body), a non-state one (a party, a firm, an outlet), or one the words do not tell."""

from __future__ import annotations

import re

from quotelens.findings.people.roles import ROLES
from quotelens.findings.states import formal_state
from quotelens.language.syntax import ARTICLES, word_of
from quotelens.language.vocabulary import word_list

# A country written as an owner: "Mexico's Unit of Productive Development".
_POSSESSIVE = re.compile(r"['’]s\b")
# Words that join fields in one portfolio ("Industry, Trade and Investment").
_JOINERS = frozenset({"and", "&", "of", "for", "the"})
_WORD = re.compile(r"[^\W\d_][\w'’-]*|&")
# What joins the parts of a portfolio: "Foreign Affairs, African Cooperation and Moroccan Expatriates".
_PARTS = re.compile(r",|\band\b|&")
_REGIONS = frozenset(word_list("roles", "region_adjectives"))
# Non-state words that name a state's own body when a demonym stands right before them: a country's "Nicaraguan
# Institute of ..." is its agency, while a think tank is named for something else ("American Enterprise Institute").
_STATE_INSTITUTES = frozenset({"institute"})
# Non-state words so generic that a state word beside them tells the kind: "Central Intelligence Organisation",
# "Atomic Energy Organization of Iran", "World Health Organization" are a state's or states' bodies.
_GENERIC_BODIES = frozenset({"organisation", "organization"})


def names_only_a_field(organization: str) -> bool:
    """Whether an organisation is an office's portfolio, no body (docs/annotation.md: the body or country tied to
    the office): its words are fields, one of them a field no department is named by alone ("Industry, Trade and
    Investment", "Law") or a level of government ("Federal Territories", "Government Affairs"). A department's
    own field stays ("Under Secretary of Commerce": Commerce, the department)."""
    fields = ROLES.portfolio_words | ROLES.field_nouns
    # A field in the plural is the same field ("Maritime Affairs and Investments").
    words = [word[:-1] if word not in fields and word[:-1] in fields else word
             for word in _WORD.findall(word_of(organization))]
    return any(word in ROLES.field_nouns or word in ROLES.state_modifiers for word in words) and all(
        word in fields or word in _JOINERS or word in ROLES.state_modifiers for word in words) and any(
        word in fields for word in words) or _fields_for_a_people_or_place(organization, fields)


def _fields_for_a_people_or_place(organization: str, fields: frozenset[str]) -> bool:
    """Whether a portfolio's fields are a people's or a region's ("European Affairs", "East African Affairs",
    "Foreign Affairs, African Cooperation and Moroccan Expatriates"): every part a list joins is a field, some
    with a demonym or a region's adjective before it (roles.json region_adjectives). A department's own field
    ("Foreign Affairs", "Commerce") has none, and a body has a word of its own ("European Commission")."""
    parts = [part.split() for part in _PARTS.split(word_of(organization).removeprefix("the ")) if part.strip()]
    qualified = False
    for part in parts:
        for size in range(len(part) - 1, 0, -1):
            whose = " ".join(part[:size])
            if whose in _REGIONS or whose in ROLES.country_adjectives:
                qualified, part = True, part[size:]
                break
        if not part or not all(word in fields or word.removesuffix("s") in fields for word in part):
            return False
    return qualified


def portfolio_kind(head: str, before: list[str], organization: str | None) -> str | None:
    """'state' for a secretary whose title names a portfolio and no body, in lower case as in capitals: "Economic
    affairs secretary Dasho Yeshi Wangdi", "the commerce secretary" hold a ministry's office (roles.json
    portfolio_secretaries: without a portfolio, "the secretary", "general secretary", a secretary stays a body's).
    ``before``: the title's words before its head."""
    fields = ROLES.portfolio_words | ROLES.field_nouns
    return "state" if not organization and head in ROLES.portfolio_secretaries and before[-1:] and (
        before[-1] in fields) else None


def is_armed_group(name: str) -> bool:
    """Whether a body's name names an armed group that governs nothing (docs/annotation.md S65; roles.json
    armed_groups): 'the Sudan Liberation Army of Minni Minnawi', 'RSF'."""
    words = word_of(name).replace(",", " ").replace("'s", " ").split()
    return any(" ".join(words[start:start + size]) in ROLES.armed_groups
               for size in range(1, 5) for start in range(len(words) - size + 1))


def organization_kind(organization: str | None) -> str | None:
    """'state' for a country or a state/intergovernmental body, 'nonstate' for parties, firms, outlets; else None."""
    if not organization:
        return None
    text = word_of(organization)
    if text in ROLES.countries or text in ROLES.country_adjectives or formal_state(text):
        return "state"  # a formal name too: "the Russian Federation", whose "federation" is a sports body's word
    words = text.replace(",", " ").replace("'s", " ").split()
    matched_state = matched_nonstate = matched_country = generic = False
    unmatched = []  # words of the name no list knows
    position = 0
    after_country = False  # the last word matched was a country's
    while position < len(words):
        size = 1
        for size in range(min(4, len(words) - position), 0, -1):
            phrase = " ".join(words[position:position + size])
            if phrase in _STATE_INSTITUTES and after_country:
                matched_state = True  # "the Nicaraguan Institute of Telecommunications": the country's own
                break
            if phrase in ROLES.nonstate_org_words or phrase in ROLES.armed_groups:  # S65: no office in them
                matched_nonstate = matched_nonstate or phrase not in _GENERIC_BODIES
                generic = generic or phrase in _GENERIC_BODIES
                break
            if phrase in ROLES.state_org_words:
                matched_state = True
                break
            if phrase in ROLES.country_adjectives or phrase in ROLES.countries:
                matched_country = True
                break
        else:
            unmatched.append(words[position])
        after_country = " ".join(words[position:position + size]) in ROLES.country_adjectives
        position += size
    if matched_nonstate and words and words[-1] in ROLES.government_nouns:
        return "state"  # a party's government is the state's: "the Awami League's 1996-2001 government"
    if matched_nonstate:
        return "nonstate"
    if matched_state:
        return "state"  # "the Central Intelligence Organisation", "the World Health Organization"
    if generic:
        return "nonstate"
    # A country alone is a state; a country's name opening a longer one names a body of its own, whose kind its
    # other words do not tell ("Pakistan Tehreek-e-Insaf (PTI) chief", "Sri Lanka Cricket").
    other = [word for word in unmatched if word not in ROLES.state_modifiers and word not in ARTICLES]
    return "state" if matched_country and (not other or _owned_by_country(text)) else None


def _owned_by_country(text: str) -> bool:
    """Whether a country is written as the body's owner: "Mexico's Unit of Productive Development"."""
    for part in _POSSESSIVE.split(text)[:-1]:
        words = part.split()
        if any(" ".join(words[-size:]) in ROLES.countries or " ".join(words[-size:]) in ROLES.country_adjectives
               for size in (1, 2, 3) if len(words) >= size):
            return True
    return False
