"""Boilerplate signals for article extraction: class/id hints, hidden elements and furniture lines."""

from __future__ import annotations

import functools
import re

from quotelens.language.vocabulary import vocabulary

# What an element's class/id/role/itemprop say about it.
NEGATIVE = -1  # page furniture: comments, related, share bar, ads, captions, bylines, nav ...
NEUTRAL = 0
POSITIVE = 1  # a usual name for a content wrapper ("content", "story", "post")
BODY = 2  # names the article body itself (itemprop=articleBody, "article-body", "entry-content")
EMBED = 3  # a post embedded in the article (a quoted tweet): its text, whatever the wrapper is called

_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_TOKEN = re.compile(r"[a-z]+|[0-9]+")
_STYLE_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_COUNT = re.compile(r"[(\[]?\d+[)\]]?")  # the count in 'Comments (12)'
_LINE_TRIM = re.compile(r"^[\W_]+|[\W_]+$")
_NOT_WORD = re.compile(r"[\W_]+")


@functools.cache
def load_hints() -> dict[str, frozenset[str]]:
    """Load the word lists of data/boilerplate.json once, as sets."""
    raw = vocabulary("boilerplate")
    return {key: frozenset(value["values"]) for key, value in raw.items() if isinstance(value, dict)}


def tokenize_names(value: str) -> list[str]:
    """Split a class/id value into lower-case word tokens: 'articleBody ad-slot' -> article, body, ad, slot."""
    return _TOKEN.findall(_CAMEL.sub(r"\1 \2", value).lower())


@functools.cache
def _patterns() -> dict[str, re.Pattern]:
    """Compile each phrase list into one pattern over space-joined tokens (one search per list, not per phrase)."""
    hints = load_hints()
    return {
        key: re.compile(" (?:" + "|".join(re.escape(phrase) for phrase in sorted(hints[key])) + ") ")
        for key in ("body_phrases", "negative_phrases", "hidden_classes", "embed_phrases")
    }


@functools.lru_cache(maxsize=16384)
def inspect_names(names: str) -> int:
    """Read a class/id value: the hint level it gives (NEGATIVE ... EMBED)."""
    tokens = tokenize_names(names)
    if not tokens:
        return NEUTRAL
    hints, patterns = load_hints(), _patterns()
    states = hints["state_prefixes"]
    if not states.isdisjoint(tokens):
        tokens = [token for index, token in enumerate(tokens) if index == 0 or tokens[index - 1] not in states]
    joined = " " + " ".join(tokens) + " "
    if patterns["embed_phrases"].search(joined):
        return EMBED
    if patterns["body_phrases"].search(joined):
        return BODY
    if not hints["negative_tokens"].isdisjoint(tokens) or patterns["negative_phrases"].search(joined):
        return NEGATIVE
    if not hints["positive_tokens"].isdisjoint(tokens):
        return POSITIVE
    return NEUTRAL


def is_firm_furniture(attrs: dict) -> bool:
    """Tell whether a furniture hint names a role no article body has (comments, related, nav), never overruled."""
    names = _names(attrs)
    return bool(names) and _firm(names)


@functools.lru_cache(maxsize=4096)
def _firm(names: str) -> bool:
    return not load_hints()["firm_negative_tokens"].isdisjoint(tokenize_names(names))


def _names(attrs: dict) -> str:
    classes = attrs.get("class")
    if isinstance(classes, list):
        classes = " ".join(classes)
    element_id = attrs.get("id")
    if element_id and classes:
        return f"{classes} {element_id}"
    return str(classes or element_id or "")


def classify_element(attrs: dict) -> int:
    """Say what an element's class, id, role and itemprop attributes hint at (NEGATIVE ... EMBED)."""
    itemprop = attrs.get("itemprop")
    if itemprop and "articlebody" in str(itemprop).lower():
        return BODY
    role = attrs.get("role")
    if isinstance(role, str):
        role = role.strip().lower()
        if role in load_hints()["negative_roles"]:
            return NEGATIVE
    names = _names(attrs)
    level = inspect_names(names) if names else NEUTRAL
    if level == NEUTRAL and role in load_hints()["positive_roles"]:
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
    if not classes:
        return False
    return _classes_hide(" ".join(classes) if isinstance(classes, list) else str(classes))


@functools.lru_cache(maxsize=16384)
def _classes_hide(classes: str) -> bool:
    # Keyed by the class value alone (ids are unique per element and would defeat the cache).
    if not load_hints()["hidden_class_names"].isdisjoint(classes.split()):
        return True
    return _patterns()["hidden_classes"].search(" " + " ".join(tokenize_names(classes)) + " ") is not None


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


def is_section_title(text: str) -> bool:
    """Tell whether a block titles a box that follows an article ('Related stories', 'More in Milan')."""
    if len(text) > 60:
        return False
    line = normalize_line(_COUNT.sub("", text))
    titles = load_hints()["section_titles"]
    if line in titles:
        return True
    return _title_prefix().match(line) is not None


@functools.cache
def _title_prefix() -> re.Pattern:
    # Multi-word titles only: a one-word prefix ('related') would also catch 'Related developments' headings.
    prefixes = sorted((title for title in load_hints()["section_titles"] if " " in title), key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(prefix) for prefix in prefixes) + ")[ :]")


def is_credit_line(text: str) -> bool:
    """Tell whether a short block is an image caption or credit line ('Photo: Reuters', '© AP')."""
    return len(text) < 200 and _matches("credit_patterns", text)


@functools.cache
def _line_patterns(key: str) -> tuple[re.Pattern, ...]:
    # One pattern each, case-sensitive over lower-cased text: several times faster than one case-insensitive
    # alternation, which retries every branch at every position.
    return tuple(re.compile(pattern) for pattern in load_hints()[key])


def _matches(key: str, text: str) -> bool:
    lowered = text.lower()
    return any(pattern.search(lowered) for pattern in _line_patterns(key))


def is_leader_line(text: str) -> bool:
    """Tell whether a short block before the article's first paragraph is a byline, dateline or reading time."""
    return len(text) < 100 and (_matches("leader_patterns", text) or is_date_line(text))


def is_trailer_line(text: str) -> bool:
    """Tell whether a block after the article's text is a credit or prompt ('Reporting by ...', 'Follow us on')."""
    return len(text) < 400 and _matches("trailer_patterns", text)


def is_date_line(text: str) -> bool:
    """Tell whether a short block is only a date and time ('Updated 10:01 pm PST, Tuesday, November 19, 2019')."""
    if len(text) >= 60 or not any(c.isdigit() for c in text):
        return False
    return not _NOT_WORD.sub("", _date_words().sub("", text.lower()))


@functools.cache
def _date_words() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(sorted(load_hints()["date_words"], key=len, reverse=True)) + r")\b")
