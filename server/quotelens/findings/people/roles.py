"""The word lists that tell titles, organisations and office holders apart (data/roles.json), loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from quotelens.language.vocabulary import vocabulary


@dataclass(frozen=True)
class Roles:
    """Word lists that tell titles, organisations and office holders apart (see data/roles.json)."""

    official_heads: frozenset[str]
    conditional_heads: frozenset[str]
    business_heads: frozenset[str]
    team_heads: frozenset[str]
    military_ranks: frozenset[str]
    academic_styles: frozenset[str]
    descriptive_heads: frozenset[str]
    unofficial_marks: frozenset[str]
    unofficial_phrase_ends: frozenset[str]
    past_marks: frozenset[str]
    past_frame_words: frozenset[str]
    past_office_verbs: frozenset[str]
    portfolio_words: frozenset[str]
    field_nouns: frozenset[str]
    posted_to_bodies: frozenset[str]
    ambassador_heads: frozenset[str]
    posted_heads: frozenset[str]
    national_offices: frozenset[str]
    portfolio_secretaries: frozenset[str]
    rank_marks: frozenset[str]
    abbreviations: dict[str, str]
    honorifics: frozenset[str]
    name_suffixes: frozenset[str]
    given_name_abbreviations: frozenset[str]
    name_particles: frozenset[str]
    headline_words: frozenset[str]
    generic_official_heads: frozenset[str]
    person_noun_endings: frozenset[str]
    title_modifiers: frozenset[str]
    state_org_words: frozenset[str]
    nonstate_org_words: frozenset[str]
    armed_groups: frozenset[str]
    state_modifiers: frozenset[str]
    state_heads_alone: frozenset[str]
    relational_heads: frozenset[str]
    kinship_heads: frozenset[str]
    anonymous_source_heads: frozenset[str]
    anonymous_source_qualifiers: frozenset[str]
    anonymous_source_openers: frozenset[str]
    qualified_source_heads: frozenset[str]
    office_verbs: frozenset[str]
    government_nouns: frozenset[str]
    judicial_offices: frozenset[str]
    court_words: frozenset[str]
    appointment_verbs: frozenset[str]
    not_person_words: frozenset[str]
    hedge_words: frozenset[str]
    country_adjectives: dict[str, str]
    party_adjectives: dict[str, str]

    @cached_property
    def heads(self) -> frozenset[str]:
        """Every word or phrase that can head a title."""
        return self.official_heads | self.descriptive_heads | self.conditional_heads

    @cached_property
    def countries(self) -> frozenset[str]:
        """Country names (the values of country_adjectives), lower-cased."""
        return frozenset(country.lower() for country in self.country_adjectives.values())


def load_roles() -> Roles:
    """Read the vocabularies; lists become lower-case sets, maps keep their values under lower-case keys."""
    raw = vocabulary("roles")
    fields = {}
    for name in Roles.__dataclass_fields__:
        values = raw[name]["values"]
        if isinstance(values, dict):
            fields[name] = {key.lower(): value for key, value in values.items()}
        else:
            fields[name] = frozenset(value.lower() for value in values)
    return Roles(**fields)


ROLES = load_roles()
HEADS = ROLES.heads
LONGEST_HEAD = max(len(head.split()) for head in HEADS)
