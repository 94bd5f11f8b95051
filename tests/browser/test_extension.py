"""The extension in headless Chromium and Firefox, on a news site served from localhost: what a reader sees.

Each test is one reader scenario, run by both drivers (conftest.py): add a scenario here and both browsers run it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from browser_helpers import card_text, highlights, post_json, text_point, wait_until

REPO = Path(__file__).resolve().parents[2]
NEWS = "/news/kim-putin"
CATEGORIES = ["quote", "reported", "official", "speaker", "sanction"]
# Categories that mark people: counted once per person, however often the article names them.
PEOPLE = {"speaker", "official"}

pytestmark = pytest.mark.every_browser


def normalise(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


@pytest.fixture
def analysis(live_server, site):
    """The server's own answer for the news page, to compare what the extension painted against."""
    _, pages = site
    status, body = post_json(f"{live_server}/api/analyze", {"html": pages[NEWS].decode("utf-8")})
    assert status == 200, body
    return body





def test_each_driver_runs_the_browser_it_names(ext, open_page):
    # Session fixtures are shared across modules: a scenario must never run in the other browser unnoticed.
    agent = open_page("/test/no-findings").evaluate("navigator.userAgent")
    assert ("Firefox/" in agent) == (ext.browser_name == "firefox")
    assert ext.url("").startswith("moz-extension://" if ext.browser_name == "firefox" else "chrome-extension://")


def test_every_span_is_anchored_and_painted(analyzed, analysis):
    page, popup = analyzed
    painted = highlights(page)
    for category in CATEGORIES:
        expected = sorted(normalise(s["exact"]) for s in analysis["spans"] if category in s["categories"])
        assert sorted(normalise(text) for text in painted.get(f"quotelens-{category}", [])) == expected, category
    total = len(analysis["spans"])
    assert total > 0
    assert popup.text_content("#status").startswith(f"{total} of {total} highlights placed")
    for category in CATEGORIES:
        refs = {s["ref"] if category in PEOPLE else s["id"] for s in analysis["spans"] if category in s["categories"]}
        assert popup.text_content(f"[data-count={category}]") == str(len(refs))


def test_nothing_outside_the_article_is_highlighted(analyzed):
    page, _ = analyzed
    outside = page.evaluate("""() => {
      const body = document.querySelector('.article-body');
      return [...CSS.highlights.values()].flatMap(h => [...h])
        .filter(r => !body.contains(r.commonAncestorContainer)).map(r => r.toString());
    }""")
    assert outside == []
    # The comments repeat phrases of the article ("will not hesitate to impose sanctions"): they stay unpainted.
    assert page.evaluate("document.querySelector('.comments').textContent").count("impose sanctions") == 1


def test_clicking_a_name_opens_the_speaker_card(analyzed, analysis):
    page, _ = analyzed
    point = text_point(page, ".article-body", "Miller also stated")
    page.mouse.click(point["x"] - 30, point["y"])  # on "Miller"
    card = card_text(page)
    miller = next(e for e in analysis["entities"] if e["name"] == "Matthew Miller")
    assert "Matthew Miller" in card
    assert miller["title"] in card
    assert "Official" in card
    assert f"Mentioned {len(miller['mentions'])} times" in card
    quotes = page.evaluate("[...document.querySelector('quotelens-host').shadowRoot.querySelectorAll('.quote')]"
                           ".map(b => b.dataset.quote)")
    own = sorted((q for q in analysis["quotes"] if q["speaker"] == miller["id"] and q["kind"] != "term"),
                 key=lambda q: q["start"])
    direct = [q["id"] for q in own if q["kind"] == "direct"]
    # A reported statement sharing words with a direct quote (the sentence around it) is not listed again.
    reported = [q["id"] for q in own if q["kind"] == "reported"
                and not any(d["start"] < q["end"] and d["end"] > q["start"] for d in own if d["kind"] == "direct")]
    assert quotes == direct + reported
    link = page.evaluate("document.querySelector('quotelens-host').shadowRoot.querySelector('a[target=_blank]').href")
    assert link == "https://en.wikipedia.org/w/index.php?search=Matthew%20Miller"


def test_clicking_a_quote_in_the_card_scrolls_to_it_and_flashes_it(analyzed, analysis):
    page, _ = analyzed
    point = text_point(page, ".article-body", "Miller also stated")
    page.mouse.click(point["x"] - 30, point["y"])
    buttons = page.locator("quotelens-host .quote")
    last = buttons.nth(buttons.count() - 1)
    quote_id = last.get_attribute("data-quote")
    page.evaluate("window.scrollTo(0, 0)")
    last.click()
    quote = next(q for q in analysis["quotes"] if q["id"] == quote_id)
    assert [normalise(t) for t in highlights(page)["quotelens-flash"]] == [normalise(quote["text"])]
    in_view = page.evaluate("""() => { const r = [...CSS.highlights.get('quotelens-flash')][0].getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight; }""")
    assert in_view


def test_a_listed_person_card_shows_the_listing(ext, open_page, listed_server):
    ext.set_settings({**ext.default_settings, "serverUrl": listed_server})
    page = open_page(NEWS)
    ext.analyze(page)
    point = text_point(page, ".article-body", "Kim Jong Un’s visit")
    page.mouse.click(point["x"] - 60, point["y"])  # on "Kim Jong Un"
    assert "Listed · Test sanctions list: KOREA-EO13722" in card_text(page)


def test_sanction_card_says_status_authority_targets_and_measure(analyzed, analysis):
    page, _ = analyzed
    sanction = min(analysis["sanctions"], key=lambda s: s["start"])
    point = text_point(page, ".article-body", sanction["text"])
    page.mouse.click(point["x"], point["y"])
    line = page.text_content("quotelens-host .sanction-line")
    assert line == f"{sanction['status'].capitalize()} · {sanction['authority']} → {', '.join(sanction['targets'])}"
    # The reference article's first sanction, as the product specification words it.
    assert line == "Threatened · United States → Russia, North Korea"
    assert page.text_content("quotelens-host .sanction-measure") == "Sanctions"


def test_a_click_beside_the_highlights_opens_no_card(analyzed):
    page, _ = analyzed
    point = text_point(page, ".comments", "Miller said the US")
    page.mouse.click(point["x"], point["y"])
    assert card_text(page) == ""


def test_toggling_a_category_removes_exactly_its_highlights_and_persists(analyzed, ext, open_page):
    page, popup = analyzed
    before = highlights(page)
    popup.uncheck("input[data-category=sanction]")
    wait_until(lambda: "quotelens-sanction" not in highlights(page))
    after = highlights(page)
    # The category's fill and its line layer go together.
    assert after == {name: ranges for name, ranges in before.items() if not name.startswith("quotelens-sanction")}
    assert ext.settings()["hidden"] == ["sanction"]
    # A new popup, and a page analysed later, both keep the category off.
    again = ext.popup(page)
    assert not again.is_checked("input[data-category=sanction]")
    other = open_page(NEWS)
    ext.analyze(other)
    assert "quotelens-sanction" not in highlights(other) and "quotelens-quote" in highlights(other)
    again.check("input[data-category=sanction]")
    wait_until(lambda: highlights(page) == before)


def test_a_re_render_is_re_anchored_without_a_server_call(analyzed, live_requests):
    page, _ = analyzed
    before = highlights(page)
    assert live_requests[-1] == "/api/analyze"
    calls = len(live_requests)
    # The site re-renders its article: same words, new nodes, some with new inline markup.
    page.evaluate("""() => { const body = document.querySelector('.article-body');
      body.innerHTML = body.innerHTML.replaceAll('Miller', '<span class="name">Miller</span>'); }""")
    assert page.evaluate("document.querySelectorAll('.article-body .name').length") > 0
    wait_until(lambda: highlights(page) == before)
    assert len(live_requests) == calls


def test_history_navigation_clears_highlights_and_offers_to_analyse_again(analyzed):
    page, _ = analyzed
    page.evaluate("history.pushState({}, '', '/news/another-story')")
    page.evaluate("document.querySelector('h1').textContent = 'Another story'")  # a SPA renders the next page
    wait_until(lambda: not any(highlights(page).values()))
    toast = page.locator("quotelens-host .toast")
    assert toast.is_visible()
    assert "Analyse again" in toast.inner_text()


def test_keyboard_moves_through_quotes_and_esc_closes_the_card(analyzed, ext, analysis):
    page, _ = analyzed
    direct = sorted((q for q in analysis["quotes"] if q["kind"] == "direct"), key=lambda q: q["start"])
    answer = ext.message_tab(page, {"type": "quotelens:step-quote", "direction": 1})
    assert answer["index"] == 0 and answer["total"] == len(direct)
    assert [normalise(t) for t in highlights(page)["quotelens-focus"]] == [normalise(direct[0]["text"])]
    assert page.evaluate("document.activeElement.tagName") == "QUOTELENS-HOST"
    assert page.evaluate("document.querySelector('quotelens-host').shadowRoot.activeElement.getAttribute('role')") == "dialog"
    assert page.get_attribute("quotelens-host .quote[aria-current=true]", "data-quote") == direct[0]["id"]
    assert "The quote you are on" in card_text(page)
    ext.message_tab(page, {"type": "quotelens:step-quote", "direction": -1})
    assert [normalise(t) for t in highlights(page)["quotelens-focus"]] == [normalise(direct[-1]["text"])]
    page.keyboard.press("Tab")
    assert page.evaluate("document.querySelector('quotelens-host').shadowRoot.activeElement.getAttribute('aria-label')") == "Close card"
    page.keyboard.press("Escape")
    assert card_text(page) == ""
    assert page.evaluate("document.activeElement.tagName") == "BODY"


def test_who_said_what_copies_markdown(analyzed, ext):
    page, _ = analyzed
    popup = ext.panel(page)
    # Headless Chromium grants no clipboard to extension pages: keep what the panel writes instead.
    popup.evaluate("() => { window.copied = []; navigator.clipboard.writeText = async (text) => { copied.push(text); }; }")
    popup.click("#copy")
    [markdown] = popup.evaluate("window.copied")
    assert markdown.startswith("## Who said what: US warns of more sanctions as Kim Jong Un visits Putin")
    assert "**Matthew Miller** (official spokesperson of the US Department of State" in markdown
    assert f"Source: <{page.url}>" in markdown
    assert "#:~:text=And%20then%20I%20want" in markdown
    assert popup.text_content("#status") == "Copied “Who said what” as Markdown."


def test_options_persist(ext):
    options = ext.context.new_page()
    options.goto(ext.url("options/options.html"))
    options.fill("#server-url", "http://127.0.0.1:9999")
    options.fill("#api-token", "s3cret")
    options.fill("#timeout", "12")
    options.click("button[type=submit]")
    options.wait_for_selector("#status:has-text('Saved')")
    options.reload()
    assert options.input_value("#server-url") == "http://127.0.0.1:9999"
    assert options.input_value("#api-token") == "s3cret"
    assert options.input_value("#timeout") == "12"
    stored = ext.settings()
    assert (stored["serverUrl"], stored["apiToken"], stored["timeoutMs"]) == ("http://127.0.0.1:9999", "s3cret", 12_000)


@pytest.mark.parametrize("token, state", [("", "error"), ("wrong", "error"), ("t0ken", "done")])
def test_the_api_token_is_sent_as_a_bearer_header(ext, open_page, token_server, token, state):
    ext.set_settings({**ext.default_settings, "serverUrl": token_server, "apiToken": token})
    popup = ext.analyze(open_page("/test/no-findings"))
    assert popup.get_attribute("main", "data-state") == state
    if state == "error":
        assert "The server needs an API token" in popup.text_content("#error")


@pytest.mark.parametrize("server, path, settings, message", [
    ("closed", NEWS, {}, "Cannot reach the Quotelens server at"),
    ("silent", NEWS, {"timeoutMs": 1000}, "did not answer within 1 seconds"),
    ("small", NEWS, {}, "too large for the server to analyse (HTTP 413)"),
    ("proxy", NEWS, {}, "too large for the server to analyse (HTTP 413)"),
    ("live", "/test/no-article", {}, "No article found on this page"),
])
def test_popup_explains_each_failure(ext, open_page, request, server, path, settings, message):
    urls = {
        "closed": lambda: "http://127.0.0.1:9",  # the discard port: nothing listens there
        "silent": lambda: request.getfixturevalue("silent_server"),
        "small": lambda: request.getfixturevalue("small_limit_server"),
        "proxy": lambda: request.getfixturevalue("refusing_proxy"),
        "live": lambda: request.getfixturevalue("live_server"),
    }
    ext.set_settings({**ext.default_settings, "serverUrl": urls[server](), **settings})
    page = open_page(path)
    popup = ext.analyze(page)
    assert popup.get_attribute("main", "data-state") == "error"
    assert message in popup.text_content("#error")
    assert not any(highlights(page).values())


@pytest.fixture
def revoke_server_permission(ext):
    """Revoke the extension's permission for the server's host, as a reader does in about:addons → Permissions."""
    if ext.browser_name != "firefox":
        pytest.skip("Chromium cannot revoke a host permission the manifest requires (the reader withholds it by hand)")
    origins = ["http://127.0.0.1/*"]
    yield lambda: ext.worker.evaluate("origins => chrome.permissions.remove({origins})", origins)
    if not ext.worker.evaluate("origins => chrome.permissions.contains({origins})", origins):
        assert ext.grant_from_a_click(origins)


def test_a_revoked_server_permission_is_asked_for_again_from_a_click(ext, open_page, revoke_server_permission):
    page = open_page(NEWS)
    ext.tab_id(page)  # known before the permission goes: the popup is opened for this tab
    assert revoke_server_permission()
    popup = ext.analyze(page)
    assert popup.get_attribute("main", "data-state") == "error"
    assert "needs your permission to reach its server" in popup.text_content("#error")
    assert "Missing host permission" not in popup.text_content("#error")
    popup.click("#grant")
    popup.wait_for_selector("main[data-state=done]", timeout=60_000)
    assert popup.get_attribute("#grant", "hidden") is not None
    assert "quotelens-quote" in highlights(page)


@pytest.mark.parametrize("server, answer", [
    ("live", "Connected: Quotelens "),
    ("closed", "Not connected: Cannot reach the Quotelens server at http://127.0.0.1:9"),
])
def test_options_test_connection_says_whether_the_server_answers(ext, request, server, answer):
    url = request.getfixturevalue("live_server") if server == "live" else "http://127.0.0.1:9"
    ext.set_settings({**ext.default_settings, "serverUrl": url})
    options = ext.context.new_page()
    options.goto(ext.url("options/options.html"))
    options.click("#check")
    options.wait_for_selector("#status:has-text('onnected')")
    assert options.text_content("#status").startswith(answer)


def test_popup_says_when_nothing_was_found(ext, open_page):
    popup = ext.analyze(open_page("/test/no-findings"))
    assert popup.text_content("#status") == "No quotes, officials or sanctions found in this article."


def test_a_quote_with_markup_shows_literally_and_runs_nothing(ext, open_page):
    page = open_page("/test/xss")
    ext.analyze(page)
    point = text_point(page, "article", "Berg told reporters")
    page.mouse.click(point["x"] - 40, point["y"])  # on "Berg"
    card = card_text(page)
    assert '<img src=x onerror="window.quotelensPwned=1">' in card
    assert page.evaluate("document.querySelector('quotelens-host').shadowRoot.querySelectorAll('img').length") == 0
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("window.quotelensPwned") is None


@pytest.mark.parametrize("path, theme", [(NEWS, "color"), ("/test/dark", "dark_color")])
def test_highlight_colours_follow_the_page_background(ext, open_page, path, theme):
    import json

    categories = json.loads((REPO / "shared" / "categories.json").read_text(encoding="utf-8"))["categories"]
    page = open_page(path)
    ext.analyze(page)
    # The page's own scripts can read the stylesheet the extension adopted (it is not an element of the page).
    css = page.evaluate("[...document.adoptedStyleSheets].map(s => [...s.cssRules].map(r => r.cssText).join('\\n')).join('\\n')")
    line_theme = "line_color" if theme == "color" else "dark_line_color"
    for category in categories:
        rule = next(line for line in css.splitlines() if f"::highlight(quotelens-{category['id']})" in line)
        assert rgb(category[theme]) in rule, rule
        line = next(line for line in css.splitlines() if f"::highlight(quotelens-{category['id']}-line)" in line)
        assert rgb(category[line_theme]) in line and category["line"] in line, line
        # Serialisation leaves out the initial value, solid; every other style must be there.
        assert category["underline"] in line or category["underline"] == "solid", line


def rgb(hex_colour: str) -> str:
    red, green, blue = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgb({red}, {green}, {blue})"


def test_esc_closes_a_card_opened_by_a_click(analyzed):
    page, _ = analyzed
    point = text_point(page, ".article-body", "Miller also stated")
    page.mouse.click(point["x"] - 30, point["y"])
    assert card_text(page)
    page.keyboard.press("Escape")
    assert card_text(page) == ""


def test_the_extension_adds_one_host_element_and_leaves_the_page_dom_alone(ext, open_page):
    page = open_page(NEWS)
    before = page.evaluate("document.body.innerHTML")
    ext.analyze(page)
    point = text_point(page, ".article-body", "Miller also stated")
    page.mouse.click(point["x"] - 30, point["y"])
    assert page.evaluate("document.body.innerHTML") == before
    assert page.evaluate("[...document.documentElement.children].map(e => e.tagName)") == ["HEAD", "BODY", "QUOTELENS-HOST"]
