"""The demo page (/demo) in a plain browser tab: the extension's own content code, driven by the page's adapter."""

from __future__ import annotations

import time

from browser_helpers import card_text, highlights, text_point


def test_demo_page_highlights_toggles_and_opens_cards(ext, live_server):
    page = ext.context.new_page()
    page.goto(f"{live_server}/demo")
    page.click("#demo-analyze")
    page.wait_for_selector("#demo-status:has-text('highlights placed')", timeout=60_000)
    painted = highlights(page)
    assert {"quotelens-quote", "quotelens-speaker", "quotelens-official", "quotelens-sanction"} <= painted.keys()
    status = page.text_content("#demo-status")
    placed, total = status.split(" highlights")[0].split(" of ")
    assert placed == total
    page.uncheck("#demo-categories input[data-category=quote]")
    assert "quotelens-quote" not in highlights(page)
    page.check("#demo-categories input[data-category=quote]")
    assert highlights(page)["quotelens-quote"] == painted["quotelens-quote"]
    point = text_point(page, ".article-body", "Miller also stated")
    page.mouse.click(point["x"] - 30, point["y"])
    assert "Matthew Miller" in card_text(page)
    page.click("#demo-next")
    time.sleep(0.1)
    assert "quotelens-focus" in highlights(page)


def test_status_page_says_how_to_load_the_extension(live_server, ext):
    page = ext.context.new_page()
    page.goto(f"{live_server}/")
    text = page.text_content("body")
    assert "Load unpacked" in text
    assert "/extension" in text
    assert "$" not in text  # every placeholder was filled
    assert page.get_attribute("a[href='/demo']", "href") == "/demo"
