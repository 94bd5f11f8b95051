"""The analysis cache: LRU order, bounds, thread safety, keys, and a repeated page answered from memory."""

from __future__ import annotations

import threading
import time

import pytest

from quotelens.pipeline import Stopwatch
from quotelens.service.analyzer import Analyzer
from quotelens.service.app import create_app
from quotelens.service.cache import LruCache, body_key, cache_key

ARTICLE = ("Foreign Minister Anna Berg said on Monday that the government would impose sanctions on the company.\n\n"
           "“We will not stand by,” Berg told reporters in the capital. “This is a matter of principle.”\n\n"
           "The company denied any wrongdoing and said it would appeal against the decision in court.")
PAGE = f"""<html lang="en"><head><title>Minister warns</title></head><body><nav><a href="/">Home</a></nav>
<article><h1>Minister warns of sanctions</h1>{"".join(f"<p>{p}</p>" for p in ARTICLE.split(chr(10) * 2))}</article>
</body></html>"""


@pytest.mark.parametrize("size, operations, kept", [
    (2, "put a, put b, put c", "b c"),                 # the least recently used goes first
    (2, "put a, put b, get a, put c", "a c"),          # a read refreshes an entry
    (2, "put a, put b, put a, put c", "a c"),          # so does a second put
    (2, "put a, put b, put c, get a, put d", "c d"),   # an evicted entry stays gone
    (0, "put a, put b", ""),                           # size 0: the cache is off
])
def test_lru_keeps_the_most_recently_used(size, operations, kept):
    cache = LruCache(size)
    for operation in operations.split(", "):
        verb, key = operation.split()
        if verb == "put":
            cache.put(key, key.upper())
        else:
            cache.get(key)
    assert [key for key in "abcd" if cache.get(key) == key.upper()] == kept.split()
    assert len(cache) <= size


def test_lru_is_safe_across_threads():
    cache = LruCache(50)
    errors = []

    def hammer(worker: int):
        try:
            for number in range(2000):
                cache.put(f"{worker}-{number % 80}", number)
                cache.get(f"{(worker + 1) % 8}-{number % 80}")
        except Exception as error:  # noqa: BLE001 - any exception is the failure this test looks for
            errors.append(error)

    threads = [threading.Thread(target=hammer, args=(worker,)) for worker in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(cache) == 50
    assert cache.hits + cache.misses == 8 * 2000


def test_key_is_stable():
    """The same text, blocks and settings give the same key, whatever iterable carries them."""
    assert cache_key("Hello world.", ((0, 12, "text"),), (5000,)) == cache_key("Hello world.", [(0, 12, "text")], [5000])


@pytest.mark.parametrize("text, blocks, settings", [
    ("Hello world!", ((0, 12, "text"),), (5000,)),          # another text
    ("Hello world.", ((0, 12, "paragraph"),), (5000,)),     # other blocks
    ("Hello world.", ((0, 5, "text"), (6, 12, "text")), (5000,)),
    ("Hello world.", ((0, 12, "text"),), (10,)),            # other settings (max spans)
    ("Hello world.", ((0, 12, "text"),), (5000, "watchlist")),
])
def test_key_changes_with_what_changes_results(text, blocks, settings):
    assert cache_key(text, blocks, settings) != cache_key("Hello world.", [(0, 12, "text")], [5000])


def test_key_accepts_lone_surrogates():
    assert cache_key("a\ud800b", (), ()) != cache_key("a\udc00b", (), ())


def test_repeated_text_is_answered_from_the_cache_in_under_5_ms(client, check_response):
    first = client.post("/api/analyze", json={"text": ARTICLE}).get_json()
    assert first["stats"]["cached"] is False
    check_response(first)
    timings = []
    for _ in range(5):
        began = time.perf_counter()
        response = client.post("/api/analyze", json={"text": ARTICLE})
        timings.append(time.perf_counter() - began)
    again = response.get_json()
    check_response(again)
    assert again["stats"]["cached"] is True
    assert "nlp" not in again["stats"]["timings_ms"]
    assert {key: again[key] for key in ("article", "quotes", "entities", "sanctions", "spans")} == \
           {key: first[key] for key in ("article", "quotes", "entities", "sanctions", "spans")}
    assert min(timings) < 0.005, f"fastest cached answer took {min(timings) * 1000:.1f} ms"


def test_same_article_on_another_url_reuses_findings_but_keeps_its_own_url(client, check_response):
    first = client.post("/api/analyze", json={"html": PAGE, "url": "https://news.example/a"}).get_json()
    second = client.post("/api/analyze", json={"html": PAGE, "url": "https://mirror.example/b"}).get_json()
    check_response(second)
    assert (first["stats"]["cached"], second["stats"]["cached"]) == (False, True)
    assert "extract" in second["stats"]["timings_ms"]  # the key is the extracted text, so extraction still runs
    assert second["article"]["url"] == "https://mirror.example/b"
    assert second["spans"] == first["spans"]


def test_a_page_sent_again_skips_the_parse_and_the_extraction(client, check_response):
    body = {"html": PAGE, "url": "https://news.example/a"}
    first = client.post("/api/analyze", json=body).get_json()
    again = client.post("/api/analyze", json=body).get_json()
    check_response(again)
    assert (first["stats"]["cached"], again["stats"]["cached"]) == (False, True)
    assert list(again["stats"]["timings_ms"]) == ["cache"]  # answered by the body's hash: no extract, no language
    assert {key: value for key, value in again.items() if key != "stats"} == \
           {key: value for key, value in first.items() if key != "stats"}


def test_a_refused_body_is_not_remembered(nlp):
    client = create_app({"TESTING": True, "MAX_TEXT_CHARS": 50}).test_client()
    for _ in range(2):
        assert client.post("/api/analyze", json={"text": ARTICLE}).status_code == 413


def test_body_key_changes_with_the_body_and_the_settings():
    assert body_key(b'{"text": "a"}', (1,)) == body_key(b'{"text": "a"}', (1,))
    assert body_key(b'{"text": "a"}', (1,)) != body_key(b'{"text": "b"}', (1,))
    assert body_key(b'{"text": "a"}', (1,)) != body_key(b'{"text": "a"}', (2,))


def test_a_text_answer_is_not_reused_for_a_page_with_other_blocks(client):
    client.post("/api/analyze", json={"text": ARTICLE})
    page = client.post("/api/analyze", json={"html": PAGE}).get_json()
    assert page["stats"]["cached"] is False  # the page's blocks (paragraphs) differ from the text's (lines)


def test_cache_size_zero_turns_it_off(nlp):
    client = create_app({"TESTING": True, "CACHE_SIZE": 0}).test_client()
    answers = [client.post("/api/analyze", json={"text": ARTICLE}).get_json() for _ in range(2)]
    assert [answer["stats"]["cached"] for answer in answers] == [False, False]


def test_cache_is_bounded(nlp):
    analyzer = Analyzer(cache_size=3, _nlp=nlp)
    for number in range(10):
        analyzer.analyze(text=f"Report number {number}: the minister said nothing new.")
    assert len(analyzer.cache) == 3


def test_settings_that_change_results_change_the_key(nlp):
    small, large = Analyzer(max_spans=1, _nlp=nlp), Analyzer(max_spans=5000, _nlp=nlp)
    article = small.read_article(Stopwatch(), text=ARTICLE)
    assert small.key(article) != large.key(article)
