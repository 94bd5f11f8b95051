"""Which international body a description stands for: 'the regional bloc' after ECOWAS, 'the UN nuclear watchdog'
after the IAEA, 'the Western military alliance' after NATO, from what a reader of the news knows each body to be
(data/speakers.json body_descriptions). docs/annotation.md names an organisation speaker by the fullest name the
article gives it (S9 for an international body), not by the description."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from spacy.tokens import Doc, Span

from quotelens.findings.acronyms import INTERNATIONAL_BODIES, full_name
from quotelens.findings.body_registry import body_registry
from quotelens.language.vocabulary import vocabulary

# How far back, in tokens, a description looks for the body it describes (as organizations.py looks for a name).
LOOKBACK_TOKENS = 600
# A body's name with its owner written short ('UN Security Council'), read as its full name.
_SHORT_OWNER = re.compile(r"^(?:the )?(UN|U\.N\.|EU|E\.U\.) ", re.IGNORECASE)
_NAMED = "quotelens.named_bodies"
_OWNERS = {"un": "United Nations", "u.n.": "United Nations", "eu": "European Union", "e.u.": "European Union"}


def _descriptions() -> dict[str, frozenset[str]]:
    table = vocabulary("speakers")["body_descriptions"]["values"]
    return {name.lower(): frozenset(words) for name, words in table.items()}


DESCRIPTIONS = _descriptions()
KINDS = frozenset(word for words in DESCRIPTIONS.values() for word in words)
# Words for a wider kind of state body ('the agency', 'the department') and the heads of the bodies each covers.
WIDER_KINDS: dict[str, list[str]] = vocabulary("speakers")["wider_kinds"]["values"]
# How far back such a word looks for the body it stands for, in tokens (a paragraph or two).
KIND_LOOKBACK_TOKENS = 150


def described_body(source: Span, text: str, quoted: Callable[[int], bool]) -> str | None:
    """The international body a description by a lower-case kind of body stands for ('the bloc', 'the UN nuclear
    watchdog'): the body named last before it, outside quotes, that the kind describes; None when a body named
    before holds the word itself ('the agency' after 'the International Atomic Energy Agency' is the name's own
    reading), or when none of the bodies named is of that kind."""
    head = source.root
    kind = head.lemma_.lower()
    if not head.text.islower() or kind not in KINDS:
        return None
    named = _named_bodies(source.doc, text)
    first = bisect_left(named, (max(0, source.start - LOOKBACK_TOKENS),))
    for _, start_char, words, name in reversed(named[first:bisect_left(named, (source.start,))]):
        if quoted(start_char):
            continue
        if kind in words:
            return None
        if kind in DESCRIPTIONS.get(name.lower(), ()):
            return name
    return None


def _named_bodies(doc: Doc, text: str) -> list[tuple[int, int, frozenset[str], str]]:
    """Every body the article names, in text order, once per document: (first token, first character, its words
    in lower case, its full name); the tagger's bodies and the short names of international bodies, which it often
    leaves untagged ('ECOWAS imposed sanctions')."""
    named = doc.user_data.get(_NAMED)
    if named is None:
        named = [(body.start, body.start_char, frozenset(t.lemma_.lower() for t in body.words) | body.lowered,
                  _full(body.name)) for body in body_registry(doc, text).bodies]
        named += [(token.i, token.idx, frozenset({token.lower_}), INTERNATIONAL_BODIES[token.lower_])
                  for token in doc if token.lower_ in INTERNATIONAL_BODIES and token.text[:1].isupper()
                  and token.ent_type_ != "ORG"]
        named = doc.user_data[_NAMED] = sorted(named)
    return named


def _full(name: str) -> str:
    """A body's full name (S9): 'ECOWAS' → 'Economic Community of West African States', 'UN Security Council' →
    'United Nations Security Council'."""
    name = full_name(name)
    owner = _SHORT_OWNER.match(name)
    return f"{_OWNERS[owner.group(1).lower()]} {name[owner.end():]}" if owner else name


def body_of_wider_kind(source: Span, text: str, quoted: Callable[[int], bool]) -> str | None:
    """'The Russian Foreign Ministry announced … the agency's statement', 'The US Treasury “designated …,” a statement
    from the department said': a wider word for a kind of state body stands for the body the article named last
    before it, outside quotes, when that body's head is a kind the word covers; when the last body is of another
    kind ('the Kremlin', a court, a news agency), the word is not it. The caller looks first for a body named with
    the word itself."""
    kinds = WIDER_KINDS.get(source.root.lemma_.lower())
    if kinds is None:
        return None
    doc = source.doc
    bodies = [body for body in body_registry(doc, text).before(doc, source.start, KIND_LOOKBACK_TOKENS)
              if not quoted(body.start_char)]
    return bodies[-1].name if bodies and bodies[-1].words[-1].lower_ in kinds else None
