"""docs/annotation.md S74: a country with two names is written as the article writes it ('Czechia' where the article
writes 'Czechia', 'Türkiye' where it writes 'Türkiye'), whatever form a demonym ('Czech') or the leaders' list gives;
where the article writes both, the first it writes."""

from __future__ import annotations

import re
from functools import cache

from quotelens.language.vocabulary import word_list


@cache
def _groups() -> dict[str, tuple[str, ...]]:
    """Each name of a country with two or more names → all its names."""
    return {name: tuple(group) for group in word_list("roles", "country_names") for name in group}


def as_written(text: str, country: str | None) -> str | None:
    """``country`` in the form ``text`` writes first, if it writes one of its names and not ``country`` itself."""
    names = _groups().get(country or "")
    if names is None:
        return country
    written = {name: found.start() for name in names if (found := re.search(rf"\b{re.escape(name)}\b", text))}
    return country if not written or country in written else min(written, key=written.get)
