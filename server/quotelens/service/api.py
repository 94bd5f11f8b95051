"""The HTTP API: thin views that check the request, call the analyzer and return JSON."""

from __future__ import annotations

import hmac

import spacy
from flask import Blueprint, current_app, jsonify, request

from quotelens import __version__
from quotelens.language.nlp import MODEL_NAME
from quotelens.service.errors import ApiError

bp = Blueprint("api", __name__, url_prefix="/api")

# Fields a request may carry, and the one of them it must: a whole page or plain article text.
INPUT_FIELDS = ("html", "text")


@bp.before_request
def require_token():
    """When a token is configured, every API call but the health check must carry it (compared in constant time)."""
    token = current_app.config.get("API_TOKEN")
    if not token or request.endpoint == "api.health" or request.method == "OPTIONS":
        return
    sent = request.headers.get("Authorization", "")
    expected = f"Bearer {token}"
    if not hmac.compare_digest(sent.encode(), expected.encode()):
        raise ApiError("unauthorized")


@bp.get("/health")
def health():
    analyzer = current_app.extensions["quotelens"]
    return jsonify(
        status="ok",
        version=__version__,
        model=MODEL_NAME,
        model_loaded=analyzer.model_loaded,
        spacy=spacy.__version__,
        token_required=bool(current_app.config.get("API_TOKEN")),
    )


@bp.post("/analyze")
def analyze():
    if not request.is_json:
        raise ApiError("unsupported_media_type")
    analyzer = current_app.extensions["quotelens"]
    body = request.get_data(cache=True)
    answer = analyzer.answer_for_body(body)
    if answer is None:
        answer = analyzer.analyze(**parse_payload(), body=body)
    return jsonify(answer)


def parse_payload() -> dict:
    """Return the request's html/text/url, or raise the ApiError that says what is wrong with it."""
    try:
        body = request.get_json(silent=True)
    except RecursionError:  # arrays nested thousands deep exhaust the JSON parser's stack; silent= only covers ValueError
        body = None
    if body is None:
        raise ApiError("malformed_json")
    if not isinstance(body, dict):
        raise ApiError("bad_request", "The request body must be a JSON object.")
    present = [name for name in INPUT_FIELDS if body.get(name) is not None]
    if len(present) != 1:
        raise ApiError("bad_request", "Send exactly one of 'html' (a whole page) or 'text' (article text).")
    name = present[0]
    value = body[name]
    if not isinstance(value, str) or not value.strip():
        raise ApiError("bad_request", f"'{name}' must be a non-empty string.")
    url = body.get("url")
    if url is not None and not isinstance(url, str):
        raise ApiError("bad_request", "'url' must be a string.")
    return {name: value, "url": url} if name == "html" else {"text": value}
