"""The Parquet tables of a corpus: one row per article, quote, person (the API's ``entities``), sanction and error.

Columns carry the API's field names and types, read from the response schema (shared/response.schema.json, the
package's copy in data/), and nested records stay nested (a quote's ``source`` and ``cue`` are structs), plus
``article_id`` and ``url`` on every row to join on. The schemas are fixed before any row is read, so a partition
without quotes still writes a quotes file the dataset can read.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pyarrow as pa

from quotelens.language.vocabulary import vocabulary

from .sources import Page

# JSON Schema's scalar types as columns; offsets are integers and fit 32 bits (a page is at most a few MB).
SCALARS = {"integer": pa.int32(), "string": pa.string(), "boolean": pa.bool_()}
ARTICLE_KEYS = [("article_id", pa.string()), ("url", pa.string())]


def arrow_type(spec: dict, definitions: dict) -> pa.DataType:
    """The column type of a value the response schema describes: an enum or an id is a string, a value that may be
    null has the type of what it is otherwise, an object is a struct of its properties in order, an array a list."""
    if "$ref" in spec:
        return arrow_type(definitions[spec["$ref"].removeprefix("#/$defs/")], definitions)
    if "oneOf" in spec:
        [value] = [option for option in spec["oneOf"] if option.get("type") != "null"]
        return arrow_type(value, definitions)
    if "enum" in spec:
        return pa.string()
    kind = spec["type"]
    if isinstance(kind, list):
        [kind] = [name for name in kind if name != "null"]
    if kind == "object":
        return pa.struct(columns(spec, definitions))
    if kind == "array":
        return pa.list_(arrow_type(spec["items"], definitions))
    return SCALARS[kind]


def columns(record: dict, definitions: dict, names: tuple[str, ...] | None = None) -> list[tuple[str, pa.DataType]]:
    """The columns of a record of the response schema: each of its properties (or of ``names``), in order."""
    properties = record["properties"]
    return [(name, arrow_type(properties[name], definitions)) for name in names or properties]


def table_schemas(response: dict) -> dict[str, pa.Schema]:
    """The schema of each table: the response's records, with the keys to join on (and the article's origin)."""
    definitions = response["$defs"]
    article = response["properties"]["article"]
    return {
        "articles": pa.schema(ARTICLE_KEYS + [("outlet", pa.string()), ("date", pa.timestamp("s", tz="UTC"))]
                              + columns(article, definitions, ("title", "language", "text", "blocks"))),
        "quotes": pa.schema(ARTICLE_KEYS + columns(definitions["quote"], definitions)),
        "people": pa.schema(ARTICLE_KEYS + columns(definitions["entity"], definitions)),
        "sanctions": pa.schema(ARTICLE_KEYS + columns(definitions["sanction"], definitions)),
        # An error's body is {"code", "message"} (shared/errors.json), not a record of the response.
        "errors": pa.schema(ARTICLE_KEYS + [("code", pa.string()), ("message", pa.string())]),
    }


SCHEMAS = table_schemas(vocabulary("response.schema"))
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
