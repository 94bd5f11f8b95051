"""Store screenshots (docs/screenshots/, 1280×800): the extension in headless Chromium on the demo article served as a
plain news site, analysed from the popup, with its highlights, a speaker card and a sanction card open."""

from __future__ import annotations

import sys
import tempfile
import threading
from functools import partial
from http.server import ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "tests" / "browser"))
from browser_helpers import text_point  # noqa: E402
from conftest import CHROMIUM, CHROMIUM_ARGS, EXTENSION, WEB, SiteHandler, news_page, serve_app  # noqa: E402

OUT = REPO / "docs" / "screenshots"
SIZE = {"width": 1280, "height": 800}
# (file, text to scroll to, text to click beside, how far left of that text's centre to click: on the name)
SHOTS = [
    ("1-highlights.png", "Miller also stated", None, 0),
    ("2-speaker-card.png", "Miller also stated", "Miller also stated", 30),
    ("3-sanction-card.png", "will not hesitate to impose sanctions", "impose sanctions", 0),
]


def serve_site() -> tuple[str, ThreadingHTTPServer]:
    handler = type("Handler", (SiteHandler,), {"pages": {"/news/kim-putin": news_page().encode("utf-8")}})
    site = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(WEB.parent)))
    threading.Thread(target=site.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{site.server_address[1]}", site


def main() -> int:
    from playwright.sync_api import sync_playwright
    from quotelens.service.app import create_app

    server_url, server = serve_app(create_app())
    site_url, site = serve_site()
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as profile:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), headless=True, viewport=SIZE,
            args=[*CHROMIUM_ARGS, f"--disable-extensions-except={EXTENSION}", f"--load-extension={EXTENSION}"])
        worker = context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker")
        worker.evaluate("url => chrome.storage.local.set({settings: {serverUrl: url}})", server_url)
        page = context.new_page()
        page.goto(f"{site_url}/news/kim-putin")
        tab = worker.evaluate("url => chrome.tabs.query({}).then(tabs => tabs.find(t => t.url === url).id)", page.url)
        popup = context.new_page()
        popup.goto(f"chrome-extension://{worker.url.split('/')[2]}/popup/popup.html?tab={tab}")
        popup.click("#analyze")
        popup.wait_for_selector("main[data-state=done]", timeout=120_000)
        page.bring_to_front()
        for name, scroll_to, click_on, left in SHOTS:
            page.keyboard.press("Escape")  # close the previous card
            point = text_point(page, ".article-body", scroll_to)
            if click_on:
                point = text_point(page, ".article-body", click_on)
                page.mouse.click(point["x"] - left, point["y"])
                page.wait_for_selector("quotelens-host .card:not([hidden])")
            page.screenshot(path=str(OUT / name))
            print(OUT / name)
        context.close()
    site.shutdown()
    server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
