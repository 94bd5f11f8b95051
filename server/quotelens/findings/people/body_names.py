"""An official's organisation as a whole name. One cut short is made whole or dropped (docs/annotation.md: "never a
fragment"): "Ministry of Foreign Affairs of" ends before its link, "Myanmar government-" (of "government-in-exile")
names no body. One that is an international body written by its short name is under the full name the
article defines for it in brackets ("the Economic Community of West African States (ECOWAS) ... ECOWAS chairman
Bola Tinubu"): docs/annotation.md names a body by the fullest name the article gives (S9 for international bodies).
A short name the article never spells out stays as written, and so does a state's own body: the gold of an
official's organisation keeps "NATO", "Caricom", "OFAC", "PSSI" as the article gives them (tune: spelling out
every international body's short name broke three officials and fixed one; spelling out every acronym the article
defines fixed two and broke two)."""

from __future__ import annotations

from spacy.tokens import Doc

from quotelens.findings.acronyms import INTERNATIONAL_BODIES, name_in_brackets
from quotelens.findings.people.organisations import LINKS
from quotelens.language.syntax import ARTICLES, text_of

_SPELLED = "quotelens.spelled_out_bodies"
# Words no body's name ends in: a name that ends in one was cut short ("Ministry of Foreign Affairs of").
_ENDING_LINKS = frozenset(LINKS | ARTICLES | {"and"})


def in_full(doc: Doc, organization: str | None) -> str | None:
    """``organization``, or the full name the article defines for it when it is an international body's short name;
    never a fragment (docs/annotation.md): a link the tagger left at its end is no part of the name ("Ministry of
    Foreign Affairs of")."""
    organization = _whole(organization)
    short = (organization or "").strip()
    if not short.isalpha() or short.lower() not in INTERNATIONAL_BODIES:
        return organization
    return _defined(doc, short) or organization


def _whole(organization: str | None) -> str | None:
    """``organization`` less the links that end it; None when nothing else is left, or when it ends inside a
    hyphenated word: "Myanmar government-" of "government-in-exile" is no body the article names, and the cut
    word's start ("Myanmar government") would name another."""
    if not organization:
        return organization
    words = organization.split()
    while words and words[-1].lower() in _ENDING_LINKS:
        words = words[:-1]
    if not words or words[-1].endswith(("-", "–")):
        return None
    return " ".join(words)


def _defined(doc: Doc, short: str) -> str | None:
    """The name the article gives ``short`` in brackets after it, once per document and short name."""
    cache = doc.user_data.setdefault(_SPELLED, {})
    if short not in cache:
        text = text_of(doc)
        cache[short] = name_in_brackets(text, short, before=len(text))
    return cache[short]
