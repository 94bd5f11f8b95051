"""What the page says about its article outside the body: title candidates and the JSON-LD articleBody."""

from __future__ import annotations

import json
import re

from bs4 import BeautifulSoup

from quotelens.page.boilerplate import load_hints
from quotelens.page.prose import collapse_spaces

_TITLE_SEPARATOR = re.compile(r"\s+[|\-\u2013\u2014:\u00b7\u00bb/]\s+")


def read_metadata(soup: BeautifulSoup, json_ld: list[str]) -> dict[str, str]:
    """Read title candidates and the JSON-LD articleBody: og:title, site name, JSON-LD headline, <title>."""
    meta: dict[str, str] = {}
    head = soup.head
    if head is not None:
        for tag in head.find_all(("meta", "title"), limit=400):
            if tag.name == "title":
                meta.setdefault("title", tag.get_text())
                continue
            key = str(tag.get("property") or tag.get("name") or "").lower()
            if key in ("og:title", "twitter:title", "og:site_name", "application-name"):
                meta.setdefault(key, str(tag.get("content") or ""))
    for item in article_objects(json_ld):
        headline = item.get("headline")
        if isinstance(headline, str) and headline.strip():
            meta.setdefault("headline", headline)
        body = item.get("articleBody")
        if isinstance(body, str) and len(body) > len(meta.get("body", "")):
            meta["body"] = body
    return {key: collapse_spaces(value) for key, value in meta.items()}


def article_objects(json_ld: list[str]):
    """Yield the JSON-LD objects typed as an article (NewsArticle, BlogPosting, ...), also inside @graph."""
    article_types = tuple(load_hints()["article_types"])
    for source in json_ld:
        try:
            data = json.loads(source)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        seen = 0
        while stack and seen < 10_000:
            item = stack.pop()
            seen += 1
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(isinstance(k, str) and k.lower().endswith(article_types) for k in kinds):
                    yield item
                stack.extend(value for value in item.values() if isinstance(value, (list, dict)))


def choose_title(meta: dict[str, str], headline: str) -> str:
    """Pick the title: og:title, the JSON-LD headline, the article's <h1>, then <title> without the site's name."""
    site = meta.get("og:site_name") or meta.get("application-name") or ""
    for key in ("og:title", "headline", "twitter:title"):
        if meta.get(key):
            return _strip_site_name(meta[key], site, only_known=True)
    if headline:
        return headline
    return _strip_site_name(meta.get("title", ""), site, only_known=False)


def _strip_site_name(title: str, site: str, only_known: bool) -> str:
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    last = parts[-1]
    if (site and last.lower() == site.lower()) or (not only_known and len(last.split()) <= 4):
        match = list(_TITLE_SEPARATOR.finditer(title))[-1]
        return title[:match.start()].strip()
    return title
