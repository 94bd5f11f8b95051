"""The state every other official of an article serves, for a national office the article ties to no country.

An article on one state's officials ("Russia bans ten Estonian politicians ... Minister of Justice Kalle Laanet")
ties a bare national title to that state the way it ties the others (docs/annotation.md, `organization`: the country
the article ties the office to). Only when at least two other officials serve one state and none another: a single
one, or two states, leaves the office's country open (one other official broke seven tune offices for two fixed), and
only a national office (data/roles.json national_offices), since a general's or an adviser's may be a body's.
"""

from __future__ import annotations

from dataclasses import replace

from quotelens.model import Entity
from quotelens.findings.people.roles import ROLES
from quotelens.findings.people.titles import head_of
from quotelens.language.syntax import word_of

# How many other officials must serve the one state before an office with none is read as theirs.
_LEAST_OTHERS = 2


def with_shared_state(entities: list[Entity]) -> list[Entity]:
    """Give a current national office with no organisation the one state the article's other officials serve."""
    states = [entity.organization for entity in entities
              if entity.is_official and entity.organization and word_of(entity.organization) in ROLES.countries]
    if len(states) < _LEAST_OTHERS or len({word_of(state) for state in states}) != 1:
        return entities
    return [replace(entity, organization=states[0]) if _bare_national(entity) else entity for entity in entities]


def _bare_national(entity: Entity) -> bool:
    """Whether a person is a current official whose national office the article gives no body or country."""
    if not entity.is_official or entity.organization or not entity.title or entity.former:
        return False
    return head_of(entity.title) in ROLES.national_offices
