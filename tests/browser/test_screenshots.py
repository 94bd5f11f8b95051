"""Screenshots of the seed page, a card and the panel in light and dark: each must show what it should. With
QUOTELENS_SCREENSHOTS=1 they are written to docs/images/ (the README shows them); otherwise to a temporary folder.

    QUOTELENS_SCREENSHOTS=1 .venv/bin/python -m pytest tests/browser/test_screenshots.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from browser_helpers import card_text, text_point
from conftest import news_page

REPO = Path(__file__).resolve().parents[2]
# A dark mode as a news site would write it: the seed page's own colours turned round.
DARK_SITE = ("<style>:root { color-scheme: dark; --ink: #e5e7eb; --muted: #9ca3af; --rule: #374151; --accent: #fda4af; }"
             " body { background: #111418; }</style></head>")


@pytest.fixture
def folder(tmp_path):
    return REPO / "docs" / "images" if os.environ.get("QUOTELENS_SCREENSHOTS") == "1" else tmp_path


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshots_of_the_page_card_and_panel(ext, site, open_page, folder, theme):
    path = f"/news/kim-putin-{theme}"
    site[1][path] = (news_page() if theme == "light" else news_page().replace("</head>", DARK_SITE, 1)).encode("utf-8")
    # The shipped defaults (every category on), as a new reader sees the page.
    ext.set_settings({name: value for name, value in ext.default_settings.items() if name != "hidden"})
    page = open_page(path)
    page.set_viewport_size({"width": 1100, "height": 760})
    page.emulate_media(color_scheme=theme)
    ext.analyze(page)
    page.bring_to_front()
    page.evaluate("document.querySelector('.article-body').scrollIntoView()")
    page.mouse.move(1, 1)
    page.screenshot(path=folder / f"page-{theme}.png")
    point = text_point(page, ".article-body", "Miller also stated")
    page.mouse.click(point["x"] - 30, point["y"])
    assert "Matthew Miller" in card_text(page)
    page.screenshot(path=folder / f"card-{theme}.png")
    panel = ext.panel(page)
    panel.set_viewport_size({"width": 420, "height": 760})
    panel.emulate_media(color_scheme=theme)
    assert panel.locator("#speaker-list .person").count() > 0
    panel.screenshot(path=folder / f"panel-{theme}.png")
    for name in ("page", "card", "panel"):
        assert (folder / f"{name}-{theme}.png").stat().st_size > 10_000
