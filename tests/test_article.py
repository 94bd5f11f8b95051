"""Article extraction: golden pages, the benchmark subset, rendering rules, furniture, encodings, hostile input."""

from __future__ import annotations

import codecs
import importlib.util
import json
import re
import time
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotelens.page import boilerplate
from quotelens.page.article import NoArticleFound, extract_article

from locations import SEED_TEXT

TESTS = Path(__file__).resolve().parent
PAGES = sorted(path.parent for path in (TESTS / "pages").glob("*/page.html"))
BENCH = TESTS.parent / "bench" / "extraction.py"

PARAGRAPHS = [
    "The foreign minister said on Tuesday that the talks would resume next week in Geneva, officials confirmed.",
    "Negotiators from both sides have met four times since March, according to a statement from the ministry.",
    "“We are closer than ever to an agreement,” the minister told reporters outside the conference hall.",
]
ARTICLE = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
ARTICLE_TEXT = "\n\n".join(PARAGRAPHS)


def make_page(article: str = ARTICLE, head: str = "<title>Talks to resume | Daily Planet</title>") -> str:
    """Wrap article markup in a page with the usual furniture around it (the site's name is an <h1>, as on many)."""
    return (
        f"<!DOCTYPE html><html><head>{head}</head><body>"
        "<header><h1 class='logo'><a href='/'>Daily Planet</a></h1><nav><a href='/world'>World</a> <a href='/sport'>Sport</a></nav></header>"
        f"<main><article>{article}</article></main>"
        "<aside><h2>Most read</h2><ol><li><a href='/a'>Storm hits the coast as thousands lose power</a></li>"
        "<li><a href='/b'>Central bank holds rates for a third month</a></li></ol></aside>"
        "<footer><p>© 2024 Daily Planet. All rights reserved.</p></footer></body></html>"
    )


def load_bench():
    """Import bench/extraction.py (the metric and page loader live there, not duplicated here)."""
    spec = importlib.util.spec_from_file_location("bench_extraction", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- golden pages --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("folder", PAGES, ids=[folder.name for folder in PAGES])
def test_golden_page(folder: Path):
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    article = extract_article((folder / "page.html").read_bytes(), url=expected.get("url"))
    assert article.text == (folder / "expected.txt").read_text(encoding="utf-8")
    assert article.title == expected["title"]
    assert [block.kind for block in article.blocks] == expected["kinds"]


def test_golden_pages_include_the_seed_article():
    seed = SEED_TEXT.read_text(encoding="utf-8")
    paragraphs = [line for line in seed.splitlines() if line.strip() and line.strip() != "Source:In"]
    assert (TESTS / "pages" / "seed-news" / "expected.txt").read_text(encoding="utf-8") == "\n\n".join(paragraphs)


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda html: re.sub(r'<script type="application/ld\+json">.*?</script>', "", html, flags=re.S),
                     id="without-json-ld"),
        pytest.param(lambda html: re.sub(r'<script type="application/ld\+json">.*?</script>', "", html, flags=re.S)
                     .replace(' itemprop="articleBody"', "").replace("story-body", "story-main"),
                     id="without-json-ld-or-body-hints"),
        pytest.param(lambda html: html.replace("\n", "\r\n"), id="crlf-line-ends"),
        pytest.param(lambda html: re.sub(r'<script type="application/ld\+json">.*?</script>', "", html, flags=re.S)
                     .replace("</ol>\n        <form class=\"comment-form\"",
                              "<li class='comment'><p>" + "A very long comment, longer than the article. " * 300
                              + "</p></li></ol>\n        <form class=\"comment-form\""),
                     id="comment-thread-longer-than-the-article"),
    ],
)
def test_seed_page_extracts_without_its_hints(change):
    folder = TESTS / "pages" / "seed-news"
    html = change((folder / "page.html").read_text(encoding="utf-8"))
    assert extract_article(html).text == (folder / "expected.txt").read_text(encoding="utf-8")


# -- the benchmark, on a fixed subset ------------------------------------------------------------------------------


def test_benchmark_subset_keeps_f1():
    bench = load_bench()
    pages = bench.load_pages(bench.DATA, every=4)
    assert len(pages) == 31
    result = bench.run({"quotelens": bench.quotelens_text}, pages)["quotelens"]
    assert result["f1"] >= 0.95, result
    assert result["precision"] >= 0.93 and result["recall"] >= 0.94, result


# -- what the text is ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>Hel<b>lo</b> wor<a href='/x'>ld</a> again and again and again in this sentence.</p>",
         "Hello world again and again and again in this sentence."),
        ("<p>Entities: &amp; &lt;tag&gt; &rsquo;quoted&rsquo; &#8220;curly&#8221; &mdash; all decoded here.</p>",
         "Entities: & <tag> ’quoted’ “curly” — all decoded here."),
        ("<p>  Spread\n   over\tlines  and\u00a0a no-break space, collapsed as the browser does.  </p>",
         "Spread over lines and a no-break space, collapsed as the browser does."),
        ("<p>First line of the address block<br>second line of the address block, both kept.</p>",
         "First line of the address block second line of the address block, both kept."),
        ("<p>Visible text of the paragraph that stays.<span hidden>Hidden text that goes.</span></p>",
         "Visible text of the paragraph that stays."),
        ("<p>Visible text of the paragraph that stays.<span style='display: none'>Hidden that goes.</span></p>",
         "Visible text of the paragraph that stays."),
        ("<p>Visible text of the paragraph that stays.<span class='hidden'>http://x.jpg 540 960 admin</span></p>",
         "Visible text of the paragraph that stays."),
        ("<p>Visible text of the paragraph<span class='hidden-xs'> that a phone would not show</span>.</p>",
         "Visible text of the paragraph that a phone would not show."),
        ("<p>Hel<!-- a comment -->lo<script>var x = '<p>';</script> world<style>p {}</style>, glued as the browser "
         "shows it.</p>", "Hello world, glued as the browser shows it."),
        ("<p>The word <ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby> is read with its ruby annotation shown above.</p>",
         "The word 漢kan is read with its ruby annotation shown above."),
        ("<p>Curly “quotes” and ‘single’ ones – and dashes — stay exactly as the page has them.</p>",
         "Curly “quotes” and ‘single’ ones – and dashes — stay exactly as the page has them."),
    ],
)
def test_block_text_is_rendered_text(markup, expected):
    article = extract_article(make_page(markup + ARTICLE))
    assert article.text.split("\n\n")[0] == expected


def test_double_line_break_ends_a_paragraph():
    markup = f"<div>{PARAGRAPHS[0]}<br>\n<br>{PARAGRAPHS[1]}<br><font>{PARAGRAPHS[2]}</font></div>"
    assert extract_article(make_page(markup)).text == f"{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]} {PARAGRAPHS[2]}"


def test_teaser_cards_wrapped_in_a_link_are_not_text():
    more = ["Diplomats expect the first session to focus on prisoner exchanges and the reopening of border crossings.",
            "A second round, planned for the end of the month, would take up the harder questions of territory.",
            "Both delegations are expected to bring military advisers, a first since the talks began last year."]
    card = "<a href='/story'><div><h3>Storm hits the coast</h3><p>Thousands are without power after the storm " \
           "hit the coast overnight, the utility said on Monday.</p></div></a>"
    article = ARTICLE + "".join(f"<p>{paragraph}</p>" for paragraph in more)
    assert extract_article(make_page(article + card * 2)).text == "\n\n".join(PARAGRAPHS + more)


def test_blocks_index_the_text_by_kind():
    markup = (f"<p>{PARAGRAPHS[0]}</p><h2>What comes next</h2><ul><li>{PARAGRAPHS[1]}</li></ul>"
              f"<blockquote><p>{PARAGRAPHS[2]}</p></blockquote><div>A closing line of plain text in a div, no p.</div>")
    article = extract_article(make_page(markup), url="https://example.com/a")
    assert [article.text[block.start:block.end] for block in article.blocks] == article.text.split("\n\n")
    assert [block.kind for block in article.blocks] == ["paragraph", "heading", "list_item", "blockquote", "text"]
    assert article.url == "https://example.com/a"


@pytest.mark.parametrize(
    ("head", "article", "title"),
    [
        ('<meta property="og:title" content="Talks to resume in Geneva"><title>Talks | Daily Planet</title>', ARTICLE,
         "Talks to resume in Geneva"),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Geneva talks resume"}</script>',
         ARTICLE, "Geneva talks resume"),
        ('<script type="application/ld+json">{"@graph": [{"@type": ["NewsArticle"], "headline": "In a graph"}]}'
         "</script>", ARTICLE, "In a graph"),
        ("<title>Ignored when there is an h1 | Daily Planet</title>", "<h1>Talks resume next week</h1>" + ARTICLE,
         "Talks resume next week"),
        ("<title>Talks to resume next week | Daily Planet</title>", ARTICLE, "Talks to resume next week"),
        ("", "<h1>Talks resume next week</h1>" + ARTICLE, "Talks resume next week"),
        ("<title>Talks to resume - a long title - with dashes in it and more words | Daily Planet</title>", ARTICLE,
         "Talks to resume - a long title - with dashes in it and more words"),
    ],
)
def test_title(head, article, title):
    result = extract_article(make_page(article, head=head))
    assert result.title == title
    assert title not in result.text.split("\n\n")  # the headline is the title, not a body block


# -- furniture never reaches the text -------------------------------------------------------------------------------


FURNITURE = [
    ("caption", "<figure><img src='a.jpg'><figcaption>The minister arrives in Geneva on Monday.</figcaption></figure>"),
    ("byline", "<div class='byline'>By Lois Lane, Chief Diplomatic Correspondent</div>"),
    ("share-bar", "<ul class='share-tools'><li><a href='#'>Facebook</a></li><li><a href='#'>Twitter</a></li></ul>"),
    ("newsletter", "<div class='newsletter-box'><h3>Sign up to our briefing</h3><p>Get the day’s most important "
                   "stories in your inbox every morning, free of charge and without any ads.</p></div>"),
    ("inline-ad", "<div class='ad-slot'><span>Advertisement</span></div>"),
    ("ad-label", "<p>ADVERTISEMENT</p>"),
    ("read-more", "<p><strong>Read more:</strong> <a href='/x'>Ceasefire holds for a second day in the north</a></p>"),
    ("related", "<div class='related-stories'><h3>Related</h3><p>Why the Geneva talks matter for the whole region, "
                "and what each side wants from them this time.</p></div>"),
    ("comments", "<section id='comments'><p>“Talks never work,” says my uncle, and he has been right every time so "
                 "far, as far as I can tell.</p></section>"),
    ("aside", "<aside><p>Background: the conflict began in 2014 and has displaced more than a million people since "
              "then, the UN says.</p></aside>"),
    ("sr-only", "<span class='sr-only'>Opens in a new window</span>"),
]


@pytest.mark.parametrize(("name", "markup"), FURNITURE, ids=[name for name, _ in FURNITURE])
def test_furniture_inside_the_body_is_dropped(name, markup):
    body = f"<p>{PARAGRAPHS[0]}</p>{markup}<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"
    assert extract_article(make_page(body)).text == ARTICLE_TEXT


def test_an_aside_never_reaches_the_text_even_when_longer_than_the_article():
    background = "".join(f"<p>Background {i}: the conflict began in 2014 and has displaced more than a million "
                         f"people since then, according to figures the United Nations published last year.</p>"
                         for i in range(8))
    page = f"<html><body><article>{ARTICLE}</article><aside>{background}</aside></body></html>"
    assert extract_article(page).text == ARTICLE_TEXT


def test_body_named_container_wins_over_a_longer_sidebar():
    sidebar = "".join(f"<p>Sidebar story number {i} has a long summary that reads like prose, sentence after sentence.</p>"
                      for i in range(3))
    page = (f"<html><body><div class='layout'><div class='article-body'>{ARTICLE}</div>"
            f"<div class='rail'>{sidebar}</div></div></body></html>")
    assert extract_article(page).text == ARTICLE_TEXT


# -- input encodings ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (make_page().encode("utf-8"), "“We are closer"),
        (codecs.BOM_UTF8 + make_page().encode("utf-8"), "“We are closer"),
        (codecs.BOM_UTF16_LE + make_page().encode("utf-16-le"), "“We are closer"),
        (make_page(head='<meta charset="windows-1252">').encode("cp1252"), "“We are closer"),
        (make_page(head='<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">').encode("cp1252"),
         "“We are closer"),
        (make_page().encode("cp1252"), "“We are closer"),  # undeclared, not UTF-8: windows-1252
        (make_page(head='<meta charset="utf-8">').encode("utf-8").replace("“".encode(), b"\xff\xfe"), "\ufffd"),
        (make_page(head='<meta charset="x-no-such-charset">').encode("utf-8"), "“We are closer"),
        (make_page(head='<meta charset="base64">').encode("utf-8"), "“We are closer"),
        (make_page(head='<meta charset="rot13">').encode("utf-8"), "“We are closer"),
        (make_page(head='<meta charset="utf-16">').encode("utf-8"), "“We are closer"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "meta-cp1252", "meta-latin1", "sniffed-cp1252", "broken-utf8",
         "unknown-charset", "binary-codec", "rot13-codec", "utf16-label-in-ascii"],
)
def test_bytes_are_decoded(data, expected):
    assert expected in extract_article(data).text


# -- nothing article-like, hostile input ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        "", b"", "   \n", "<html></html>", "<html><head><title>Only a head</title></head></html>",
        "<html><body></body></html>", "<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav></body></html>",
        "<html><body><p>Too short.</p></body></html>",
        "<html><body>" + "<div><a href='/x'>A list of links, nothing else on the page</a></div>" * 50 + "</body></html>",
        "<html><body><script>" + "document.write('<p>not text</p>');" * 100 + "</script></body></html>",
        "<" * 100_000, "<script>" * 100_000, "<!--" * 100_000, "\x00\x01\x02\x03" * 10_000,
        # Markup that looks like a file name or URL: BeautifulSoup warns, and a warning is no answer.
        ".HTM", "page.html", "https://news.example/story.html",
    ],
    ids=["empty", "empty-bytes", "blank", "no-body", "head-only", "empty-body", "nav-only", "too-short",
         "links-only", "script-only", "lt-bomb", "script-bomb", "comment-bomb", "control-chars",
         "file-name", "file-name-html", "url"],
)
def test_no_article_raises_a_clear_error(page):
    with pytest.raises(NoArticleFound, match="body|article"):
        extract_article(page)


@pytest.mark.parametrize(
    "page",
    [bytes(range(256)) * 100, "\x00\x01\x02 binary \xff" * 1000, "<p>" + "\ud800 lone surrogate " * 50,
     b"<meta charset=utf-8><p>" + b"\xc3\x28 broken utf-8 sequence " * 50, "<html><body><p>" + "a " * 100_000],
    ids=["binary", "control-and-text", "lone-surrogates", "broken-utf8", "one-letter-words"],
)
def test_garbage_gives_an_article_or_no_article_found(page):
    try:
        article = extract_article(page)
    except NoArticleFound:
        return
    assert isinstance(article.text, str)


def test_deeply_nested_markup_neither_recurses_nor_hangs():
    depth = 100_000
    page = "<html><body>" + "<div>" * depth + ARTICLE + "</div>" * depth + "</body></html>"
    started = time.perf_counter()
    BeautifulSoup(page, "lxml")
    parsed = time.perf_counter()
    article = extract_article(page)
    extracted = time.perf_counter()
    assert article.text == ARTICLE_TEXT
    # Relative to the bare parse (a busy machine slows both): linear passes stay within a few parses.
    assert extracted - parsed < 6 * (parsed - started) + 1
    with pytest.raises(NoArticleFound):
        extract_article("<html><body>" + "<span><div>" * depth)


def test_five_megabyte_page_is_fast():
    # With its text again as a JSON-LD articleBody: checking 30,000 blocks against it must stay linear.
    texts = [f"Paragraph {index}: {PARAGRAPHS[index % 3]}" for index in range(30_000)]
    json_ld = json.dumps({"@type": "NewsArticle", "articleBody": "\n\n".join(texts)})
    page = make_page("".join(f"<p>{text}</p>" for text in texts),
                     head=f'<script type="application/ld+json">{json_ld}</script>')
    assert len(page) > 5_000_000
    parse, extract = [], []
    for _ in range(2):  # the faster of two: a busy machine pauses one run, seldom both
        started = time.perf_counter()
        BeautifulSoup(page, "lxml")
        parse.append(time.perf_counter() - started)
        started = time.perf_counter()
        article = extract_article(page)
        extract.append(time.perf_counter() - started)
    assert len(article.blocks) == 30_000
    # Relative to the bare parse, so a busy test machine does not fail it: the extractor adds passes, not a hang.
    assert min(extract) < 6 * min(parse) + 1


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(["<p>", "</p>", "<div class='ad'>", "</div>", "<a href=x>", "</a>",
                                           "<script>", "</script>", "<!--", "-->", "<br>", "<li>", "<table><td>",
                                           "<body>", "</body>", "<h1>", "&amp;", "&#xD800;", "<svg>", "<article>"]),
                          st.text(max_size=80)), max_size=60))
def test_any_markup_gives_an_article_or_no_article_found(parts):
    try:
        article = extract_article("".join(parts))
    except NoArticleFound:
        return
    assert [article.text[block.start:block.end] for block in article.blocks] == article.text.split("\n\n")


# -- the boilerplate signals on their own ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("attrs", "level"),
    [
        ({"class": ["article-body"]}, boilerplate.BODY),
        ({"itemprop": "articleBody"}, boilerplate.BODY),
        ({"class": ["entry-content", "clearfix"]}, boilerplate.BODY),
        ({"id": "storyContent"}, boilerplate.BODY),
        ({"id": "content"}, boilerplate.POSITIVE),
        ({"class": ["ad-slot"]}, boilerplate.NEGATIVE),
        ({"id": "adContainer"}, boilerplate.NEGATIVE),
        ({"class": ["comment-body"]}, boilerplate.NEGATIVE),  # a comment's body is a comment
        ({"class": ["most-read"]}, boilerplate.NEGATIVE),
        ({"role": "navigation"}, boilerplate.NEGATIVE),
        ({"class": ["twitter-tweet"]}, boilerplate.EMBED),
        ({"class": ["header-wrapper", "shadow"]}, boilerplate.NEGATIVE),
        ({"class": ["thread", "lead", "shadow"]}, boilerplate.NEUTRAL),  # no 'ad' or 'read' token in these
        ({"class": ["mv-create-has-image"]}, boilerplate.NEUTRAL),  # has-image: a state, not an image box
        ({"class": ["layout", "has-ads"]}, boilerplate.NEUTRAL),
    ],
)
def test_classify_element(attrs, level):
    assert boilerplate.classify_element(attrs) == level


@pytest.mark.parametrize(
    ("check", "text", "expected"),
    [
        (boilerplate.is_furniture_line, "ADVERTISEMENT", True),
        (boilerplate.is_furniture_line, "Story continues below advertisement", True),
        (boilerplate.is_furniture_line, "Advertisers fled the platform last year.", False),
        (boilerplate.is_section_title, "Related Stories", True),
        (boilerplate.is_section_title, "Comments (12)", True),
        (boilerplate.is_section_title, "More in Milan", True),
        (boilerplate.is_section_title, "Related developments", False),
        (boilerplate.is_section_title, "What comes next", False),
        (boilerplate.is_credit_line, "Photo: Reuters", True),
        (boilerplate.is_credit_line, "The scene in Kyiv on Monday. (AP Photo/Efrem Lukatsky)", True),
        (boilerplate.is_credit_line, "© 2024 Daily Planet", True),
        (boilerplate.is_credit_line, "The photographs were taken on Monday, officials said.", False),
        (boilerplate.is_leader_line, "By Lois Lane", True),
        (boilerplate.is_leader_line, "Updated 10:01 pm PST, Tuesday, November 19, 2019", True),
        (boilerplate.is_leader_line, "Reading time: 4 minutes", True),
        (boilerplate.is_leader_line, "Kim arrives in Moscow", False),
        (boilerplate.is_trailer_line, "(Reporting by Greg Roumeliotis; Editing by Leslie Adler)", True),
        (boilerplate.is_trailer_line, "Follow Newsbeat on Instagram, Facebook and Twitter.", True),
        (boilerplate.is_trailer_line, "Keith Bradsher contributed reporting from Hong Kong.", True),
        (boilerplate.is_trailer_line, "Follow the money, the minister said.", False),
        (boilerplate.is_trailer_line, "The council will vote on the plan next week.", False),
    ],
)
def test_boilerplate_lines(check, text, expected):
    assert check(text) is expected


def test_teaser_needs_a_link():
    assert boilerplate.is_teaser("Read more: Ceasefire holds for a second day", link_share=0.8)
    assert not boilerplate.is_teaser("Read more: Ceasefire holds for a second day", link_share=0.0)
    assert not boilerplate.is_teaser("Readers wrote in to complain about the ceasefire.", link_share=0.8)


NEXT_STORY = [
    "Storm Ciarán brought winds of up to 100 miles an hour to the Channel coast on Thursday, the Met Office said.",
    "More than 150,000 homes were left without power, and ferry services between Dover and Calais were suspended.",
    "Forecasters said the worst of the weather would pass by the weekend, though flood warnings remain in place.",
]


@pytest.mark.parametrize(
    ("og_title", "expected"),
    [
        ("Talks to resume in Geneva", PARAGRAPHS),
        ("Storm Ciarán hits the Channel coast", NEXT_STORY),
        ("", PARAGRAPHS),  # no title to go by: the first story is the page's
    ],
)
def test_infinite_scroll_page_gives_one_story(og_title, expected):
    def story(title, paragraphs):
        return f"<article><h2>{title}</h2>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article>"

    head = f'<meta property="og:title" content="{og_title}">' if og_title else ""
    page = (f"<html><head>{head}</head><body><main>{story('Talks to resume in Geneva', PARAGRAPHS)}"
            f"{story('Storm Ciarán hits the Channel coast', NEXT_STORY)}</main></body></html>")
    assert extract_article(page).text.split("\n\n")[-3:] == expected


def test_body_split_by_an_ad_and_a_related_box_is_joined():
    more = ["Diplomats expect the first session to focus on prisoner exchanges and the reopening of border crossings.",
            "A second round, planned for the end of the month, would take up the harder questions of territory."]
    page = (
        "<html><body><div class='story'>"
        f"<div class='article-body'><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></div>"
        "<div class='ad-container'><p>Advertisement</p></div>"
        "<div class='related-links'><h3>Read next</h3><ul><li><a href='/a'>Storm hits the coast as thousands lose "
        "power</a></li><li><a href='/b'>Central bank holds rates</a></li></ul></div>"
        f"<div class='article-body'><p>{PARAGRAPHS[2]}</p><p>{more[0]}</p><p>{more[1]}</p></div>"
        "</div><div class='sidebar'><p>Sign up for our newsletter to get the best stories every morning.</p></div>"
        "</body></html>"
    )
    assert extract_article(page).text == "\n\n".join(PARAGRAPHS + more)


LONG_COMMENTS = "".join(f"<p>Comment {i}: I have read every report on these talks since 2014 and I still do not "
                        f"believe a word the ministry says about them, frankly.</p>" for i in range(12))


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (f"<html><body><div class='story'>{ARTICLE}</div><div class='comments'>{LONG_COMMENTS}</div></body></html>",
         ARTICLE_TEXT),  # comments outweigh the article, and are still comments
        (f"<html><body><div class='img_container'><div>{ARTICLE}</div></div>"
         "<div><a href='/a'>Home</a> <a href='/b'>World</a></div></body></html>",
         ARTICLE_TEXT),  # 'img' in the name of the article's own wrapper is overruled by what it holds
    ],
    ids=["firm-hint-holds", "weak-hint-overruled"],
)
def test_furniture_hints_against_the_text_they_hold(page, expected):
    assert extract_article(page).text == expected
