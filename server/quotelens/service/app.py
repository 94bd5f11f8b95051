"""The Flask application factory."""

from __future__ import annotations

import logging

from flask import Flask
from flask_cors import CORS

from quotelens.service import api
from quotelens.service import pages
from quotelens.service.analyzer import Analyzer
from quotelens.service.config import DEFAULTS, from_environment
from quotelens.service.errors import register_error_handlers
from quotelens.service.watchlist import Watchlist, log_skipped_list

log = logging.getLogger(__name__)

# Browser extensions are the API's only cross-origin clients. Chrome (and Edge) extension ids are 32 letters a-p;
# Firefox gives each install a random UUID, so the scheme is admitted and the token guards the rest.
# Web pages' origins are not admitted: a site a reader visits must not be able to read its analyses.
EXTENSION_ORIGINS = [
    r"^chrome-extension://[a-p]{32}$",
    r"^moz-extension://[0-9a-fA-F-]{36}$",
]


def create_app(test_config: dict | None = None) -> Flask:
    """Build the app: settings (defaults < environment < test_config), the analyzer, CORS, routes and errors."""
    app = Flask(__name__)
    app.config.from_mapping(DEFAULTS)
    app.config.from_mapping(from_environment())
    if test_config:
        app.config.from_mapping(test_config)
    app.json.sort_keys = False

    app.extensions["quotelens"] = Analyzer.from_config(app.config, watchlist=load_watchlist(app.config["WATCHLISTS"]))
    CORS(app, resources={r"/api/*": {"origins": EXTENSION_ORIGINS}},
         allow_headers=["Content-Type", "Authorization"], methods=["GET", "POST", "OPTIONS"])
    app.register_blueprint(api.bp)
    app.register_blueprint(pages.bp)
    register_error_handlers(app)
    return app


def load_watchlist(paths) -> Watchlist | None:
    """Load the configured sanctions lists; a missing or malformed file is logged and skipped, never fatal."""
    if not paths:
        return None
    watchlist = Watchlist.load(paths, on_error=log_skipped_list)
    log.info("sanctions lists: %d entries from %d file(s)", len(watchlist), len(watchlist.paths))
    return watchlist
