"""Sanctions lists (OpenSanctions targets.simple.csv files) indexed by normalised name, to tell whether a person or
organisation named in an article is listed.

A name matches when its words, after folding case, accents, punctuation and common transliteration variants,
equal those of a listed name or alias (in any order), or when a person's name is the listed name without its
middle names or patronymic ("Vladimir Putin" = "Vladimir Vladimirovich Putin"). A person is never matched on one
word, so a shared first name or a surname alone never matches.
"""

from __future__ import annotations

import csv
import functools
import io
import logging
import os
import re
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from quotelens.language.vocabulary import word_list
from quotelens.model import Listing

REQUIRED_COLUMNS = ("id", "schema", "name")

# OpenSanctions schemata by the kind of entity the article names. LegalEntity is used for both when a source does
# not say whether the holder is a person or a company.
KINDS = {
    "person": {"Person", "LegalEntity"},
    "organization": {"Organization", "Company", "LegalEntity", "PublicBody"},
}

# Legal forms a list writes and an article drops, and particles spelled in or out (data/watchlist.json says why).
_ORGANIZATION_NOISE = frozenset(word_list("watchlist", "organization_noise"))
_PARTICLES = frozenset(word_list("watchlist", "name_particles"))

# Spelling variants of the same sound across romanisations, applied in order to each word (both sides alike).
# Vowel shifts are deliberate: "Moammar" = "Muammar", "Sergey" = "Sergei", "Aleksey" = "Alexei".
_LETTER_GROUPS = (("tch", "ch"), ("x", "ks"), ("ph", "f"), ("kh", "h"), ("dh", "d"), ("th", "t"), ("gh", "g"),
                  ("q", "k"), ("w", "v"))
_HARD_C = re.compile(r"c(?!h)")
_I_SOUNDS = re.compile(r"ey|ei|iy|ij|ii|y|ee|ie")
_U_SOUNDS = re.compile(r"ou|oo|o")
_APOSTROPHES = re.compile(r"['’ʼ`´]")
_WORDS = re.compile(r"[^\W_]+")
_DOUBLED = re.compile(r"([a-z])\1+")  # letters only: "2000" stays "2000"


log = logging.getLogger(__name__)


def log_skipped_list(error: WatchlistError) -> None:
    """The default for a bad list file at start-up or reload: say so and go on with the other lists."""
    log.warning("sanctions list skipped: %s", error)


class WatchlistError(Exception):
    """A sanctions list file is missing, unreadable or not in targets.simple.csv format."""


@dataclass(frozen=True)
class _Entry:
    id: str
    name: str
    schema: str
    list: str
    programs: tuple[str, ...]

    def listing(self) -> Listing:
        return Listing(list=self.list, name=self.name, id=self.id, programs=self.programs)


@dataclass
class _ListFile:
    """One loaded file: its entries indexed by name key, and the mtime it was read at."""

    path: Path
    mtime_ns: int
    entries: int = 0
    exact: dict[tuple[str, ...], list[_Entry]] = field(default_factory=lambda: defaultdict(list))
    by_ends: dict[tuple[str, str], list[tuple[tuple[str, ...], _Entry]]] = field(
        default_factory=lambda: defaultdict(list)
    )


class Watchlist:
    """Sanctions lists loaded from files; ``match`` looks a name up in all of them."""

    # How often ``refresh_if_due`` looks at the files' modification times: a list edited on disk is picked up
    # within a minute, and a busy server does not stat every file on every request.
    REFRESH_INTERVAL_S = 60.0

    def __init__(self, files: Sequence[_ListFile] = ()) -> None:
        self._files = list(files)
        # Bumped on every reload, so that cached analyses made with an older index are not served again.
        self.generation = 0
        self._checked_at = time.monotonic()

    @classmethod
    def load(cls, paths: Iterable[str | os.PathLike], on_error: Callable[[WatchlistError], object] | None = None
             ) -> Watchlist:
        """Load and index every file in ``paths``.

        A bad file raises ``WatchlistError``; with ``on_error`` it is passed there instead and skipped, so that the
        app can log it and go on with the other lists.
        """
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]  # one path given as such, not a string to iterate letter by letter
        files = []
        for path in paths:
            try:
                files.append(_read_file(Path(path)))
            except WatchlistError as error:
                if on_error is None:
                    raise
                on_error(error)
        return cls(files)

    @property
    def paths(self) -> tuple[Path, ...]:
        return tuple(f.path for f in self._files)

    def __len__(self) -> int:
        return sum(f.entries for f in self._files)

    def refresh(self) -> list[Path]:
        """Reload each file whose modification time changed; return the paths reloaded.

        A file that fails to reload keeps its previous index, and ``WatchlistError`` is raised once the other files
        have been refreshed.
        """
        reloaded, errors = [], []
        for n, listed in enumerate(self._files):
            try:
                mtime = listed.path.stat().st_mtime_ns
                if mtime == listed.mtime_ns:
                    continue
                self._files[n] = _read_file(listed.path)
                reloaded.append(listed.path)
                self.generation += 1
            except (OSError, WatchlistError) as error:
                errors.append(str(error))
        if errors:
            raise WatchlistError("; ".join(errors))
        return reloaded

    def refresh_if_due(self, on_error: Callable[[WatchlistError], object]) -> list[Path]:
        """Refresh at most once per ``REFRESH_INTERVAL_S``; a file that fails to reload goes to ``on_error``."""
        now = time.monotonic()
        if now - self._checked_at < self.REFRESH_INTERVAL_S:
            return []
        self._checked_at = now
        try:
            return self.refresh()
        except WatchlistError as error:
            on_error(error)
            return []

    def match(self, name: str, aliases: Iterable[str] = (), kind: str = "person") -> list[Listing]:
        """Return the list entries that ``name`` or one of its ``aliases`` names (each entry once)."""
        schemata = KINDS.get(kind)
        if not schemata:
            return []
        found: dict[tuple[str, str], Listing] = {}
        for text in (name, *aliases):
            words = name_words(text or "", kind)
            if not _is_matchable(words, kind):
                continue
            for listed in self._files:
                for entry in _lookup(listed, words, kind):
                    if entry.schema in schemata:
                        found.setdefault((entry.list, entry.id), entry.listing())
        return list(found.values())


def name_words(text: str, kind: str = "person") -> tuple[str, ...]:
    """Reduce a name to comparable words: no case, accents, punctuation or hyphens; transliteration variants merged."""
    if text.isascii():
        folded = text.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    folded = _APOSTROPHES.sub("", folded)  # O'Brien = OBrien, Sa'id = Said
    words = _WORDS.findall(folded)
    drop = _ORGANIZATION_NOISE if kind == "organization" else set()
    kept = [w for n, w in enumerate(words) if w not in drop and (n == 0 or w not in _PARTICLES)]
    return tuple(_transliterated(w) for w in (kept or words))


@functools.lru_cache(maxsize=1 << 17)
def _transliterated(word: str) -> str:
    if word[:2] in ("ye", "yu", "ya"):
        word = word[1:]  # Yevgeny = Evgeny
    for group, letter in _LETTER_GROUPS:
        word = word.replace(group, letter)
    word = _U_SOUNDS.sub("u", _I_SOUNDS.sub("i", _HARD_C.sub("k", word))).replace("e", "a")
    if word.endswith("ff"):
        word = word[:-2] + "v"  # Rachmaninoff = Rachmaninov
    word = _DOUBLED.sub(r"\1", word)
    return word[:-1] if len(word) > 1 and word.endswith("h") else word  # Abdallah = Abdalla


def _is_matchable(words: tuple[str, ...], kind: str) -> bool:
    """A person needs two words or more: one word is a first name or a surname, never enough."""
    return len(words) >= (2 if kind == "person" else 1)


def _lookup(listed: _ListFile, words: tuple[str, ...], kind: str) -> list[_Entry]:
    entries = list(listed.exact.get(tuple(sorted(words)), ()))
    if kind == "person" and len(words) >= 2:
        for full, entry in listed.by_ends.get((words[0], words[-1]), ()):
            if len(full) > len(words) and _is_subsequence(words, full):
                entries.append(entry)
    return entries


def _is_subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    remaining = iter(long)
    return all(word in remaining for word in short)


def _read_file(path: Path) -> _ListFile:
    try:
        mtime = path.stat().st_mtime_ns
        raw = path.read_bytes()
    except FileNotFoundError:
        raise WatchlistError(f"sanctions list {path}: file not found") from None
    except OSError as error:
        raise WatchlistError(f"sanctions list {path}: cannot read ({error.strerror or error})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise WatchlistError(f"sanctions list {path}: not UTF-8 text (byte {error.start})") from None
    listed = _ListFile(path=path, mtime_ns=mtime)
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        columns = reader.fieldnames or []
        missing = [c for c in REQUIRED_COLUMNS if c not in columns]
        if missing:
            raise WatchlistError(
                f"sanctions list {path}: not a targets.simple.csv file (missing column(s) {', '.join(missing)}; "
                f"found {', '.join(columns[:8]) or 'no header'})"
            )
        for row in reader:
            if None in row:
                raise WatchlistError(f"sanctions list {path}, line {reader.line_num}: more fields than the header")
            _index_row(listed, row, path)
    except csv.Error as error:
        raise WatchlistError(f"sanctions list {path}, line {reader.line_num}: malformed CSV ({error})") from None
    return listed


def _index_row(listed: _ListFile, row: dict, path: Path) -> None:
    name = (row.get("name") or "").strip()
    if not name:
        return
    schema = (row.get("schema") or "").strip()
    entry = _Entry(
        id=(row.get("id") or "").strip(),
        name=name,
        schema=schema,
        list=(row.get("dataset") or "").strip() or path.stem,
        programs=_split(row.get("sanctions")),
    )
    listed.entries += 1
    kind = "person" if schema == "Person" else "organization"
    seen = set()
    for text in (name, *_split(row.get("aliases"))):
        words = name_words(text, kind)
        if not words or words in seen:
            continue
        seen.add(words)
        listed.exact[tuple(sorted(words))].append(entry)
        if len(words) >= 3:
            listed.by_ends[(words[0], words[-1])].append((words, entry))


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split(";") if part.strip())
