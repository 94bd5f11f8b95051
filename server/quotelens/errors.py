"""API errors as JSON: one exception type, one handler, every status the API can answer with."""

from __future__ import annotations

import logging
import traceback

from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException

log = logging.getLogger(__name__)


class ApiError(Exception):
    """An error the client can act on, answered as ``{"error": {"code", "message"}}`` with ``status``."""

    def __init__(self, code: str, message: str, status: int = 400):
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status


def error_response(code: str, message: str, status: int):
    """Build the JSON error body every failure shares."""
    response = jsonify(error={"code": code, "message": message})
    response.status_code = status
    return response


# Werkzeug's own HTTP errors (raised before a view runs) mapped to stable machine-readable codes.
HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
}


def register_error_handlers(app: Flask) -> None:
    """Answer every error as JSON, never as an HTML page or a traceback."""

    @app.errorhandler(ApiError)
    def handle_api_error(error: ApiError):
        return error_response(error.code, error.message, error.status)

    @app.errorhandler(HTTPException)
    def handle_http_error(error: HTTPException):
        status = error.code or 500
        if status == 413:
            limit = app.config["MAX_CONTENT_LENGTH"]
            message = f"The request body is larger than the limit of {limit} bytes."
        else:
            message = error.description or error.name
        return error_response(HTTP_CODES.get(status, "http_error"), message, status)

    @app.errorhandler(Exception)
    def handle_unexpected(error: Exception):
        # Log the exception type and where it was raised, never its message: a message can quote the page
        # (KeyError(token.text)), and page text and URLs never reach the logs.
        frames = "".join(traceback.format_tb(error.__traceback__))
        log.error("unexpected %s while handling a request\n%s", type(error).__name__, frames)
        return error_response("internal", "The server failed to analyse this page.", 500)
