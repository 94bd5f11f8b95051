"""The human-facing pages: a status page, and the demo article on which the extension's own code runs."""

from __future__ import annotations

from pathlib import Path
from string import Template

from flask import Blueprint, current_app, send_from_directory

from quotelens import __version__

WEB_DIR = Path(__file__).parent / "web"
# The repository layout (server/quotelens/ beside extension/): the demo loads the extension's content scripts
# from there, so the demo and the installed extension run the same code. The EXTENSION_DIR setting overrides it.
REPO_EXTENSION_DIR = Path(__file__).resolve().parents[3] / "extension"


def extension_dir() -> Path:
    return Path(current_app.config.get("EXTENSION_DIR") or REPO_EXTENSION_DIR)

bp = Blueprint("pages", __name__)


@bp.get("/")
def status():
    analyzer = current_app.extensions["quotelens"]
    template = Template((WEB_DIR / "status.html").read_text(encoding="utf-8"))
    page = template.safe_substitute(
        model="loaded" if analyzer.model_loaded else "loads on the first analysis",
        version=__version__,
        extension_dir=str(extension_dir()),
    )
    return page, 200, {"Content-Type": "text/html; charset=utf-8"}


@bp.get("/demo")
def demo():
    return send_from_directory(WEB_DIR, "demo.html")


@bp.get("/web/<path:name>")
def web_file(name: str):
    return send_from_directory(WEB_DIR, name)


@bp.get("/extension/<path:name>")
def extension_file(name: str):
    return send_from_directory(extension_dir(), name)
