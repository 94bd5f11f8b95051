"""Security and privacy: loopback by default, the token (in constant time), CORS for extensions only, quiet logs."""

from __future__ import annotations

import hmac
import logging

import pytest

from quotelens import pipeline
from quotelens.service import api
from quotelens.service.app import create_app

EXTENSION = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
WEB_PAGE = "https://evil.example"

# A page whose words and address must never appear in a log line, whatever happens to its analysis.
SECRET_WORD = "Zanzibarquux"
SECRET_URL = "https://private.example/reader-was-here?id=Zanzibarquux"
PAGE = f"""<html lang="en"><head><title>{SECRET_WORD} warns</title></head><body><article>
<h1>{SECRET_WORD} warns of sanctions</h1>
<p>Foreign Minister Anna {SECRET_WORD} said on Monday that the government would impose sanctions on the firm.</p>
<p>“We will not stand by,” {SECRET_WORD} told reporters in the capital. “This is a matter of principle.”</p>
<p>The company denied any wrongdoing and said it would appeal against the decision in court on Friday.</p>
</article></body></html>"""
GERMAN_PAGE = PAGE.replace("<article>", f"""<article><p>Die Regierung hat am Montag neue Sanktionen gegen das
Unternehmen {SECRET_WORD} beschlossen, wie der Minister in der Hauptstadt sagte. Das ist nicht das erste Mal, dass
die Firma mit den Behörden in Konflikt gerät, und es wird auch nicht das letzte Mal sein.</p>""").replace(
    "<h1>", "<p>Die Firma und die Regierung, der Minister und die Behörden: es ist ein Streit, der sich seit Jahren "
            "hinzieht und der noch nicht zu Ende ist, sagte er. Die Sanktionen sind für das Unternehmen ein "
            "schwerer Schlag, und die Aktie fiel um zehn Prozent.</p><h1>")
NO_ARTICLE = f"<html><body><nav><a href='/{SECRET_WORD}'>{SECRET_WORD}</a></nav></body></html>"


def leaked(records) -> list[str]:
    """Every logged line (message and traceback) that quotes the page or its address."""
    lines = []
    for record in records:
        text = record.getMessage() + (logging.Formatter().formatException(record.exc_info) if record.exc_info else "")
        if record.exc_text:
            text += record.exc_text
        if SECRET_WORD in text or "private.example" in text:
            lines.append(text)
    return lines


def explode(*args, **kwargs):
    # A detector bug whose message quotes the text it choked on, as KeyError(token.text) would.
    raise KeyError(f"no rule for {SECRET_WORD}")


@pytest.mark.parametrize("case, settings, body, status", [
    ("analysed", {}, {"html": PAGE, "url": SECRET_URL}, 200),
    ("analysed from the cache", {}, {"html": PAGE, "url": SECRET_URL}, 200),
    ("no article", {}, {"html": NO_ARTICLE, "url": SECRET_URL}, 422),
    ("not English", {}, {"html": GERMAN_PAGE, "url": SECRET_URL}, 422),
    ("over the time budget", {"TIME_BUDGET_S": 1e-9}, {"html": PAGE, "url": SECRET_URL}, 503),
    ("too long", {"MAX_TEXT_CHARS": 100}, {"html": PAGE, "url": SECRET_URL}, 413),
    ("finder bug", {"explode": "find_quotes"}, {"html": PAGE, "url": SECRET_URL}, 200),
    ("assembly bug", {"explode": "build_spans"}, {"html": PAGE, "url": SECRET_URL}, 500),
    ("bad token", {"API_TOKEN": "s3cret"}, {"html": PAGE, "url": SECRET_URL}, 401),
])
def test_logs_never_quote_the_page_or_its_url(nlp, caplog, monkeypatch, case, settings, body, status):
    settings = dict(settings)
    broken = settings.pop("explode", None)
    if broken:
        monkeypatch.setattr(pipeline, broken, explode)
    client = create_app({"TESTING": True, **settings}).test_client()
    caplog.set_level(logging.DEBUG)
    for _ in range(2 if "cache" in case else 1):
        response = client.post("/api/analyze", json=body)
    assert response.status_code == status, response.get_json()
    assert SECRET_WORD not in response.get_json().get("error", {}).get("message", "")
    assert not leaked(caplog.records), f"{case}: {leaked(caplog.records)}"
    if broken:
        assert caplog.records, "an unexpected error must still be logged (its type and where it happened)"


@pytest.mark.parametrize("origin, admitted", [
    (EXTENSION, True),
    ("moz-extension://0f8b2a61-5d3c-4e8e-9d0b-2f4f6c1a7e55", True),
    (WEB_PAGE, False),
    ("chrome-extension://not-an-extension-id", False),
    ("chrome-extension://abcdefghijklmnopabcdefghijklmnop.evil.example", False),
    ("null", False),
])
def test_cors_preflight_admits_extension_origins_only(client, origin, admitted):
    response = client.options("/api/analyze", headers={
        "Origin": origin,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "Content-Type, Authorization",
    })
    assert (response.headers.get("Access-Control-Allow-Origin") == origin) is admitted
    if admitted:
        assert "authorization" in response.headers.get("Access-Control-Allow-Headers", "").lower()
    else:
        assert "Access-Control-Allow-Origin" not in response.headers


@pytest.mark.parametrize("body", [{"html": NO_ARTICLE}, {"text": "Hello there."}, {}])
def test_web_pages_cannot_read_any_answer(client, body):
    response = client.post("/api/analyze", json=body, headers={"Origin": WEB_PAGE})
    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "forbidden_origin"
    assert "Access-Control-Allow-Origin" not in response.headers


@pytest.mark.parametrize("path", ["/", "/api/health"])
def test_pages_outside_the_api_send_no_cors_grant_to_web_pages(client, path):
    assert "Access-Control-Allow-Origin" not in client.get(path, headers={"Origin": WEB_PAGE}).headers


@pytest.mark.parametrize("header, status", [
    (None, 401),
    ("", 401),
    ("Bearer", 401),
    ("Bearer ", 401),
    ("Bearer s3cre", 401),
    ("Bearer s3cret2", 401),
    ("bearer s3cret", 401),
    ("Bearer S3CRET", 401),
    ("Bearer s3crét", 401),
    ("Bearer s3cret", 200),
])
def test_token_is_required_and_exact(nlp, header, status):
    client = create_app({"TESTING": True, "API_TOKEN": "s3cret"}).test_client()
    headers = {"Authorization": header} if header is not None else {}
    response = client.post("/api/analyze", json={"text": "Hello there."}, headers=headers)
    assert response.status_code == status
    if status == 401:
        assert response.get_json()["error"]["code"] == "unauthorized"


def test_token_is_compared_in_constant_time(nlp, monkeypatch):
    """The comparison goes through hmac.compare_digest, whose time does not depend on where the strings differ."""
    calls = []
    compare_digest = hmac.compare_digest

    def recording_compare(a, b):
        calls.append((a, b))
        return compare_digest(a, b)

    monkeypatch.setattr(api.hmac, "compare_digest", recording_compare)
    client = create_app({"TESTING": True, "API_TOKEN": "s3cret"}).test_client()
    assert client.post("/api/analyze", json={"text": "Hi."}, headers={"Authorization": "Bearer s3crex"}).status_code == 401
    assert client.post("/api/analyze", json={"text": "Hi."}, headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert calls == [(b"Bearer s3crex", b"Bearer s3cret"), (b"Bearer s3cret", b"Bearer s3cret")]


def test_preflight_needs_no_token(nlp):
    """A browser sends the CORS preflight without credentials; it must not be refused, or no request follows."""
    client = create_app({"TESTING": True, "API_TOKEN": "s3cret"}).test_client()
    response = client.options("/api/analyze", headers={"Origin": EXTENSION, "Access-Control-Request-Method": "POST"})
    assert response.status_code == 200
    assert response.headers.get("Access-Control-Allow-Origin") == EXTENSION


def test_cache_stays_in_memory(nlp, tmp_path, monkeypatch):
    """Analysing pages writes nothing to disk (run from an empty working directory)."""
    monkeypatch.chdir(tmp_path)
    client = create_app({"TESTING": True}).test_client()
    for _ in range(2):
        assert client.post("/api/analyze", json={"html": PAGE, "url": SECRET_URL}).status_code == 200
    assert list(tmp_path.iterdir()) == []
