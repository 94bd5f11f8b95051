"""API errors as JSON: one exception type, one handler; every code, its status and default message are in
shared/errors.json (the package's copy: data/errors.json), which the extension reads too."""

from __future__ import annotations

import logging
import traceback

from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException

from quotelens.language.vocabulary import vocabulary

log = logging.getLogger(__name__)

ERRORS = vocabulary("errors")["errors"]
# The code a bare HTTP status stands for (werkzeug's own errors, raised before a view runs).
STATUS_CODES = {entry["status"]: code for code, entry in ERRORS.items() if entry.get("answers_status")}


class ApiError(Exception):
    """An error the client can act on, answered as ``{"error": {"code", "message"}}`` with the code's status.

    ``message``: what went wrong in this request; the code's default message when there is nothing more to say.
    """

    def __init__(self, code: str, message: str | None = None):
        entry = ERRORS[code]
        self.code = code
        self.message = message or entry["message"]
        self.status = entry["status"]
        super().__init__(self.message)


def error_response(code: str, message: str, status: int):
    """Build the JSON error body every failure shares."""
    response = jsonify(error={"code": code, "message": message})
    response.status_code = status
    return response


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
        return error_response(STATUS_CODES.get(status, "http_error"), message, status)

    @app.errorhandler(Exception)
    def handle_unexpected(error: Exception):
        # Log the exception type and where it was raised, never its message: a message can quote the page
        # (KeyError(token.text)), and page text and URLs never reach the logs.
        frames = "".join(traceback.format_tb(error.__traceback__))
        log.error("unexpected %s while handling a request\n%s", type(error).__name__, frames)
        internal = ApiError("internal")
        return error_response(internal.code, internal.message, internal.status)
