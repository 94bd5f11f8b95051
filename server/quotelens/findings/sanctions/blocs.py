"""A bloc does not sanction its own members: the measures of the EU, or of one of its member states, hit no member
state (general knowledge as data: data/sanctions.json "bloc_members")."""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from quotelens.language.vocabulary import vocabulary

F = TypeVar("F")  # sanctions.py's finding: authority, targets

_BLOCS = [(frozenset(bloc["imposers"]) | frozenset(bloc["members"]), frozenset(bloc["members"]))
          for name, bloc in vocabulary("sanctions")["bloc_members"].items() if not name.startswith("$")]


def spare_members(findings: list[F]) -> list[F]:
    """Drop a target that is a member state of the bloc whose body or member imposes the measure: 'Hungary is
    considering legal action against an EU ban' names the state acting on the ban, not one it hits. A measure with
    no authority keeps its targets (a state bans imports from a neighbour)."""
    return [_spared(finding) for finding in findings]


def _spared(finding: F) -> F:
    kept = unspared(finding.authority, finding.targets)
    return finding if kept == finding.targets else replace(finding, targets=kept)


def unspared(authority: str | None, targets: tuple[str, ...]) -> tuple[str, ...]:
    """``targets`` less the member states of the bloc ``authority`` is or belongs to (the EU's measures hit no EU
    member): discourse.py asks it before it lends a back-reference its sentence's country, so a member named
    there does not stand in for the target of the measure referred to."""
    members = next((members for imposers, members in _BLOCS if authority in imposers), frozenset())
    if not members or not members & set(targets):
        return targets
    return tuple(t for t in targets if t not in members)
