"""Settings and their defaults; each can be overridden by an environment variable QUOTELENS_<NAME>."""

from __future__ import annotations

import os

DEFAULTS = {
    # Largest request body accepted (bytes): a long news page with inline scripts is ~2 MB.
    "MAX_CONTENT_LENGTH": 5 * 1024 * 1024,
    # Bearer token required on /api/analyze when set; required for any non-loopback bind.
    "API_TOKEN": None,
    # Wall-clock budget for one analysis (seconds), after which the client gets a 503 instead of waiting.
    "TIME_BUDGET_S": 20.0,
    # Most spans one response carries; a page over it is truncated and says so in stats.
    "MAX_SPANS": 5000,
    # Longest article text analysed (characters), so that no stage can outrun the time budget on one page: the
    # longest page of the extraction benchmark has 53,000; spaCy reads ~30,000 characters a second on one slow core.
    "MAX_TEXT_CHARS": 200_000,
    # Analyses one process runs at once (`quotelens serve` runs each in one of this many worker processes). More in
    # flight than cores adds no throughput, only memory: each large page's parse tree and doc stay resident until it
    # is done. A request waits for a slot at most two time budgets (a holder keeps one at most one budget), then
    # has a budget for its analysis.
    "MAX_CONCURRENT_ANALYSES": 2,
    # Analyses kept in the in-memory LRU cache (0 turns it off); never written to disk.
    "CACHE_SIZE": 256,
    # Sanctions list files (OpenSanctions targets.simple.csv format) to match people and organisations against.
    "WATCHLISTS": [],
    # Host names (``name`` for any port, ``name:port``) the server answers besides the loopback names and the address
    # it was started on: the names clients use to reach it behind a proxy or on a shared machine (docs/deploy.md).
    # Requests naming any other host are refused (DNS rebinding), so a name missing here means 403 `unknown_host`.
    "ALLOWED_HOSTS": [],
    # The extension folder the status page points at and the demo loads its content scripts from; None means the
    # repository layout (server/quotelens/ beside extension/), which is what `make run` uses.
    "EXTENSION_DIR": None,
}

INTEGER_SETTINGS = {"MAX_CONTENT_LENGTH", "MAX_SPANS", "MAX_TEXT_CHARS", "MAX_CONCURRENT_ANALYSES", "CACHE_SIZE"}
FLOAT_SETTINGS = {"TIME_BUDGET_S"}
PATH_LIST_SETTINGS = {"WATCHLISTS"}
NAME_LIST_SETTINGS = {"ALLOWED_HOSTS"}  # separated by commas


def from_environment(environ=os.environ) -> dict:
    """Read the settings that are set as QUOTELENS_<NAME> environment variables."""
    settings = {}
    for name in DEFAULTS:
        value = environ.get(f"QUOTELENS_{name}")
        if value is None or value == "":
            continue
        if name in INTEGER_SETTINGS:
            settings[name] = int(value)
        elif name in FLOAT_SETTINGS:
            settings[name] = float(value)
        elif name in PATH_LIST_SETTINGS:
            settings[name] = [path for path in value.split(os.pathsep) if path]
        elif name in NAME_LIST_SETTINGS:
            settings[name] = [entry.strip() for entry in value.split(",") if entry.strip()]
        else:
            settings[name] = value
    return settings
