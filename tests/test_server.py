"""The production server as a reader runs it (`quotelens serve`, waitress, worker processes), over real HTTP:
a page over the budget is refused on time and its work ends; it does not starve a reader's page; only requests
that name the server, from the extension or the server's own pages, are answered."""

from __future__ import annotations

import json
import sys
import threading
import time

import pytest

from hostile_articles import long_paragraph
from locations import REPO
from waiting import eventually

sys.path.insert(0, str(REPO / "bench"))  # the benchmarks' server harness: one way to start `quotelens serve`
from local_server import LocalServer, worker_pids  # noqa: E402

BUDGET_S = 1.5
# A page whose analysis outlasts the budget several times over on any machine (spaCy alone reads ~30,000
# characters a second on one core; this is ~190,000), and a reader's ordinary article.
HOSTILE = {"text": long_paragraph(2000)}
ARTICLE = {"text": long_paragraph(8)}
JSON = {"Content-Type": "application/json"}
EXTENSION = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"


@pytest.fixture(scope="module")
def server():
    settings = {"TIME_BUDGET_S": str(BUDGET_S), "CACHE_SIZE": "0", "ALLOWED_HOSTS": "quotelens.internal,news.lan:8080"}
    with LocalServer(threads=6, settings=settings) as running:
        running.request("POST", "/api/analyze", ARTICLE)  # warm up the workers
        yield running


def timed(server, body) -> tuple[int, float]:
    began = time.monotonic()
    status, _ = server.request("POST", "/api/analyze", body)
    return status, time.monotonic() - began


def test_a_page_over_the_budget_is_refused_on_time_and_its_worker_ends(server):
    before = worker_pids(server.pid)
    status, elapsed = timed(server, HOSTILE)
    assert status == 503
    assert elapsed < BUDGET_S + 2.0  # the analysis alone needs several times the budget
    assert eventually(lambda: len(worker_pids(server.pid) & before) == len(before) - 1), \
        "the worker analysing the page was ended"
    assert eventually(lambda: len(worker_pids(server.pid)) == len(before)), "the ended worker is replaced"
    assert timed(server, ARTICLE)[0] == 200


def test_two_hostile_pages_do_not_starve_a_readers_page(server):
    idle = min(timed(server, ARTICLE)[1] for _ in range(3))
    hostile = [threading.Thread(target=timed, args=(server, HOSTILE)) for _ in range(2)]
    for thread in hostile:
        thread.start()
    time.sleep(0.3)  # both hostile pages hold the two analysis slots
    status, elapsed = timed(server, ARTICLE)
    for thread in hostile:
        thread.join()
    assert status == 200, f"refused after {elapsed:.2f} s beside two hostile pages (idle {idle:.2f} s)"
    # Its usual time plus one budget (the wait for a slot); the margin absorbs a shared machine's noise (load 14 on two
    # cores has stretched an analysis threefold). Without ended workers it would wait for both hostile analyses.
    assert elapsed < 3 * idle + BUDGET_S + 2.0, f"idle {idle:.2f} s, beside two hostile pages {elapsed:.2f} s"


@pytest.mark.parametrize("host, status", [
    (None, 200),                          # http.client names the address it connects to: 127.0.0.1:port
    ("localhost:{port}", 200),
    ("localhost", 200),
    ("127.0.0.1:{port}", 200),
    ("[::1]:{port}", 200),
    ("quotelens.internal", 200),          # ALLOWED_HOSTS: a name, on any port
    ("quotelens.internal:9000", 200),
    ("news.lan:8080", 200),               # ALLOWED_HOSTS: a name and port, only that port
    ("news.lan:8081", 403),
    ("evil.example:{port}", 403),         # a page that rebound its own name to 127.0.0.1
    ("evil.example", 403),
    ("localhost.evil.example:{port}", 403),
    ("127.0.0.1.evil.example", 403),
    ("quotelens.internal.evil.example", 403),
])
@pytest.mark.parametrize("path", ["/api/health", "/api/analyze", "/"])
def test_only_requests_that_name_the_server_are_answered(server, host, status, path):
    headers = {} if host is None else {"Host": host.format(port=server.port)}
    connection = server.connect()
    try:
        if path == "/api/analyze":
            connection.request("POST", path, body=json.dumps(ARTICLE), headers=headers | JSON)
        else:
            connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        assert response.status == status
        if status == 403:  # the status page's refusal is JSON too
            assert json.loads(response.read())["error"]["code"] == "unknown_host"
    finally:
        connection.close()


@pytest.mark.parametrize("origin, status", [
    (EXTENSION, 200),
    ("moz-extension://0f8b2a61-5d3c-4e8e-9d0b-2f4f6c1a7e55", 200),
    ("http://127.0.0.1:{port}", 200),     # the server's own pages (the demo)
    ("https://evil.example", 403),
    ("http://evil.example:{port}", 403),
    ("http://127.0.0.1:1", 403),          # another local port is another origin
    ("null", 403),                        # sandboxed frames, file:// pages
])
@pytest.mark.parametrize("path", ["/api/health", "/api/analyze"])
def test_only_the_extension_and_the_servers_own_pages_may_call_it(server, origin, status, path):
    body = ARTICLE if path == "/api/analyze" else None
    got, answer = server.request("POST" if body else "GET", path, body,
                                 headers={"Origin": origin.format(port=server.port)})
    assert got == status
    if status == 403:
        assert answer["error"]["code"] == "forbidden_origin"


def test_a_rebinding_page_cannot_drive_an_analysis_even_with_its_own_origin(server):
    """The whole attack: the page's own origin and host name, both the attacker's domain."""
    status, answer = server.request("POST", "/api/analyze", ARTICLE, headers={
        "Host": f"evil.example:{server.port}", "Origin": f"http://evil.example:{server.port}"})
    assert (status, answer["error"]["code"]) == (403, "unknown_host")
