"""Fixtures for the real-browser tests: the server on a free port, a news site on another, a browser with the extension.

A test module marked `every_browser` is a table of reader scenarios run by two drivers: Playwright driving Chromium,
and firefox.py driving Firefox ESR with the same page methods (test_extension.py, test_reader.py, test_journey.py).
Every other module runs in Chromium only.
"""

from __future__ import annotations

import re
import socket
import tempfile
import threading
from contextlib import contextmanager
from functools import partial
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from firefox import EXTENSION_UUID, FIREFOX, FirefoxContext

REPO = Path(__file__).resolve().parents[2]
EXTENSION = REPO / "extension"
WEB = REPO / "server" / "quotelens" / "service" / "web"
PAGES = Path(__file__).parent / "pages"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync"]

PUPPETEER = REPO / "node_modules" / "puppeteer-core"
MISSING = {
    "chromium": (CHROMIUM, "install Debian's chromium (make test does)"),
    "firefox": (FIREFOX, "install Debian's firefox-esr (make test does)"),
}


def pytest_generate_tests(metafunc):
    if "browser_name" in metafunc.fixturenames and metafunc.definition.get_closest_marker("every_browser"):
        # Through the fixture (indirect), so that every fixture built on it is rebuilt when the browser changes.
        metafunc.parametrize("browser_name", list(MISSING), indirect=True, scope="session")


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here not in Path(item.fspath).parents:
            continue
        item.add_marker(pytest.mark.browser)
        name = item.callspec.params.get("browser_name", "chromium") if hasattr(item, "callspec") else "chromium"
        executable, remedy = MISSING[name]
        if not executable.exists():
            item.add_marker(pytest.mark.skip(reason=f"{executable} is missing: {remedy}"))
        elif name == "firefox" and not PUPPETEER.exists():
            item.add_marker(pytest.mark.skip(reason="puppeteer-core is missing: run `npm ci` (make test does)"))


@pytest.fixture(scope="session")
def browser_name(request) -> str:
    """The browser the test runs in: each in turn for a module marked every_browser, else Chromium."""
    return getattr(request, "param", "chromium")


@contextmanager
def serve_app(app, paths: list[str] | None = None):
    """Run a Flask app with waitress on a free port in a daemon thread; yield its URL, stop it on exit.

    With `paths`, the path of every request the server receives is appended to it.
    """
    from waitress import create_server, wasyncore

    def recorded(environ, start_response):
        paths.append(environ["PATH_INFO"])
        return app(environ, start_response)

    def shut_down():
        server.task_dispatcher.shutdown()
        wasyncore.close_all(server._map)  # an empty map ends the loop

    server = create_server(app if paths is None else recorded, host="127.0.0.1", port=0, threads=4)
    loop = threading.Thread(target=server.run, daemon=True)
    loop.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        # Closing the sockets from this thread while the loop sits in select() fails that select with EBADF in
        # the server's thread (an unhandled thread exception, which pytest reports as an error): the loop closes
        # them itself, between two selects, when the trigger wakes it.
        server.trigger.pull_trigger(shut_down)
        loop.join(timeout=10)


@pytest.fixture(scope="session")
def live_requests() -> list[str]:
    """The path of every request live_server received, in order: what any browser sent it, seen from the server."""
    return []


@pytest.fixture(scope="session")
def live_server(nlp, live_requests):
    from quotelens.service.app import create_app

    with serve_app(create_app(), live_requests) as url:
        yield url


@pytest.fixture(scope="session")
def small_limit_server(nlp):
    """A second server that accepts at most 5 kB: a real 413 from the real app."""
    from quotelens.service.app import create_app

    with serve_app(create_app({"MAX_CONTENT_LENGTH": 5_000})) as url:
        yield url


@pytest.fixture(scope="session")
def token_server(nlp):
    """A server that requires "Authorization: Bearer t0ken"."""
    from quotelens.service.app import create_app

    with serve_app(create_app({"API_TOKEN": "t0ken"})) as url:
        yield url


@pytest.fixture(scope="session")
def listed_server(nlp, tmp_path_factory):
    """A server with a small sanctions list (OpenSanctions targets.simple.csv format) naming one person."""
    from quotelens.service.app import create_app

    csv = tmp_path_factory.mktemp("watchlist") / "targets.simple.csv"
    csv.write_text("id,schema,name,aliases,dataset,sanctions\n"
                   "test-kju,Person,Kim Jong Un,Kim Jong-un,Test sanctions list,KOREA-EO13722\n", encoding="utf-8")
    with serve_app(create_app({"WATCHLISTS": [str(csv)]})) as url:
        yield url


@pytest.fixture(scope="session")
def silent_server():
    """A port that accepts connections and never answers: the extension must time out, not hang."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    listener.close()


def send_html(handler: BaseHTTPRequestHandler, status: int, body: bytes, content_type: str = "text/html") -> None:
    """Answer the request with an HTML body and its length."""
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


class TooLargeHandler(BaseHTTPRequestHandler):
    """A reverse proxy's own refusal (nginx's client_max_body_size): a bare 413 whose HTML body carries no code."""

    def do_POST(self):
        send_html(self, 413, b"<html><body><h1>413 Request Entity Too Large</h1></body></html>")

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


@pytest.fixture(scope="session")
def refusing_proxy():
    """A proxy in front of the server that refuses every page with a bare status: the extension reads the code from
    its copy of shared/errors.json."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), TooLargeHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def news_page() -> str:
    """The demo article as an ordinary news site, without the demo's own controls and script."""
    page = (WEB / "demo.html").read_text(encoding="utf-8")
    page = re.sub(r'\s*<script type="module" src="/web/demo-adapter.js"></script>', "", page)
    page = re.sub(r'\s*<section id="quotelens-demo".*?</section>', "", page, flags=re.S)
    return page


class SiteHandler(SimpleHTTPRequestHandler):
    """Serve the test site's pages (a dict of path → bytes) and the demo's assets under /web/."""

    pages: dict[str, bytes] = {}

    def do_GET(self):
        path = self.path.split("?")[0].split("#")[0]
        body = self.pages.get(path)
        if body is None and path.startswith("/web/"):
            return super().do_GET()
        if body is None:
            self.send_error(404)
            return
        send_html(self, 200, body, "text/html; charset=utf-8")

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


@pytest.fixture(scope="session")
def site():
    """A news site on its own origin (not the server's): returns (base url, pages dict to add pages to)."""
    pages = {"/news/kim-putin": news_page().encode("utf-8")}
    for path in PAGES.glob("*.html"):
        pages[f"/test/{path.stem}"] = path.read_bytes()
    handler = type("Handler", (SiteHandler,), {"pages": pages})
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(WEB.parent)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", pages
    server.shutdown()
    server.server_close()




@pytest.fixture(scope="session")
def playwright_instance():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_instance):
    """Headless Chromium with the unpacked extension, in a throwaway profile."""
    with tempfile.TemporaryDirectory(prefix="quotelens-profile-") as profile:
        context = playwright_instance.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), headless=True,
            args=[*CHROMIUM_ARGS, f"--disable-extensions-except={EXTENSION}", f"--load-extension={EXTENSION}"],
        )
        yield context
        context.close()


@pytest.fixture(scope="session")
def firefox():
    """Headless Firefox ESR with the extension as a temporary add-on, in a throwaway profile."""
    context = FirefoxContext(EXTENSION)
    yield context
    context.close()


class Extension:
    """The loaded extension: its base URL, a context of its own to call the WebExtension API in, and what a test does
    through it. `worker` is Chromium's service worker, or in Firefox an extension page (it has no service worker)."""

    def __init__(self, context, worker, base: str):
        self.context = context
        self.worker = worker
        self.base = base
        self.tab_ids: dict[object, int] = {}

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def settings(self) -> dict:
        return self.worker.evaluate("chrome.storage.local.get('settings').then(s => s.settings ?? {})")

    def set_settings(self, settings: dict) -> None:
        self.worker.evaluate("s => chrome.storage.local.set({settings: s})", settings)

    def tab_id(self, page) -> int:
        # Kept per page: without a host permission for the page the browser no longer tells a tab's URL.
        if page not in self.tab_ids:
            self.tab_ids[page] = self.worker.evaluate(
                "url => chrome.tabs.query({}).then(tabs => tabs.find(t => t.url === url).id)", page.url)
        return self.tab_ids[page]

    def message_tab(self, page, message: dict):
        """Send the content script the message a keyboard command sends (commands cannot be pressed headless)."""
        return self.worker.evaluate("([id, m]) => chrome.tabs.sendMessage(id, m)", [self.tab_id(page), message])

    def popup(self, page):
        """Open the popup for `page`'s tab (as a tab of its own, ?tab=ID, since headless has no toolbar)."""
        popup = self.context.new_page()
        popup.goto(self.url(f"popup/popup.html?tab={self.tab_id(page)}"))
        popup.wait_for_selector("main[data-state]")
        return popup

    def panel(self, page):
        """Open the side panel's page for `page`'s tab (as a tab of its own, ?tab=ID)."""
        panel = self.context.new_page()
        panel.goto(self.url(f"panel/panel.html?tab={self.tab_id(page)}"))
        panel.wait_for_selector("main[data-state]")
        return panel

    def grant_from_a_click(self, origins: list[str]) -> bool:
        """Request host permissions the way a reader does: from a click (the browser refuses it otherwise)."""
        page = self.context.new_page()
        page.goto(self.url("options/options.html"))
        page.evaluate("""origins => { const button = document.createElement('button'); button.id = 'test-grant';
          button.textContent = 'Grant'; document.body.prepend(button);
          button.onclick = () => { window.granted = chrome.permissions.request({origins}); }; }""", origins)
        page.click("#test-grant")
        granted = page.evaluate("window.granted")
        page.close()
        return granted

    def analyze(self, page):
        """Click "Analyse this page" in the popup and wait for its answer; return the popup."""
        popup = self.popup(page)
        popup.click("#analyze")
        popup.wait_for_selector("main[data-state=done], main[data-state=error]", timeout=60_000)
        page.bring_to_front()
        return popup


def chromium_extension(browser) -> Extension:
    worker = browser.service_workers[0] if browser.service_workers else browser.wait_for_event("serviceworker")
    return Extension(browser, worker, f"chrome-extension://{worker.url.split('/')[2]}/")


def firefox_extension(firefox) -> Extension:
    return Extension(firefox, firefox.extension_page("options/options.html"), f"moz-extension://{EXTENSION_UUID}/")


@pytest.fixture(scope="session")
def extension(browser_name, request, live_server):
    if browser_name == "firefox":
        ext = firefox_extension(request.getfixturevalue("firefox"))
    else:
        ext = chromium_extension(request.getfixturevalue("browser"))
    ext.browser_name = browser_name
    # Everything on (reported speech too), so that tests see every category; the shipped default is checked apart.
    ext.default_settings = {"serverUrl": live_server, "apiToken": "", "timeoutMs": 30_000, "autoSites": [], "hidden": []}
    ext.set_settings(ext.default_settings)
    return ext


@pytest.fixture
def ext(extension):
    """The extension with default settings before and after each test, and every page it opened closed."""
    extension.set_settings(extension.default_settings)
    yield extension
    extension.set_settings(extension.default_settings)
    for page in extension.context.pages[1:]:
        page.close()
    extension.tab_ids.clear()


@pytest.fixture
def open_page(ext, site):
    base, _ = site
    opened = iter(range(1, 1_000_000))

    def open_(path: str):
        # A query string per tab, so that the tab a test means is found by its URL.
        page = ext.context.new_page()
        page.goto(f"{base}{path}?tab={next(opened)}")
        return page

    return open_



@pytest.fixture
def analysis_of(live_server, site):
    """The server's own answer for a page of the test site, to compare what a reader sees against."""
    from browser_helpers import post_json

    def of(path: str) -> dict:
        status, body = post_json(f"{live_server}/api/analyze", {"html": site[1][path].decode("utf-8")})
        assert status == 200, body
        return body

    return of


class StoppableServer:
    """`quotelens serve` in a child process, as a reader runs it, that a test stops between two analyses."""

    def __init__(self):
        import sys

        sys.path.insert(0, str(REPO / "bench"))
        from local_server import LocalServer

        self.process = LocalServer(threads=2).__enter__()
        self.url = f"http://127.0.0.1:{self.process.port}"

    def stop(self):
        if self.process:
            self.process.__exit__(None, None, None)
            self.process = None


@pytest.fixture
def stoppable_server():
    server = StoppableServer()
    yield server
    server.stop()


@pytest.fixture
def analyzed(ext, open_page):
    """The seed article on the news site, analysed through the popup: (page, popup)."""
    page = open_page("/news/kim-putin")
    popup = ext.analyze(page)
    assert popup.get_attribute("main", "data-state") == "done", popup.text_content("#error")
    return page, popup
