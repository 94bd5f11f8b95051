"""What a corpus run reads: the inputs named on the command line, cut into partitions, and the pages of each.

A partition is a batch of articles one worker analyses with ``nlp.pipe`` and writes as one file per table. Its key
depends only on where its records are (the input and their position in it), so a re-run plans the same partitions
with the same keys and writes the same files, and a restarted run can skip the ones already finished.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from email.message import Message
from pathlib import Path

import fsspec
from fsspec.core import url_to_fs
from fsspec.implementations.local import LocalFileSystem
from warcio.archiveiterator import ArchiveIterator

# Kinds of input file, by name: an archive of many pages (WARC, JSON Lines) or one page per file.
WARC_SUFFIXES = (".warc", ".warc.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz")
TEXT_SUFFIXES = (".txt", ".txt.gz")
# WARC responses analysed: pages a browser would render as HTML (feeds, images and scripts are not articles).
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class Source:
    """One input file: ``kind`` is warc, jsonl, html or text; ``group`` the command-line input it was found under
    (as an absolute path or URL, so that the same folder named two ways plans the same partitions)."""

    url: str
    kind: str
    group: str


@dataclass(frozen=True)
class Partition:
    """A batch of ``count`` articles: page files (``paths``), or records of one archive starting at ``offset``.

    ``skip``: records to pass over first, for compressed JSON Lines, which cannot seek to a byte offset.
    """

    key: str
    kind: str
    count: int
    source: str = ""
    offset: int = 0
    skip: int = 0
    paths: tuple[str, ...] = ()


@dataclass(frozen=True)
class Page:
    """One article to analyse, or the reason it could not be read (``error``: code and message)."""

    article_id: str
    url: str | None
    date: datetime | None = None
    html: str | bytes | None = None
    text: str | None = None
    error: tuple[str, str] | None = None

    def request(self) -> dict:
        """The keyword arguments of ``Analyzer.read_article`` for this page. A text record's date goes with it (it
        dates the heads of state, as a page's own published-time metas would); a page is dated by its metas, not
        by a WARC's crawl date, which may be years after the article."""
        if self.text is not None:
            return {"text": self.text, "date": self.date.date().isoformat() if self.date else None}
        return {"html": self.html, "url": self.url}


def find_sources(inputs: list[str], glob: str | None = None) -> list[Source]:
    """List the files to read: each input is a file, a glob, or a directory searched recursively (local or fsspec).

    ``glob`` keeps, inside directories, only files whose path below the directory matches it.
    """
    sources = []
    for given in inputs:
        fs, path = url_to_fs(given)
        if fs.isdir(path):
            found = [name for name in fs.find(path)
                     if glob is None or fnmatch.fnmatch(name[len(path):].lstrip("/"), glob)]
        else:
            found = fs.glob(path) if glob_magic(path) else [path]
        local = isinstance(fs, LocalFileSystem)
        sources.extend(Source(name if local else fs.unstrip_protocol(name), kind, path)
                       for name in sorted(found) if (kind := kind_of(name)) is not None)
    return sources


def glob_magic(path: str) -> bool:
    return any(mark in path for mark in "*?[")


def kind_of(name: str) -> str | None:
    lowered = name.lower()
    for kind, suffixes in (("warc", WARC_SUFFIXES), ("jsonl", JSONL_SUFFIXES), ("html", HTML_SUFFIXES),
                           ("text", TEXT_SUFFIXES)):
        if lowered.endswith(suffixes):
            return kind
    return None


def partition_key(name: str, ordinal: int) -> str:
    """A file-name-safe key: the input's base name, a hash of its full name (two inputs may share a base name)."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", name.rstrip("/").rsplit("/", 1)[-1])[:40] or "input"
    return f"{stem}-{hashlib.sha1(name.encode()).hexdigest()[:8]}-{ordinal:05d}"


def plan_page_files(sources: list[Source], size: int) -> list[Partition]:
    """Cut the page files of each command-line input, in name order, into partitions of ``size`` files."""
    partitions = []
    groups: dict[tuple[str, str], list[str]] = {}
    for source in sources:
        if source.kind in ("html", "text"):
            groups.setdefault((source.group, source.kind), []).append(source.url)
    for (group, kind), urls in groups.items():
        for ordinal, start in enumerate(range(0, len(urls), size)):
            paths = tuple(urls[start:start + size])
            partitions.append(Partition(partition_key(f"{group}#{kind}", ordinal), kind, len(paths), paths=paths))
    return partitions


def index_archive(source: Source, size: int) -> list[Partition]:
    """Read an archive once and cut it into partitions of ``size`` articles (runs on a worker, near the data)."""
    starts: list[int] = []
    try:
        if source.kind == "warc":
            with fsspec.open(source.url, "rb") as stream:
                starts.extend(html_response_offsets(stream))
        else:
            starts.extend(jsonl_offsets(source.url))
    except Exception:  # noqa: BLE001 - a truncated or corrupt archive is read up to the break (warcio, gzip, zlib)
        pass
    partitions = []
    for ordinal, first in enumerate(range(0, len(starts), size)):
        count = min(size, len(starts) - first)
        position = {"skip": first} if is_compressed_jsonl(source) else {"offset": starts[first]}
        partitions.append(Partition(partition_key(source.url, ordinal), source.kind, count, source=source.url,
                                    **position))
    return partitions


def read_partition(partition: Partition) -> list[Page]:
    """Read a partition's pages; a record that cannot be read becomes a page with an error, never an exception."""
    if partition.kind in ("html", "text"):
        return [read_page_file(path, partition.kind, f"{partition.key}-{n:04d}") for n, path in enumerate(partition.paths)]
    reader = read_warc if partition.kind == "warc" else read_jsonl
    pages: list[Page] = []
    try:
        for page in reader(partition):
            pages.append(page)
    except Exception as error:  # noqa: BLE001 - the archive broke off: the records not reached are each an error
        broken = ("unreadable", f"{type(error).__name__} while reading the archive")
        pages.extend(Page("", None, error=broken) for _ in range(partition.count - len(pages)))
    return [replace(page, article_id=f"{partition.key}-{n:04d}") for n, page in enumerate(pages)]


def read_page_file(path: str, kind: str, article_id: str) -> Page:
    # A local file's URL is file://…, as `quotelens analyze` gives it: the extractor resolves links against it.
    url = Path(path).as_uri() if path.startswith("/") else path
    try:
        with fsspec.open(path, "rb", compression="infer") as handle:
            data = handle.read()
    except OSError as error:
        return Page(article_id, url, error=("unreadable", f"{type(error).__name__}: {error.strerror}"))
    if kind == "text":
        return Page(article_id, url, text=data.decode("utf-8", errors="replace"))
    return Page(article_id, url, html=data)


# WARC ---------------------------------------------------------------------------------------------------------------

def html_responses(stream) -> Iterator:
    """Yield each HTML response record of a WARC stream."""
    return (record for record in ArchiveIterator(stream) if is_html_response(record))


def html_response_offsets(stream) -> Iterator[int]:
    """Yield the byte offset of each HTML response record (finding it reads the record through: no content after)."""
    records = ArchiveIterator(stream)
    for record in records:
        if is_html_response(record):
            yield records.get_record_offset()


def is_html_response(record) -> bool:
    return (record.rec_type == "response" and record.http_headers is not None
            and content_type(record.http_headers.get_header("Content-Type"))[0] in HTML_TYPES)


def read_warc(partition: Partition) -> Iterator[Page]:
    with fsspec.open(partition.source, "rb") as stream:
        stream.seek(partition.offset)
        for count, record in enumerate(html_responses(stream)):
            if count == partition.count:
                return
            yield warc_page(record)


def warc_page(record) -> Page:
    """The page of a response record: its body decoded with the charset the server declared, when it is known."""
    url = record.rec_headers.get_header("WARC-Target-URI")
    date = parse_date(record.rec_headers.get_header("WARC-Date"))
    try:
        body = record.content_stream().read()
    except (OSError, ValueError, EOFError) as error:  # a truncated or badly encoded body (gzip, chunked)
        return Page("", url, date, error=("unreadable", f"{type(error).__name__}: {error}"))
    _, charset = content_type(record.http_headers.get_header("Content-Type"))
    html: str | bytes = body
    if charset:
        try:
            html = body.decode(charset, errors="replace")
        except LookupError:
            pass  # an unknown label: the page's own <meta charset>, or UTF-8, decides (page/markup.py, decode_html)
    return Page("", url, date, html=html)


def content_type(header: str | None) -> tuple[str, str | None]:
    """Split a Content-Type header into its media type and charset (None when it declares none)."""
    message = Message()
    message["Content-Type"] = header or "application/octet-stream"
    return message.get_content_type(), message.get_content_charset()


# JSON Lines ---------------------------------------------------------------------------------------------------------

def is_compressed_jsonl(source: Source) -> bool:
    return source.kind == "jsonl" and source.url.lower().endswith(".gz")


def jsonl_offsets(url: str) -> Iterator[int]:
    """Yield the byte offset of each non-blank line (for compressed files, offsets in the decompressed stream)."""
    offset = 0
    with fsspec.open(url, "rb", compression="infer") as handle:
        for line in handle:
            if line.strip():
                yield offset
            offset += len(line)


def read_jsonl(partition: Partition) -> Iterator[Page]:
    with fsspec.open(partition.source, "rb", compression="infer") as handle:
        if partition.offset:
            handle.seek(partition.offset)
        lines = (line for line in handle if line.strip())
        for index, line in enumerate(lines):
            if index < partition.skip:
                continue
            if index == partition.skip + partition.count:
                return
            yield jsonl_page(line)


def jsonl_page(line: bytes) -> Page:
    """A page from one JSON Lines record: ``{"url", "html"}`` or ``{"url", "text"}``, and an optional ``date``."""
    try:
        record = json.loads(line)
    except ValueError as error:
        return Page("", None, error=("bad_record", f"Not JSON: {error}"))
    if not isinstance(record, dict) or sum(isinstance(record.get(name), str) for name in ("html", "text")) != 1:
        return Page("", None, error=("bad_record", 'A record needs exactly one of "html" or "text", as a string.'))
    url = record.get("url") if isinstance(record.get("url"), str) else None
    return Page("", url, parse_date(record.get("date")), html=record.get("html"), text=record.get("text"))


def parse_date(value) -> datetime | None:
    """An ISO 8601 date or time as a UTC datetime (a date without a zone is taken as UTC); None if unreadable."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)
