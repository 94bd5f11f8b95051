"""axe-core (npm) over every surface a reader uses: popup, panel, card, options and first-run page, light and dark."""

from __future__ import annotations

from pathlib import Path

import pytest

from browser_helpers import text_point

REPO = Path(__file__).resolve().parents[2]
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
NEWS = "/news/kim-putin"

pytestmark = pytest.mark.skipif(not AXE.exists(), reason="axe-core is not installed: run `npm ci` (make test does)")

# WCAG 2.x A and AA rules plus axe's best practices.
RUN_AXE = """async (include) => {
  const context = include ? {include: [[include]]} : document;
  const result = await axe.run(context, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}});
  return result.violations.map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ') + ' ' + (n.any[0]?.message ?? '')).join(', ')})`);
}"""


def violations(page, include: str | None = None) -> list[str]:
    # Evaluated through the DevTools protocol, so the extension pages' Content Security Policy (script-src 'self')
    # does not apply: nothing is added to the extension itself.
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.evaluate(AXE.read_text(encoding="utf-8"))
    return page.evaluate(RUN_AXE, include)


@pytest.fixture(params=["light", "dark"])
def scheme(request, ext):
    yield request.param


@pytest.fixture
def analyzed(ext, open_page, scheme):
    page = open_page(NEWS)
    page.emulate_media(color_scheme=scheme)
    popup = ext.analyze(page)
    popup.emulate_media(color_scheme=scheme)
    assert popup.get_attribute("main", "data-state") == "done", popup.text_content("#error")
    return page, popup


def test_popup(analyzed):
    _, popup = analyzed
    assert violations(popup) == []


def test_popup_with_an_error(ext, open_page, scheme):
    ext.set_settings({**ext.default_settings, "serverUrl": "http://127.0.0.1:9"})
    popup = ext.analyze(open_page(NEWS))
    popup.emulate_media(color_scheme=scheme)
    assert violations(popup) == []


def test_panel(analyzed, ext, scheme):
    page, _ = analyzed
    panel = ext.panel(page)
    panel.emulate_media(color_scheme=scheme)
    assert violations(panel) == []


def test_card(analyzed):
    page, _ = analyzed
    point = text_point(page, ".article-body", "So it says something")
    page.mouse.click(point["x"], point["y"])
    assert violations(page, "quotelens-host") == []


@pytest.mark.parametrize("path", ["options/options.html", "welcome/welcome.html"])
def test_extension_page(ext, scheme, path):
    page = ext.context.new_page()
    page.emulate_media(color_scheme=scheme)
    page.goto(ext.url(path))
    page.wait_for_load_state("networkidle")
    assert violations(page) == []
