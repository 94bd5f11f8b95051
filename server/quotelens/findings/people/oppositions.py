"""Whether an opposition's leader holds the parliamentary office or a party post (docs/annotation.md, S45)."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.people.body_kinds import organization_kind
from quotelens.findings.people.roles import ROLES
from quotelens.language.syntax import word_of

# The words after "Leader" of the office written the other way round (a "the" may be left out).
_OF_THE_OPPOSITION = (["of", "the", "opposition"], ["of", "opposition"])


def opposition_leader(units: list[list[Token]], head: str, head_start: int, head_end: int,
                      organization: str | None) -> tuple[bool, str | None] | None:
    """(official, organisation) of a leader title that names the opposition; None for any other title.

    S45: a leader of the opposition is a party post unless the text gives the parliamentary office: the title
    "Opposition Leader" (both words capitalised, so a sentence's first word alone is no title) or "Leader of the
    Opposition", or an opposition leader it ties to a parliament ("opposition leader in parliament"). A country's
    opposition ("Russian opposition leader") is a movement. "The Opposition" is no body: the office has none.
    """
    if head != "leader":
        return None
    words = [word_of(" ".join(token.text for token in unit)) for unit in units]
    complement = next((link for link in _OF_THE_OPPOSITION if words[head_end:head_end + len(link)] == link), None)
    if "opposition" in words[:head_start]:
        capitals = [units[words.index("opposition")], units[head_start]]
    elif complement is not None:
        capitals = [units[head_end + len(complement) - 1]]
    else:
        return None
    written = all(unit[0].text[:1].isupper() for unit in capitals)
    named = word_of(organization or "")
    if named == "opposition":
        organization, named = None, ""
    if named in ROLES.countries or named in ROLES.country_adjectives:
        return False, organization
    if written:
        return True, organization
    return organization_kind(organization) == "state", organization
