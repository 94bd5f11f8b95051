"""Hostile and random input, property-based: never a 500, and every 200 obeys the schema and its own offsets."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotelens.service.analyzer import Analyzer
from quotelens.service.app import create_app
from quotelens.service.errors import ApiError

# Modest example counts keep the whole suite within minutes on two cores; each example runs spaCy.
FUZZ = settings(max_examples=60, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])

# Statuses a hostile page may get instead of an analysis: too long, no article / not English, over the budget.
REFUSALS = {413, 422, 503}

# Real-looking news prose, so that extraction, language detection and the detectors all get to run.
SENTENCES = [
    "Foreign Minister Anna Berg said on Monday that the government would impose sanctions on the company.",
    "“We will not stand by,” Berg told reporters in the capital.",
    "The company denied any wrongdoing and said it would appeal against the decision in court.",
    "According to a senior official, the talks “collapsed overnight” after the envoy left.",
    "President Kim Jong Un met Russian President Vladimir Putin, officials said.",
    "The US Treasury has warned that it could sanction anyone who helps the arms deal.",
    "'It is over,' he said.",
    "“This is,” she said, “a matter of principle.",
]
QUOTE_MARKS = ["\"", "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "「", "」", "″", "`", "&quot;", "&#8220;"]
ODD_CHARACTERS = [
    "\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u200b", "\u200d", "\u2028", "\u2029",
    "\u202e", "\u2066", "\ufeff", "\ufffd", "\ufffe", "\ud800", "\udfff", "\udbff\udc00", "\U0001f600", "\u0301",
    "Путин", "金正恩", "كيم", "עברית", "ñ", "ǅ", "ﬁ", "İ", "ß", "&amp;", "&#0;", "&#xD800;", "&nbsp;", "<", ">", "&",
]
TAGS = ["p", "div", "article", "main", "section", "span", "a", "b", "i", "em", "q", "blockquote", "h1", "h2", "li",
        "ul", "table", "tr", "td", "nav", "footer", "aside", "header", "figure", "script", "style", "noscript",
        "template", "svg", "textarea", "br", "img", "iframe", "pre", "code", "font", "center", "x-custom"]
ATTRIBUTES = ["class", "id", "itemprop", "role", "lang", "style", "href", "data-x", "onerror", "hidden", "aria-hidden"]

words = st.one_of(
    st.sampled_from(SENTENCES),
    st.sampled_from(QUOTE_MARKS),
    st.sampled_from(ODD_CHARACTERS),
    st.text(max_size=20),
    st.text(st.characters(codec="utf-8"), max_size=10),
)
texts = st.lists(words, max_size=30).map(" ".join)


def element(tag: str, attributes: list[tuple[str, str]], children: list[str], closed: bool) -> str:
    attrs = "".join(f' {name}="{value}"' for name, value in attributes)
    return f"<{tag}{attrs}>{''.join(children)}" + (f"</{tag}>" if closed else "")


attributes = st.lists(st.tuples(st.sampled_from(ATTRIBUTES), st.one_of(st.text(max_size=15), st.sampled_from(
    ["article-body", "articleBody", "comments", "related", "nav", "content", "story", "ad"]))), max_size=3)
fragments = st.recursive(
    texts,
    lambda children: st.builds(element, st.sampled_from(TAGS), attributes, st.lists(children, max_size=5),
                               st.booleans()),
    max_leaves=40,
)


@st.composite
def deep_nesting(draw) -> str:
    depth = draw(st.integers(100, 5000))
    tag = draw(st.sampled_from(["div", "span", "blockquote", "b", "p", "li", "table"]))
    closed = draw(st.booleans())
    inner = " ".join(draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4)))
    return f"<html><body>{f'<{tag}>' * depth}{inner}{f'</{tag}>' * depth if closed else ''}</body></html>"


@st.composite
def huge_attribute(draw) -> str:
    size = draw(st.integers(10_000, 300_000))
    filler = draw(st.sampled_from(["a", "“", "\"", "<p>", "&amp;", " ", "Путин"]))
    prose = "".join(f"<p>{sentence}</p>" for sentence in SENTENCES)
    return f"<html><body><article data-x='{filler * size}' class='{'x ' * (size // 10)}'>{prose}</article></body></html>"


@st.composite
def many_quote_marks(draw) -> str:
    count = draw(st.integers(500, 5000))
    mark = draw(st.sampled_from(QUOTE_MARKS))
    between = draw(st.sampled_from(["", " ", " word ", " Berg said ", "\n"]))
    prose = "".join(f"<p>{sentence}</p>" for sentence in SENTENCES[:3])
    return f"<html><body><article>{prose}<p>{(mark + between) * count}</p>{prose}</article></body></html>"


pages = st.one_of(
    st.builds(lambda body: f"<html><head><title>t</title></head><body>{body}</body></html>", fragments),
    st.builds(lambda body: f"<html><body><article>{''.join(f'<p>{s}</p>' for s in SENTENCES)}{body}</article>"
                           "</body></html>", fragments),
    fragments,
    deep_nesting(),
    huge_attribute(),
    many_quote_marks(),
    st.sampled_from(["", " ", "\x00", "<", "<html>", "<html></html>", "<body></body>", "<!--", "<![CDATA[",
                     "<?xml version='1.0'?>", "<!DOCTYPE html>", "\ufeff", "\ud800"]),
    st.text(max_size=200),
)


@pytest.fixture(scope="module")
def analyzer(nlp):
    return Analyzer(max_spans=5000, cache_size=0, time_budget_s=30, max_text_chars=200_000, _nlp=nlp)


@pytest.fixture(scope="module")
def fuzz_client(nlp):
    return create_app({"TESTING": True, "CACHE_SIZE": 0, "TIME_BUDGET_S": 30}).test_client()


def as_sent(body: dict) -> dict:
    """The response as the client receives it: through JSON (tuples become lists, surrogates escaped)."""
    return json.loads(json.dumps(body))


@FUZZ
@given(html=pages)
def test_pipeline_survives_any_page(analyzer, check_response, html):
    try:
        body = analyzer.analyze(html=html, url="https://news.example/a")
    except ApiError as error:
        assert error.status in REFUSALS, (error.code, error.message)
        return
    check_response(as_sent(body))


@FUZZ
@given(text=st.one_of(texts, st.text(), st.lists(st.sampled_from(QUOTE_MARKS + SENTENCES), max_size=400).map("".join)))
def test_pipeline_survives_any_text(analyzer, check_response, text):
    try:
        body = analyzer.analyze(text=text)
    except ApiError as error:
        assert error.status in REFUSALS, (error.code, error.message)
        return
    check_response(as_sent(body))
    assert len(body["article"]["text"]) == len(text)  # offsets index into the caller's own string


@FUZZ
@given(html=pages, url=st.one_of(st.none(), st.text(max_size=50), st.just("javascript:alert(1)")))
def test_api_answers_any_page_without_a_500(fuzz_client, check_response, html, url):
    response = fuzz_client.post("/api/analyze", json={"html": html, "url": url})
    assert response.status_code in {200, 400} | REFUSALS, response.get_data(as_text=True)[:300]
    body = response.get_json()
    if response.status_code == 200:
        check_response(body)
    else:
        assert body["error"]["code"] and body["error"]["message"]


@FUZZ
@given(text=st.one_of(texts, st.text()))
def test_api_answers_any_text_without_a_500(fuzz_client, check_response, text):
    response = fuzz_client.post("/api/analyze", json={"text": text})
    assert response.status_code in {200, 400} | REFUSALS
    if response.status_code == 200:
        check_response(response.get_json())


@FUZZ
@given(raw=st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.sampled_from([b'{"text": "\\ud800"}', b'{"text": "\\udfff\\ud800 said"}', b'{"html": "<p>\\ud83d</p>"}',
                     b'{"text": "\xff\xfe"}', b'{"text": 1e999}', b'{"text": ' + b"[" * 5000 + b"]" * 5000 + b"}",
                     b'{"html": null, "text": null}', b'{"text": "a", "text": "b"}', b"\xef\xbb\xbf{}", b"null"]),
))
def test_api_answers_any_body_without_a_500(fuzz_client, check_response, raw):
    response = fuzz_client.post("/api/analyze", data=raw, content_type="application/json")
    assert response.status_code < 500, response.get_data(as_text=True)[:300]
    if response.status_code == 200:
        check_response(response.get_json())
    else:
        assert response.get_json()["error"]["code"]


@pytest.mark.parametrize("text", ["\ud800", "Berg said: “\ud800”.", "\udfff\ud800 and “\udbff” he said.", "a\ud800" * 50])
def test_lone_surrogates_in_json_are_analysed_not_refused(fuzz_client, check_response, text):
    response = fuzz_client.post("/api/analyze", data=json.dumps({"text": text}), content_type="application/json")
    assert response.status_code == 200
    body = response.get_json()
    check_response(body)
    assert len(body["article"]["text"]) == len(text)
