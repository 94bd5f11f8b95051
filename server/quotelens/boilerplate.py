"""Boilerplate signals for article extraction: class/id hints, hidden elements and furniture lines."""

from __future__ import annotations

import functools
import json
import re
from importlib import resources

# What an element's class/id/role/itemprop say about it.
NEGATIVE = -1  # page furniture: comments, related, share bar, ads, captions, bylines, nav ...
NEUTRAL = 0
POSITIVE = 1  # a usual name for a content wrapper ("content", "story", "post")
BODY = 2  # names the article body itself (itemprop=articleBody, "article-body", "entry-content")

# ARIA landmark roles that are page furniture, and the ones that hold the main content.
_NEGATIVE_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu", "menubar",
     "toolbar", "alert", "tablist", "form"}
)
_POSITIVE_ROLES = frozenset({"main", "article"})

_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_TOKEN = re.compile(r"[a-z]+|[0-9]+")
_STYLE_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_LINE_TRIM = re.compile(r"^[\W_]+|[\W_]+$")


@functools.cache
def load_hints() -> dict[str, frozenset[str]]:
    """Load the word lists of data/boilerplate.json once, as sets."""
    raw = json.loads(resources.files("quotelens").joinpath("data/boilerplate.json").read_text(encoding="utf-8"))
    return {key: frozenset(value["values"]) for key, value in raw.items() if isinstance(value, dict)}


def tokenize_names(value: str) -> list[str]:
    """Split a class/id value into lower-case word tokens: 'articleBody ad-slot' -> article, body, ad, slot."""
    return _TOKEN.findall(_CAMEL.sub(r"\1 \2", value).lower())


@functools.lru_cache(maxsize=4096)
def _classify_names(names: str) -> int:
    hints = load_hints()
    tokens = tokenize_names(names)
    if not tokens:
        return NEUTRAL
    joined = " " + " ".join(tokens) + " "
    if any(" " + phrase + " " in joined for phrase in hints["body_phrases"]):
        return BODY
    if any(token in hints["negative_tokens"] for token in tokens) or any(
        " " + phrase + " " in joined for phrase in hints["negative_phrases"]
    ):
        return NEGATIVE
    if any(token in hints["positive_tokens"] for token in tokens):
        return POSITIVE
    return NEUTRAL


def classify_element(attrs: dict) -> int:
    """Say what an element's class, id, role and itemprop attributes hint at (NEGATIVE ... BODY)."""
    itemprop = attrs.get("itemprop")
    if itemprop and "articlebody" in str(itemprop).lower():
        return BODY
    role = attrs.get("role")
    if isinstance(role, str):
        role = role.strip().lower()
        if role in _NEGATIVE_ROLES:
            return NEGATIVE
    classes = attrs.get("class")
    if isinstance(classes, list):
        classes = " ".join(classes)
    names = f"{classes or ''} {attrs.get('id') or ''}"
    level = _classify_names(names) if names.strip() else NEUTRAL
    if level == NEUTRAL and role in _POSITIVE_ROLES:
        return POSITIVE
    return level


def is_hidden(attrs: dict) -> bool:
    """Tell whether the reader would not see the element: hidden attribute, display:none, screen-reader-only."""
    if "hidden" in attrs:
        return True
    style = attrs.get("style")
    if style and _STYLE_HIDDEN.search(str(style)) is not None:
        return True
    classes = attrs.get("class")
    if isinstance(classes, list):
        classes = " ".join(classes)
    return bool(classes) and _hides(classes)


@functools.lru_cache(maxsize=4096)
def _hides(classes: str) -> bool:
    joined = " " + " ".join(tokenize_names(classes)) + " "
    return any(" " + phrase + " " in joined for phrase in load_hints()["hidden_classes"])


def normalize_line(text: str) -> str:
    """Lower-case a block's text and trim punctuation at its ends, for comparing with the furniture lists."""
    return _LINE_TRIM.sub("", text.lower())


def is_furniture_line(text: str) -> bool:
    """Tell whether a whole block is a known furniture line ('Advertisement', 'Share this article')."""
    return len(text) < 60 and normalize_line(text) in load_hints()["boilerplate_lines"]


def is_teaser(text: str, link_share: float) -> bool:
    """Tell whether a block is a link to another article ('Read more: <a>...</a>')."""
    if link_share < 0.3:
        return False
    line = normalize_line(text[:40])
    return any(
        line.startswith(prefix) and (len(line) == len(prefix) or not line[len(prefix)].isalnum())
        for prefix in load_hints()["teaser_prefixes"]
    )
