"""What a reader does and must not lose: linked names, overlays, Esc, a failed re-analysis, stale counts, the
hover text, the badge, the card's size and place, the panel, and the first-run page."""

from __future__ import annotations

import time

import pytest

from browser_helpers import SHADOW, card_text, highlights, text_point, tip_text, wait_until

NEWS = "/news/kim-putin"

pytestmark = pytest.mark.every_browser


def card_box(page) -> dict:
    # The viewport as the page lays out in it, without a scrollbar (Firefox's takes 12 px; Chromium's headless overlays).
    return page.evaluate(f"(() => {{ const r = {SHADOW}.querySelector('.card').getBoundingClientRect();"
                         " const {clientWidth: vw, clientHeight: vh} = document.documentElement;"
                         " return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height,"
                         " width: r.width, vh, vw}; })()")


def focus_in_card(page) -> str | None:
    return page.evaluate(f"{SHADOW}.activeElement?.closest('.card') ? {SHADOW}.activeElement.tagName : null")


# --- 1. Breakage ---------------------------------------------------------------------------------------------------

def test_a_click_on_a_linked_name_opens_the_card_and_stays_on_the_page(analyzed):
    page, _ = analyzed
    url = page.url
    assert page.evaluate("document.querySelector('.article-body a[href*=matthew-miller]').textContent") == "Matthew Miller"
    point = text_point(page, ".article-body", "Matthew Miller")
    page.mouse.click(point["x"], point["y"])
    time.sleep(0.3)
    assert page.url == url
    assert "Matthew Miller" in card_text(page)
    # The focus went into the card, so Tab moves inside it, not back to the page.
    assert focus_in_card(page) == "SECTION"
    page.keyboard.press("Tab")
    assert focus_in_card(page) == "BUTTON"


@pytest.mark.parametrize("modifier", ["Control", "Shift"])
def test_a_modified_click_on_a_linked_name_still_follows_the_link(analyzed, modifier):
    page, _ = analyzed
    point = text_point(page, ".article-body", "Matthew Miller")
    with page.context.expect_page() as opened:
        page.keyboard.down(modifier)
        page.mouse.click(point["x"], point["y"])
        page.keyboard.up(modifier)
    href = page.evaluate("document.querySelector('.article-body a[href*=matthew-miller]').href")
    # The new tab or window is the link's (or still blank: it may not have started loading when it is reported).
    assert opened.value.url in (href, "about:blank") or "/demo" in opened.value.url
    assert card_text(page) == ""


def test_enter_on_a_focused_linked_name_opens_the_card(analyzed):
    page, _ = analyzed
    url = page.url
    page.focus(".article-body a[href*=matthew-miller]")
    assert "Matthew Miller" in tip_text(page)  # focus shows the hover text too
    page.keyboard.press("Enter")
    time.sleep(0.3)
    assert page.url == url
    assert "Matthew Miller" in card_text(page)
    page.keyboard.press("Escape")
    assert card_text(page) == ""
    # The focus is back on the link the reader was on.
    assert page.evaluate("document.activeElement.getAttribute('href')").endswith("people-matthew-miller")


def test_a_transparent_overlay_over_the_text_does_not_stop_a_click(analyzed):
    page, _ = analyzed
    point = text_point(page, ".article-body", "Miller also stated")
    # A sticky header's shadow, a click catcher: an element above the words that is not the words.
    page.evaluate("""() => { const cover = document.createElement('div'); cover.id = 'cover';
      cover.style.cssText = 'position:fixed;inset:0;z-index:1000;background:transparent';
      document.body.append(cover); }""")
    assert page.evaluate(f"document.elementFromPoint({point['x'] - 30}, {point['y']}).id") == "cover"
    page.mouse.click(point["x"] - 30, point["y"])
    assert "Matthew Miller" in card_text(page)


def test_esc_clears_the_keyboard_focus_highlight_and_the_card(analyzed, ext):
    page, _ = analyzed
    ext.message_tab(page, {"type": "quotelens:step-quote", "direction": 1})
    assert "quotelens-focus" in highlights(page)
    page.keyboard.press("Escape")
    assert "quotelens-focus" not in highlights(page)
    assert card_text(page) == ""
    # Esc in the page (the card was closed another way) clears it as well.
    ext.message_tab(page, {"type": "quotelens:step-quote", "direction": 1})
    page.evaluate(f"{SHADOW}.querySelector('.close').click()")
    assert "quotelens-focus" not in highlights(page)


def test_a_failed_analysis_keeps_the_highlights_and_says_how_to_start_the_server(ext, open_page, stoppable_server):
    server = stoppable_server
    url = server.url
    ext.set_settings({**ext.default_settings, "serverUrl": url})
    page = open_page(NEWS)
    first = ext.analyze(page)
    before = highlights(page)
    counts = {c: first.text_content(f"[data-count={c}]") for c in ("quote", "speaker", "official", "sanction")}
    assert before.get("quotelens-quote")
    server.stop()
    popup = ext.analyze(page)
    assert popup.get_attribute("main", "data-state") == "error"
    assert highlights(page) == before
    error = popup.text_content("#error")
    port = url.rsplit(":", 1)[1]
    assert f"Cannot reach the Quotelens server at {url}" in error
    assert f".venv/bin/quotelens serve --port {port}" in error
    assert "make run" not in error
    assert popup.text_content("#status") == "The highlights of the last analysis are kept."
    assert {c: popup.text_content(f"[data-count={c}]") for c in counts} == counts
    notice = page.locator("quotelens-host .toast")
    assert notice.is_visible() and "kept" in notice.inner_text()


def test_a_failed_first_analysis_shows_no_counts(ext, open_page):
    ext.set_settings({**ext.default_settings, "serverUrl": "http://127.0.0.1:9"})
    popup = ext.analyze(open_page(NEWS))
    assert popup.get_attribute("main", "data-state") == "error"
    assert popup.eval_on_selector_all("[data-count]", "cells => cells.map(c => c.textContent)") == [""] * 5
    assert popup.is_hidden("#summary")


def test_after_the_page_moves_on_the_popup_panel_and_badge_show_nothing_of_it(analyzed, ext):
    page, _ = analyzed
    tab = ext.tab_id(page)
    badge = lambda: ext.worker.evaluate("id => chrome.action.getBadgeText({tabId: id})", tab)  # noqa: E731
    assert int(wait_until(badge)) > 0
    panel = ext.panel(page)
    assert panel.locator("#speaker-list .person").count() > 0
    page.evaluate("history.pushState({}, '', '/news/another-story')")
    page.evaluate("document.querySelector('h1').textContent = 'Another story'")
    wait_until(lambda: badge() == "")
    wait_until(lambda: panel.locator("#speaker-list .person").count() == 0)
    assert panel.is_hidden("#tools")
    popup = ext.popup(page)
    assert popup.eval_on_selector_all("[data-count]", "cells => cells.map(c => c.textContent)") == [""] * 5
    assert popup.text_content("#status").startswith("Not analysed yet.")


def test_a_new_document_in_the_tab_clears_the_badge(analyzed, ext, site):
    page, _ = analyzed
    tab = ext.tab_id(page)
    badge = lambda: ext.worker.evaluate("id => chrome.action.getBadgeText({tabId: id})", tab)  # noqa: E731
    assert wait_until(badge)
    page.goto(f"{site[0]}/test/no-findings?next")
    wait_until(lambda: badge() == "")


# --- 2. Categories -------------------------------------------------------------------------------------------------

def test_reported_speech_is_on_until_switched_off(ext, open_page, live_server):
    ext.set_settings({"serverUrl": live_server})  # nothing else: the shipped defaults
    page = open_page(NEWS)
    popup = ext.analyze(page)
    painted = highlights(page)
    assert painted.get("quotelens-reported") and painted.get("quotelens-quote")
    assert popup.is_checked("input[data-category=reported]")
    popup.uncheck("input[data-category=reported]")
    wait_until(lambda: not highlights(page).get("quotelens-reported"))
    assert highlights(page).get("quotelens-quote")


def test_people_are_counted_once_however_often_they_are_named(analyzed, live_server, site):
    from browser_helpers import post_json

    page, popup = analyzed
    _, body = post_json(f"{live_server}/api/analyze", {"html": site[1][NEWS].decode("utf-8")})
    officials = {e["id"] for e in body["entities"] if e["is_official"]}
    speakers = {s["ref"] for s in body["spans"] if "speaker" in s["categories"]}
    mentions = sum("official" in s["categories"] for s in body["spans"])
    assert mentions > len(officials)  # the article names its officials more than once each
    assert popup.text_content("[data-count=official]") == str(len(officials))
    assert popup.text_content("[data-count=speaker]") == str(len(speakers))


def test_lines_are_painted_above_every_fill(analyzed):
    page, _ = analyzed
    priorities = page.evaluate("Object.fromEntries([...CSS.highlights].map(([n, h]) => [n, h.priority]))")
    fills = [p for name, p in priorities.items() if not name.endswith("-line") and name != "quotelens-focus"]
    lines = [p for name, p in priorities.items() if name.endswith("-line")]
    assert lines and min(lines) > max(fills)


# --- 3. Hover text -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("needle, offset, expected", [
    ("Miller also stated", -30, "Matthew Miller"),
    ("So it says something", 0, "Direct quote · said by Matthew Miller"),
    ("further sanctions", 0, "Sanction · Threatened · United States → Russia, North Korea"),
])
def test_hovering_a_highlight_says_what_it_is(analyzed, needle, offset, expected):
    page, _ = analyzed
    before = page.evaluate("document.body.innerHTML")
    point = text_point(page, ".article-body", needle)
    page.mouse.move(point["x"] + offset, point["y"])
    assert expected in wait_until(lambda: tip_text(page))
    page.mouse.move(5, 5)
    wait_until(lambda: tip_text(page) == "")
    assert page.evaluate("document.body.innerHTML") == before


def test_the_hover_text_follows_where_the_pointer_comes_to_rest(analyzed):
    page, _ = analyzed
    point = text_point(page, ".article-body", "So it says something")
    # Two moves in one task, so in one frame: the pointer stops on the quote and no later move reports it.
    page.evaluate("""([x, y]) => { for (const [clientX, clientY] of [[5, 5], [x, y]])
      window.dispatchEvent(new MouseEvent('mousemove', {clientX, clientY})); }""", [point["x"], point["y"]])
    assert "Direct quote" in wait_until(lambda: tip_text(page))


# --- 5. The card ---------------------------------------------------------------------------------------------------

def test_the_card_is_compact_marks_the_clicked_quote_and_sits_by_the_click(analyzed, analysis_of):
    page, _ = analyzed
    page.set_viewport_size({"width": 1280, "height": 720})
    point = text_point(page, ".article-body", "So it says something")
    page.mouse.click(point["x"], point["y"])
    box = card_box(page)
    assert box["height"] <= box["vh"] / 2
    assert 0 <= box["top"] and box["bottom"] <= box["vh"] and 0 <= box["left"] and box["right"] <= box["vw"]
    # Next to the line clicked: just below or just above it.
    assert min(abs(box["top"] - point["y"]), abs(box["bottom"] - point["y"])) < 40
    current = page.get_attribute("quotelens-host .quote[aria-current=true]", "data-quote")
    quote = next(q for q in analysis_of(NEWS)["quotes"] if q["id"] == current)
    assert quote["text"].startswith("So it says something")
    assert "You clicked this quote" in card_text(page)
    # Long quotes are cut, with a "more" button that shows the rest.
    more = page.locator("quotelens-host .more").first
    assert more.get_attribute("aria-expanded") == "false"
    more.click()
    assert more.get_attribute("aria-expanded") == "true"


def test_the_card_is_a_bottom_sheet_on_a_narrow_screen(analyzed):
    page, _ = analyzed
    page.set_viewport_size({"width": 400, "height": 800})
    point = text_point(page, ".article-body", "Miller also stated")
    page.mouse.click(point["x"] - 30, point["y"])
    box = card_box(page)
    assert page.evaluate(f"{SHADOW}.querySelector('.card').classList.contains('sheet')")
    assert box["bottom"] == pytest.approx(box["vh"], abs=1) and box["width"] == pytest.approx(box["vw"], abs=1)
    assert box["height"] <= box["vh"] / 2 + 1


# --- 4. The panel --------------------------------------------------------------------------------------------------

def test_the_panel_lists_speakers_and_sanctions_and_jumps_to_them(analyzed, ext, analysis_of):
    page, _ = analyzed
    analysis = analysis_of(NEWS)
    panel = ext.panel(page)
    people = panel.locator("#speaker-list .person")
    names = [people.nth(i).locator("h3 .name").text_content() for i in range(people.count())]
    assert "Matthew Miller" in names and "Vladimir Putin" in names
    for pseudo in ("Unattributed", "Images", "some reports"):
        assert pseudo not in names
    miller = people.nth(names.index("Matthew Miller"))
    assert "official spokesperson" in miller.locator(".role").text_content()
    assert "Threatened · United States → Russia, North Korea" in panel.text_content("#sanction-list")
    speakers = len({q["speaker"] for q in analysis["quotes"] if q["speaker"] and q["kind"] != "term"})
    assert f"{speakers} people quoted" in panel.text_content("#counts")
    # Jump to the third quote: the page scrolls to it and flashes it.
    page.evaluate("window.scrollTo(0, 0)")
    third = panel.locator("#speaker-list .jump:not(.name)").nth(2)
    ref = third.get_attribute("data-ref")
    third.click()
    quote = next(q for q in analysis["quotes"] if q["id"] == ref)
    flashed = wait_until(lambda: highlights(page).get("quotelens-flash"))
    assert " ".join(flashed[0].split())[:40] == " ".join(quote["text"].split())[:40]
    assert page.evaluate("""() => { const r = [...CSS.highlights.get('quotelens-flash')][0].getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight; }""")
    panel.select_option("#filter", "sanction")
    assert panel.is_visible("#sanctions") and panel.is_hidden("#speakers") and panel.is_hidden("#officials")
    panel.select_option("#filter", "all")
    assert panel.is_visible("#speakers")


def test_the_panel_is_usable_by_keyboard_alone(analyzed, ext):
    page, _ = analyzed
    panel = ext.panel(page)
    panel.keyboard.press("Tab")
    reached = set()
    for _ in range(12):
        reached.add(panel.evaluate("document.activeElement.id || document.activeElement.className"))
        panel.keyboard.press("Tab")
    assert {"analyze", "filter", "copy"} <= reached
    assert any("jump" in name for name in reached)


# --- 3. First run --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("server", ["live", "closed"])
def test_the_first_run_page_checks_the_server_and_says_how_to_start_it(ext, server, live_server):
    url = live_server if server == "live" else "http://127.0.0.1:9"
    ext.set_settings({**ext.default_settings, "serverUrl": url})
    welcome = ext.context.new_page()
    welcome.goto(ext.url("welcome/welcome.html"))
    wait_until(lambda: welcome.get_attribute("#server-status", "data-ok"))
    if server == "live":
        assert "is running" in welcome.text_content("#server-status")
        assert welcome.is_hidden("#start-help")
    else:
        assert welcome.is_visible("#start-help")
        assert welcome.text_content("#start-command") == ".venv/bin/quotelens serve --port 9"
        assert welcome.text_content("#install-command") == "make run PORT=9"
    assert welcome.get_attribute("#demo", "href") == f"{url}/demo"


def test_the_popup_explains_itself_before_the_first_analysis(ext, open_page):
    popup = ext.popup(open_page(NEWS))
    assert popup.text_content("#status").startswith("Not analysed yet.")
    assert popup.eval_on_selector_all("[data-count]", "cells => cells.map(c => c.textContent)") == [""] * 5
    assert popup.is_visible("#open-panel")
