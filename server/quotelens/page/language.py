"""Language detection without a model: script, then function-word shares, with the page's <html lang> as a hint."""

from __future__ import annotations

import functools
import re
from collections import Counter

from quotelens.language.vocabulary import vocabulary

# The languages the detectors are written for (their word lists and the spaCy model are English).
SUPPORTED = frozenset({"en"})
UNDETERMINED = "und"  # BCP 47 for "undetermined"

# The opening of a text (~500 words) is enough to tell its language, and reading only it keeps detection O(1) in
# the page size (well under a millisecond).
SAMPLE_CHARS = 3_000
# Below this many words the shares are noise (a headline, "Hello there."): trust the page's lang, else English.
MIN_WORDS = 12
# A text in which no language's function words reach this share is a list, a table or names: not evidence.
MIN_SHARE = 0.04
# Where shares are thin, this many more function words of one language than of English still decide.
MIN_LEAD = 5
# Below this share of Latin letters a text is in another script (Cyrillic, Hangul, Han, Arabic, ...).
MIN_LATIN = 0.5

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Letters outside Latin (Basic Latin, Latin-1, Latin Extended-A/B, IPA, Latin Extended Additional): rare in English,
# so finding them all is cheap.
OTHER_LETTER = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")
HTML_LANG = re.compile(rb"""<html\b[^>]*?\blang\s*=\s*["']?\s*([A-Za-z]{2,3})\b""", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def function_words() -> dict[str, str]:
    """Map each function word to its language, leaving out the words several languages share."""
    lists = {code: {w.lower() for w in words}
             for code, words in vocabulary("function_words").items() if not code.startswith("$")}
    seen = Counter(word for words in lists.values() for word in words)
    return {word: code for code, words in lists.items() for word in words if seen[word] == 1}


def detect_language(text: str, hint: str | None = None) -> str:
    """Return the text's language as a BCP 47 primary subtag ("en", "de", ...) or "und".

    The hint (the page's declared language) decides only where the text itself cannot: short texts and texts with
    too few function words. Pages that mislabel themselves (lang="en" on a German site) are common, so a clear
    reading of the text wins over the hint.
    """
    hint = normalise(hint)
    sample = text[:SAMPLE_CHARS].lower()
    words = WORD.findall(sample)
    letters = sum(map(len, words))
    if letters and len(OTHER_LETTER.findall(sample)) / letters > 1 - MIN_LATIN:
        return hint if hint and hint not in SUPPORTED else UNDETERMINED
    if len(words) < MIN_WORDS:
        return hint or "en"
    language_of = function_words()
    counts = Counter(language_of.get(word) for word in words)
    counts.pop(None, None)
    if not counts:
        return hint or "en"
    best, count = counts.most_common(1)[0]
    if count / len(words) < MIN_SHARE:
        # Thin evidence (a table of names and numbers): the page's word, else a clear lead over English, else English.
        return hint or (best if count - counts["en"] >= MIN_LEAD else "en")
    return best


def is_supported(language: str) -> bool:
    return language in SUPPORTED


def page_language(html: str | bytes) -> str | None:
    """Return the language the page declares on its <html> element, or None."""
    head = html[:SAMPLE_CHARS]
    if isinstance(head, str):
        head = head.encode("utf-8", "replace")
    match = HTML_LANG.search(head)
    return normalise(match.group(1).decode("ascii")) if match else None


def normalise(tag: str | None) -> str | None:
    """Reduce a language tag ("en-US", "EN") to its lower-case primary subtag."""
    if not tag:
        return None
    primary = tag.strip().split("-")[0].split("_")[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None
