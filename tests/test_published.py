"""The page's publication date (page/published.py): the markup shapes news pages carry it in, as a table, junk and
misleading dates included; hostile pages stay linear."""

from __future__ import annotations

import json
import time

import pytest

from quotelens.page.article import extract_article
from quotelens.page.published import parse_date
from test_article import ARTICLE, make_page

JSON_LD = '<script type="application/ld+json">{}</script>'


@pytest.mark.parametrize(("value", "day"), [
    ("2018-10-15T10:33:49+00:00", "2018-10-15"),  # article:published_time
    ("2019-11-19T06:56-05:00", "2019-11-19"),  # the publisher's own day, not UTC's
    ("2019-11-19 00:04:02", "2019-11-19"),
    ("2019/11/19", "2019-11-19"),
    ("20191119", "2019-11-19"),  # pdate
    ("  2023-3-8 ", "2023-03-08"),
    ("November 20, 2019 13:42", "2019-11-20"),  # pubdate
    ("Monday, November 18, 2019, 08:19 PM", "2019-11-18"),
    ("Tue, 19 Nov 2019 21:57:01 GMT", "2019-11-19"),  # RFC 2822
    ("8 March 2023", "2023-03-08"),
    ("Sept. 3rd, 2021", "2021-09-03"),
    # Junk is no date: empty, placeholders, a timestamp, a year alone, days no calendar has, years outside news.
    ("", None),
    ("null", None),
    ("1574168580", None),
    ("2019", None),
    ("2019-02-30", None),
    ("2019-13-01", None),
    ("0000-00-00T00:00:00Z", None),
    ("1851-09-18", None),  # a foundingDate
    ("9999-12-31", None),
    ("2019-11", None),
    ("Smarch 3, 2021", None),
    ("2019-11-19" + " " * 100, None),  # longer than any machine-written date
    (None, None),
    (20191119, None),
    (["2019-11-19"], None),
    ({"@value": "2019-11-19"}, None),
])
def test_parse_date(value, day):
    assert parse_date(value) == day


def _page(head: str = "", article: str = ARTICLE) -> str:
    return make_page(article, head=f"<title>Talks to resume | Daily Planet</title>{head}")


@pytest.mark.parametrize(("head", "article", "day"), [
    # Open Graph and its og: spelling.
    ('<meta property="article:published_time" content="2018-10-15T10:33:49+00:00">', ARTICLE, "2018-10-15"),
    ('<meta property="og:article:published_time" content="2019-11-19T21:57:01+0000">', ARTICLE, "2019-11-19"),
    # schema.org microdata, one of several names in itemprop, and the analytics and archive tags.
    ('<meta property="article:published" itemprop="datePublished dateCreated" content="2019-11-19T11:00:09.000Z">',
     ARTICLE, "2019-11-19"),
    ('<meta name="parsely-pub-date" content="2019-11-18T11:30:00Z">', ARTICLE, "2019-11-18"),
    ('<meta name="sailthru.date" content="2019-11-18T11:30:00Z">', ARTICLE, "2019-11-18"),
    ('<meta name="DC.date.issued" content="2018-10-07T09:00:35-08:00">', ARTICLE, "2018-10-07"),
    ('<meta name="dcterms.date" content="2019-11-19T06:56-05:00">', ARTICLE, "2019-11-19"),
    ('<meta name="pubdate" content="November 20, 2019 13:42">', ARTICLE, "2019-11-20"),
    # The surest key wins whatever the order; a modified or updated time is never the day of the news.
    ('<meta name="dc.date" content="2019-11-20"><meta property="article:published_time" content="2019-11-18">',
     ARTICLE, "2019-11-18"),
    ('<meta property="article:modified_time" content="2024-06-17T17:46:05+01:00">'
     '<meta property="og:updated_time" content="2024-06-17">', ARTICLE, None),
    # A junk value under the surest key gives way to the next source.
    ('<meta property="article:published_time" content="null"><meta name="sailthru.date" content="2019-11-18">',
     ARTICLE, "2019-11-18"),
    # JSON-LD: the article's datePublished, inside @graph too; not a video's or an organisation's date.
    (JSON_LD.format('{"@type": "NewsArticle", "headline": "Talks", "datePublished": "2023-03-08T09:00:00Z"}'),
     ARTICLE, "2023-03-08"),
    (JSON_LD.format('{"@graph": [{"@type": "WebSite"}, {"@type": ["ReportageNewsArticle"], '
                    '"dateModified": "2024-01-02", "datePublished": "2022-02-25"}]}'), ARTICLE, "2022-02-25"),
    (JSON_LD.format('{"@type": "VideoObject", "uploadDate": "2023-03-08", "datePublished": "2023-03-08"}'),
     ARTICLE, None),
    (JSON_LD.format('{"@type": "NewsArticle", "datePublished": {"@value": "2023-03-08"}}'), ARTICLE, None),
    (JSON_LD.format('{"@type": "NewsArticle", "datePublished": '), ARTICLE, None),  # cut-off JSON
    ('<meta itemprop="foundingDate" content="1998-09-04">', ARTICLE, None),
    # <time>: one marked as the publication's anywhere, else the first in the page's <article>.
    ("", f'<time itemprop="datePublished" datetime="2024-04-11T08:00">April 11</time>{ARTICLE}', "2024-04-11"),
    ("", f'<time pubdate datetime="2024-04-11">April 11</time>{ARTICLE}', "2024-04-11"),
    ("", f'<p class="byline">By Ann Lee <time datetime="2024-01-30T10:00:00Z">Jan 30</time></p>{ARTICLE}',
     "2024-01-30"),
    ("", f'{ARTICLE}<time>yesterday</time>', None),
    ("", f'<time datetime="soon">Coming up</time>{ARTICLE}', None),
    # A page that states nothing.
    ("", ARTICLE, None),
])
def test_published_date(head, article, day):
    assert extract_article(_page(head, article)).date == day


def test_a_related_story_outside_the_article_dates_nothing():
    page = _page().replace("<footer>", '<footer><time datetime="2020-05-01">May 1</time>')
    assert extract_article(page).date is None


@pytest.mark.parametrize("hostile", [
    '<meta name="pubdate" content="' + "2019-11-19 " * 20_000 + '">',
    '<meta name="pubdate" content="' + "Monday, " * 20_000 + '">',
    '<meta name="dc.date" content="x">' * 20_000,
    JSON_LD.format('{"@type": "NewsArticle", "datePublished": "' + "9" * 200_000 + '"}'),
])
def test_hostile_dates_stay_linear(hostile):
    started = time.perf_counter()
    assert extract_article(_page(hostile)).date is None
    assert time.perf_counter() - started < 5


# Biden, named bare: a head of state from January 2021 to January 2025 (S15).
BIDEN = ("<p>Biden told reporters on Tuesday that the talks with the European partners would go on next week.</p>"
         "<p>Negotiators from both sides have met four times since March, according to a statement.</p>")


@pytest.mark.parametrize(("head", "date", "official"), [
    ('<meta property="article:published_time" content="2022-05-03T10:00:00Z">', None, True),
    ('<meta property="article:published_time" content="2025-05-12T10:00:00Z">', None, False),
    ("", None, False),  # no date and no year: the text's guess keeps only heads in office since before 2015
    ("", "2022-05-03", True),  # the date a caller recorded stands where the page states none
    ('<meta property="article:published_time" content="2025-05-12">', "2022-05-03", False),  # the page's own first
    ("", "not a date", False),
])
def test_the_pages_date_reaches_the_heads(nlp, check_response, head, date, official):
    from quotelens.pipeline import analyze_article, read_article
    from quotelens.response import to_json

    article = read_article(html=_page(head, BIDEN), date=date)
    body = json.loads(json.dumps(to_json(analyze_article(article, nlp))))  # as the API sends it
    check_response(body)
    assert body["article"]["date"] == article.date
    assert [entity["is_official"] for entity in body["entities"] if entity["name"] == "Biden"] == [official]


def test_text_sent_alone_takes_the_given_date(nlp):
    from quotelens.pipeline import read_article

    assert read_article(text="Biden spoke.", date="2022-05-03T10:00:00Z").date == "2022-05-03"
    assert read_article(text="Biden spoke.", date="2022-02-30").date is None
    assert read_article(text="Biden spoke.").date is None
