"""The day the page says its article was published, as an ISO date ("2023-03-08"), or None.

Heads of state and government are officials at the article's date (docs/annotation.md S15): the page states that
date as data, which is surer than any guess from the text. Where pages state it, surest first: a <meta> under a
published key (data/boilerplate.json "published_keys": Open Graph, schema.org microdata, the analytics and archive
tags), the JSON-LD article's datePublished, then a <time datetime> marked as the publication's or the first one in
the page's <article>. A value that reads as no date ("", "null", "1574168580", "2019-02-30") is no date: the next
source is read, and a page with none gives None, never an error.
"""

from __future__ import annotations

import datetime
import functools
import re

from bs4 import BeautifulSoup, Tag

from quotelens.language.vocabulary import vocabulary
from quotelens.page.metadata import article_objects

# A value longer than this is no date written for a machine: it is not read (a hostile page's megabyte attribute).
_LONGEST = 80
# How many <meta> and <time> tags are read: a page's own are in its head and first article, well within these.
_MAX_METAS = 2000
_MAX_TIMES = 200
# The years a news page of this product may be dated to: an earlier or later one is a typo or a placeholder.
_FIRST_YEAR, _LAST_YEAR = 1990, 2100

# "2023-03-08", "2023-03-08T10:00:00Z", "2019/11/19"; "20191119", the compact form, is eight digits alone or before
# its time ("20191119T1030"), so that a timestamp ("1574168580") is no date.
_NUMERIC = re.compile(r"\s*(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)")
_COMPACT = re.compile(r"\s*(\d{4})(\d{2})(\d{2})(?![\d])")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:[a-z]+,?\s+)?"
# "November 20, 2019 13:42", "Monday, November 18, 2019, 08:19 PM"; "Tue, 19 Nov 2019 21:57:01 GMT", "8 March 2023".
_MONTH_FIRST = re.compile(rf"\s*{_WEEKDAY}{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)", re.IGNORECASE)
_DAY_FIRST = re.compile(rf"\s*{_WEEKDAY}(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(\d{{4}})(?!\d)", re.IGNORECASE)


@functools.cache
def _published_keys() -> tuple[str, ...]:
    return tuple(vocabulary("boilerplate")["published_keys"]["values"])


def published_date(soup: BeautifulSoup, json_ld: list[str]) -> str | None:
    """The page's publication date, ISO, from its metas, its JSON-LD article or its <time>; None if it states none."""
    return _from_metas(soup) or _from_json_ld(json_ld) or _from_times(soup)


def _from_metas(soup: BeautifulSoup) -> str | None:
    """The date under the surest published key any <meta> of the page carries (itemprop may hold several names)."""
    found: dict[str, str] = {}
    for tag in soup.find_all("meta", limit=_MAX_METAS):
        names = f"{tag.get('property') or ''} {tag.get('name') or ''} {tag.get('itemprop') or ''}".lower().split()
        for name in names:
            if name not in found:
                day = parse_date(tag.get("content"))
                if day is not None:
                    found[name] = day
    return next((found[key] for key in _published_keys() if key in found), None)


def _from_json_ld(json_ld: list[str]) -> str | None:
    """The datePublished of the page's first JSON-LD article that gives one."""
    for item in article_objects(json_ld):
        day = parse_date(item.get("datePublished"))
        if day is not None:
            return day
    return None


def _from_times(soup: BeautifulSoup) -> str | None:
    """A <time datetime> the page marks as its publication's (itemprop datePublished, pubdate), else the first one
    in its first <article>: a later <time> may date a related story or a comment."""
    for tag in soup.find_all("time", limit=_MAX_TIMES):
        if "datepublished" in str(tag.get("itemprop") or "").lower().split() or tag.has_attr("pubdate"):
            day = parse_date(tag.get("datetime"))
            if day is not None:
                return day
    article = soup.find("article")
    first = article.find("time", attrs={"datetime": True}) if isinstance(article, Tag) else None
    return parse_date(first.get("datetime")) if isinstance(first, Tag) else None


def parse_date(value: object) -> str | None:
    """The ISO date a machine-written value starts with ("2023-03-08T10:00:00-05:00": the publisher's own day), or
    None for anything else: not a string, too long, no date, a day no calendar has, a year outside news."""
    if not isinstance(value, str) or len(value) > _LONGEST:
        return None
    if match := _NUMERIC.match(value):
        year, month, day = match.group(1), match.group(3), match.group(4)
    elif match := _COMPACT.match(value):
        year, month, day = match.groups()
    elif match := _MONTH_FIRST.match(value):
        month, day, year = match.groups()
    elif match := _DAY_FIRST.match(value):
        day, month, year = match.groups()
    else:
        return None
    if not month.isdigit():
        month = str(_MONTHS.index(month.lower()) + 1)
    try:
        date = datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None
    return date.isoformat() if _FIRST_YEAR <= date.year <= _LAST_YEAR else None
