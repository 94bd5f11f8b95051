"""The Flask application factory."""

from __future__ import annotations

import logging

from flask import Flask
from flask_cors import CORS

from quotelens.service import api
from quotelens.service import pages
from quotelens.service.access import EXTENSION_ORIGINS, register_access_checks
from quotelens.service.analyzer import Analyzer
from quotelens.service.config import DEFAULTS, from_environment
from quotelens.service.errors import register_error_handlers
from quotelens.service.watchlist import Watchlist, log_skipped_list

log = logging.getLogger(__name__)


def create_app(test_config: dict | None = None) -> Flask:
    """Build the app: settings (defaults < environment < test_config), the analyzer, who may call it, CORS, routes
    and errors."""
    app = Flask(__name__)
    app.config.from_mapping(DEFAULTS)
    app.config.from_mapping(from_environment())
    if test_config:
        app.config.from_mapping(test_config)
    app.json.sort_keys = False

    app.extensions["quotelens"] = Analyzer.from_config(app.config, watchlist=load_watchlist(app.config["WATCHLISTS"]))
    register_access_checks(app)
    # Web pages' origins are not admitted: a site a reader visits must not be able to read its analyses.
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
