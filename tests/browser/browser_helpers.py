"""What the browser tests read from a page: painted highlights, the card, points on text, the server's answer."""

from __future__ import annotations

import gzip
import json
import time
import urllib.error
import urllib.request

from locations import EXTRACTION


# What the page's own scripts can read: every registered highlight with the text of each of its ranges.
READ_HIGHLIGHTS = "() => Object.fromEntries([...CSS.highlights].map(([name, h]) => [name, [...h].map(r => r.toString())]))"

# Viewport centre of the nth occurrence of `needle` in an element's text, across inline elements.
TEXT_POINT = """([selector, needle, nth]) => {
  const root = document.querySelector(selector);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = []; let text = "";
  for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, text.length]); text += n.data; }
  let at = -1;
  for (let i = 0; i <= nth; i += 1) { at = text.indexOf(needle, at + 1); if (at < 0) return null; }
  const locate = (offset) => { let k = nodes.length - 1; while (nodes[k][1] > offset) k -= 1; return [nodes[k][0], offset - nodes[k][1]]; };
  const range = document.createRange();
  range.setStart(...locate(at)); range.setEnd(...locate(at + needle.length - 1)); range.setEnd(range.endContainer, range.endOffset + 1);
  range.startContainer.parentElement.scrollIntoView({block: "center"});
  const box = range.getClientRects()[0];
  return {x: box.left + box.width / 2, y: box.top + box.height / 2};
}"""


def real_page(name: str) -> bytes:
    return gzip.decompress((EXTRACTION / "html" / f"{name}.html.gz").read_bytes())

def post_json(url: str, payload: dict) -> tuple[int, dict]:
    request = urllib.request.Request(url, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)

def highlights(page) -> dict[str, list[str]]:
    return page.evaluate(READ_HIGHLIGHTS)


def text_point(page, selector: str, needle: str, nth: int = 0) -> dict:
    point = page.evaluate(TEXT_POINT, [selector, needle, nth])
    assert point, f"{needle!r} is not in {selector}"
    return point


def card_text(page) -> str:
    return page.evaluate("document.querySelector('quotelens-host')?.shadowRoot.querySelector('.card:not([hidden])')?.innerText ?? ''")


def wait_until(check, timeout=5.0):
    """Poll `check` until it returns something true (and return that), failing after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not (result := check()):
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.05)
    return result


SHADOW = "document.querySelector('quotelens-host').shadowRoot"


def tip_text(page) -> str:
    """The hover text the extension shows, or '' when none is shown."""
    return page.evaluate(f"(() => {{ const t = {SHADOW}.querySelector('.tip'); return t.hidden ? '' : t.textContent; }})()")
