"""An official's organisation that is an international body written by its short name, under the full name the
article defines for it in brackets ("the Economic Community of West African States (ECOWAS) ... ECOWAS chairman
Bola Tinubu"): docs/annotation.md names a body by the fullest name the article gives (S9 for international bodies).
A short name the article never spells out stays as written, and so does a state's own body: the gold of an
official's organisation keeps "NATO", "Caricom", "OFAC", "PSSI" as the article gives them (tune: spelling out
every international body's short name broke three officials and fixed one; spelling out every acronym the article
defines fixed two and broke two)."""

from __future__ import annotations

from spacy.tokens import Doc

from quotelens.findings.acronyms import INTERNATIONAL_BODIES, name_in_brackets
from quotelens.language.syntax import text_of

_SPELLED = "quotelens.spelled_out_bodies"


def in_full(doc: Doc, organization: str | None) -> str | None:
    """``organization``, or the full name the article defines for it when it is an international body's short name."""
    short = (organization or "").strip()
    if not short.isalpha() or short.lower() not in INTERNATIONAL_BODIES:
        return organization
    return _defined(doc, short) or organization


def _defined(doc: Doc, short: str) -> str | None:
    """The name the article gives ``short`` in brackets after it, once per document and short name."""
    cache = doc.user_data.setdefault(_SPELLED, {})
    if short not in cache:
        text = text_of(doc)
        cache[short] = name_in_brackets(text, short, before=len(text))
    return cache[short]
