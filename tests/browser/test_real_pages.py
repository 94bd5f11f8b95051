"""A handful of real news pages from the extraction benchmark: every span the server returns is anchored exactly."""

from __future__ import annotations

import re

import pytest

from browser_helpers import real_page

# Pages of different sites and markup (bench/extension.py runs all of them); the first four hold quotes that run
# over two paragraphs with page furniture between them, painted per paragraph.
PAGES = [
    "624fcd903d56fc7055fa7097b330629450c095ad6937318deb027be7803bbf35",  # express.co.uk
    "7f93c1944a41d01960f8a16fdfda6c562e86f04ead8375ab796c4278402df9a8",  # newsweek.com
    "921019755f4a96ac4abf9dbcb4ef9d5ac202624a542d5ea70912330aa6fcc71f",  # news.sky.com
    "961bd85ca85aaf791b278cc4a60058e92d57c4f32a3411cf8e7d802af183c926",  # therepublic.com
    "098bb3e96c0acdf36efdcde45fb9cca3f8c82c7cb2071b76097a1b96155f1eb2",  # latimes.com
    "0d46122928b6f468cc4bbc694051d0dbae5702bc75a16dab82a99b58daf150a0",  # sportsnet.ca
]


@pytest.fixture
def offline(ext):
    """The pages' own scripts, styles and images point at the internet: only localhost is reachable."""
    if ext.browser_name == "firefox":
        ext.context.set_offline(True)
        yield
        ext.context.set_offline(False)
        return
    pattern = re.compile(r"^(https?|wss?)://(?!127\.0\.0\.1[:/])")
    ext.context.route(pattern, lambda route: route.abort())
    yield
    ext.context.unroute(pattern)


@pytest.mark.parametrize("name", PAGES)
def test_every_span_of_a_real_page_is_anchored_on_its_text(ext, site, open_page, offline, name):
    _, pages = site
    pages[f"/real/{name}"] = real_page(name)
    page = open_page(f"/real/{name}")
    popup = ext.analyze(page)
    assert popup.get_attribute("main", "data-state") == "done", popup.text_content("#error")
    state = ext.message_tab(page, {"type": "quotelens:get-state"})
    assert state["spans"] > 0
    assert state["unanchored"] == []
    assert state["exact"] == state["anchored"] == state["spans"]
