"""The Parquet tables of a corpus: one row per article, quote, person (the API's ``entities``), sanction and error.

Columns carry the API's field names (shared/response.schema.json) and nested records stay nested (a quote's
``source`` and ``cue`` are structs), plus ``article_id`` and ``url`` on every row to join on. The schemas are
fixed here, so a partition without quotes still writes a quotes file the dataset can read.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pyarrow as pa

from .sources import Page

INTEGER = pa.int32()
MENTION = pa.struct([("start", INTEGER), ("end", INTEGER), ("text", pa.string())])
STRINGS = pa.list_(pa.string())
ARTICLE_KEYS = [("article_id", pa.string()), ("url", pa.string())]

SCHEMAS = {
    "articles": pa.schema(ARTICLE_KEYS + [
        ("outlet", pa.string()), ("date", pa.timestamp("s", tz="UTC")), ("title", pa.string()),
        ("language", pa.string()), ("text", pa.string()),
        ("blocks", pa.list_(pa.struct([("start", INTEGER), ("end", INTEGER), ("kind", pa.string())]))),
    ]),
    "quotes": pa.schema(ARTICLE_KEYS + [
        ("id", pa.string()), ("kind", pa.string()), ("start", INTEGER), ("end", INTEGER), ("text", pa.string()),
        ("speaker", pa.string()), ("speaker_name", pa.string()), ("source", MENTION), ("cue", MENTION),
        ("via", pa.string()),
    ]),
    "people": pa.schema(ARTICLE_KEYS + [
        ("id", pa.string()), ("type", pa.string()), ("name", pa.string()), ("aliases", STRINGS),
        ("title", pa.string()), ("organization", pa.string()), ("is_official", pa.bool_()),
        ("former", pa.bool_()),
        ("mentions", pa.list_(pa.struct([("start", INTEGER), ("end", INTEGER)]))), ("quote_ids", STRINGS),
        ("listed", pa.list_(pa.struct([("list", pa.string()), ("name", pa.string()), ("id", pa.string()),
                                       ("programs", STRINGS)]))),
    ]),
    "sanctions": pa.schema(ARTICLE_KEYS + [
        ("id", pa.string()), ("start", INTEGER), ("end", INTEGER), ("text", pa.string()), ("status", pa.string()),
        ("authority", pa.string()), ("targets", STRINGS), ("measure", pa.string()), ("sectors", STRINGS),
    ]),
    "errors": pa.schema(ARTICLE_KEYS + [("code", pa.string()), ("message", pa.string())]),
}
# Which list of the response fills each findings table.
FINDINGS = {"quotes": "quotes", "people": "entities", "sanctions": "sanctions"}


def partition_tables(pages: list[Page], responses: list[dict]) -> dict[str, pa.Table]:
    """Build every table of one partition from its pages and their responses (or errors), in page order."""
    rows: dict[str, list[dict]] = {name: [] for name in SCHEMAS}
    for page, response in zip(pages, responses):
        keys = {"article_id": page.article_id, "url": page.url}
        if "error" in response:
            rows["errors"].append(keys | response["error"])
            continue
        rows["articles"].append(keys | article_row(page, response["article"]))
        for table, field in FINDINGS.items():
            rows[table].extend(keys | record for record in response[field])
    return {name: pa.Table.from_pylist(rows[name], schema=SCHEMAS[name]) for name in SCHEMAS}


def article_row(page: Page, article: dict) -> dict:
    return {"outlet": outlet(page.url), "date": page.date, "title": article["title"], "language": article["language"],
            "text": article["text"], "blocks": article["blocks"]}


def outlet(url: str | None) -> str | None:
    """The site an article comes from: its URL's host without a leading ``www.``; None for files and no URL."""
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None
