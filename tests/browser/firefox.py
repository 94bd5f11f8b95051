"""Firefox ESR with the extension, behind the part of Playwright's page API the browser scenarios use.

The scenarios are written once against Playwright's sync page methods; here each of those methods is one command to
firefox-bridge.mjs, which drives Firefox over WebDriver BiDi with puppeteer-core (Playwright's Firefox is a patched
build that cannot be installed offline, and it cannot load extensions).
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

FIREFOX = Path("/usr/bin/firefox-esr")
BRIDGE = Path(__file__).with_name("firefox-bridge.mjs")
# A fixed internal UUID for the add-on, so moz-extension:// URLs are known before it is installed.
EXTENSION_UUID = "6a1f3c52-9d0e-4b7a-8c31-2f5e9d7b4a10"
PREFS = {
    # permissions.request() still demands a user gesture, but grants without a prompt (headless has no doorhanger).
    "extensions.webextOptionalPermissionPrompts": False,
}
TIMEOUT_MS = 30_000

# Playwright calls a string that is a function with the argument and evaluates any other string as an expression.
FUNCTION = re.compile(r"^\s*(async\s+)?(function\b|\([^)]*\)\s*=>|[\w$]+\s*=>)")

# Find elements as Playwright's CSS engine does for the selectors the tests use: open shadow roots are pierced
# (`quotelens-host .quote` finds .quote inside the host's shadow root) and `:has-text('…')` filters by text.
QUERY = """([selector, index]) => {
  const hasText = /:has-text\\((['"])(.*)\\1\\)$/.exec(selector);
  const css = hasText ? selector.slice(0, hasText.index) : selector;
  let found = [...document.querySelectorAll(css)];
  const split = /^(\\S+)\\s+(.+)$/.exec(css);
  if (!found.length && split) {
    found = [...document.querySelectorAll(split[1])]
      .flatMap((host) => host.shadowRoot ? [...host.shadowRoot.querySelectorAll(split[2])] : []);
  }
  if (hasText) found = found.filter((element) => element.textContent.includes(hasText[2]));
  return found;
}"""


def element_script(body: str) -> str:
    """A page function of ([selector, index, ...args]) that runs `body` with `element` (null when none matches)."""
    return f"""(args) => {{ const found = ({QUERY})(args); const element = found[args[1] ?? 0] ?? null;
      const rest = args.slice(2); {body} }}"""


VISIBLE = "element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden'"
CENTRE = element_script(f"""if (!element || !({VISIBLE}) || element.disabled) return null;
  element.scrollIntoView({{block: 'center', inline: 'center'}});
  const box = element.getBoundingClientRect(); return {{x: box.left + box.width / 2, y: box.top + box.height / 2}};""")


class Bridge:
    """The Node process that holds Firefox: send a command, wait for its answer."""

    def __init__(self, extension: Path, prefs: dict | None = None, offline: bool = False):
        self.process = subprocess.Popen(["node", str(BRIDGE)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        text=True, cwd=BRIDGE.parents[2])
        manifest = json.loads((extension / "manifest.json").read_text(encoding="utf-8"))
        self.addon_id = manifest["browser_specific_settings"]["gecko"]["id"]
        self.send("launch", extension=str(extension), addonId=self.addon_id, uuid=EXTENSION_UUID,
                  prefs=PREFS | (prefs or {}), offline=offline)

    def send(self, command: str, **args):
        self.process.stdin.write(json.dumps({"command": command, **args}) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the Firefox bridge ended during {command}")
        answer = json.loads(line)
        if not answer["ok"]:
            raise RuntimeError(f"Firefox {command}: {answer['error']}")
        return answer["value"]

    def close(self) -> None:
        try:
            self.send("quit")
        finally:
            self.process.stdin.close()
            self.process.stdout.close()
            self.process.wait(timeout=30)


class Mouse:
    def __init__(self, page: FirefoxPage):
        self.page = page

    def click(self, x: float, y: float) -> None:
        self.page.send("mouseClick", x=x, y=y)


class Keyboard:
    def __init__(self, page: FirefoxPage):
        self.page = page

    def press(self, key: str) -> None:
        self.page.send("keyPress", key=key)


class Locator:
    """page.locator(selector), with nth(), count(), click(), get_attribute(), is_visible() and inner_text()."""

    def __init__(self, page: FirefoxPage, selector: str, index: int = 0):
        self.page, self.selector, self.index = page, selector, index

    def nth(self, index: int) -> Locator:
        return Locator(self.page, self.selector, index)

    def count(self) -> int:
        return self.page.evaluate(f"(args) => ({QUERY})(args).length", [self.selector, 0])

    def click(self) -> None:
        self.page.click(self.selector, self.index)

    def get_attribute(self, name: str):
        return self.page.get_attribute(self.selector, name, self.index)

    def is_visible(self) -> bool:
        return self.page.evaluate(element_script(f"return Boolean(element && {VISIBLE});"), [self.selector, self.index])

    def inner_text(self) -> str:
        return self.page.on_element(self.selector, "return element.innerText;", index=self.index)


class FirefoxPage:
    """One Firefox tab, answering the Playwright page methods the scenarios call."""

    def __init__(self, context: FirefoxContext, url: str | None = None):
        self.context = context
        self.id = context.bridge.send("newPage", url=url, timeoutMs=TIMEOUT_MS)
        self.mouse, self.keyboard = Mouse(self), Keyboard(self)

    def send(self, command: str, **args):
        return self.context.bridge.send(command, page=self.id, **args)

    @property
    def url(self) -> str:
        return self.send("url")

    def goto(self, url: str, wait_until: str = "load", timeout: float = TIMEOUT_MS) -> None:
        self.send("goto", url=url, waitUntil=wait_until, timeoutMs=timeout)

    def reload(self) -> None:
        self.send("reload", timeoutMs=TIMEOUT_MS)

    def evaluate(self, source: str, arg=None):
        return self.send("evaluate", source=source, isFunction=bool(FUNCTION.match(source)), arg=arg)

    def wait_for_selector(self, selector: str, timeout: float = TIMEOUT_MS) -> None:
        self.send("poll", source=element_script("return element !== null;"), arg=[selector, 0], timeoutMs=timeout)

    def on_element(self, selector: str, body: str, *args, index: int = 0):
        """Wait for the element, then run `body` on it (`element`, and `rest` for the extra arguments)."""
        self.wait_for_selector(selector)
        return self.evaluate(element_script(body), [selector, index, *args])

    def click(self, selector: str, index: int = 0) -> None:
        point = self.send("poll", source=CENTRE, arg=[selector, index], timeoutMs=TIMEOUT_MS)
        self.mouse.click(point["x"], point["y"])

    def check(self, selector: str) -> None:
        if not self.is_checked(selector):
            self.click(selector)

    def uncheck(self, selector: str) -> None:
        if self.is_checked(selector):
            self.click(selector)

    def is_checked(self, selector: str) -> bool:
        return self.on_element(selector, "return element.checked;")

    def fill(self, selector: str, value: str) -> None:
        self.on_element(selector, """element.focus(); element.value = rest[0];
          element.dispatchEvent(new Event('input', {bubbles: true}));
          element.dispatchEvent(new Event('change', {bubbles: true}));""", value)

    def input_value(self, selector: str) -> str:
        return self.on_element(selector, "return element.value;")

    def text_content(self, selector: str):
        return self.on_element(selector, "return element.textContent;")

    def get_attribute(self, selector: str, name: str, index: int = 0):
        return self.on_element(selector, "return element.getAttribute(rest[0]);", name, index=index)

    def locator(self, selector: str) -> Locator:
        return Locator(self, selector)

    def bring_to_front(self) -> None:
        self.send("bringToFront")

    def close(self) -> None:
        self.send("close")
        self.context.pages.remove(self)


class FirefoxContext:
    """Firefox with the extension installed as a temporary add-on; `pages` are its tabs, a blank one first (as in
    Playwright's persistent context)."""

    def __init__(self, extension: Path, prefs: dict | None = None, offline: bool = False):
        """`offline`: every request to anything but loopback fails, as Playwright's route().abort() does."""
        self.bridge = Bridge(extension, prefs, offline)
        self.pages: list[FirefoxPage] = []
        self.new_page()

    def new_page(self, url: str | None = None) -> FirefoxPage:
        page = FirefoxPage(self, url)
        self.pages.append(page)
        return page

    def extension_page(self, path: str) -> FirefoxPage:
        """An extension page outside `pages`, to call the WebExtension API from (Firefox has no service worker)."""
        return FirefoxPage(self, f"moz-extension://{EXTENSION_UUID}/{path}")

    def close(self) -> None:
        self.bridge.close()

