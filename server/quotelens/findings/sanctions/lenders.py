"""Which earlier mention lends a mention the authority its own words do not give (sanctions.py, _carry_over)."""

from __future__ import annotations

from itertools import islice
from typing import Protocol, Sequence

# Mentions looked back over past one whose party is the mention's own target: a few, so a long article stays linear.
_LOOK_BACK = 6


class _Party(Protocol):
    authority: str | None


def lent_authority(earlier: Sequence[_Party], targets: Sequence[str]) -> str | None:
    """The authority of the mention before, unless it is one this mention hits: a state does not sanction itself,
    so after Russia's counter-ban ('Russia is expected to extend its ban on imports from the EU') 'economic sanctions
    on Russia' are still the EU's, the nearest earlier party that is not their target."""
    if not earlier or earlier[-1].authority not in targets:
        return earlier[-1].authority if earlier else None
    return next((f.authority for f in islice(reversed(earlier), _LOOK_BACK)
                 if f.authority is not None and f.authority not in targets), None)
