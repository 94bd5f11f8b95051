// Drive Firefox ESR over WebDriver BiDi (puppeteer-core) for the Python browser tests: one JSON command per line on
// stdin, one JSON answer per line on stdout. The Python side (firefox.py) gives the tests Playwright's page methods.
import puppeteer from "puppeteer-core";
import { createInterface } from "node:readline";

const COMMAND_TIMEOUT_MS = 120_000;
const pages = new Map();
let browser = null;
let nextPage = 1;
let loopbackOnly = false;
const LOOPBACK = /^(https?|wss?):\/\/(127\.0\.0\.1|localhost)[:/]/;

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Poll `check` in the page until it returns something truthy; return that. */
async function poll(page, check, arg, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await (typeof check === "string"
      ? page.evaluate(`(${check})(${JSON.stringify(arg ?? null)})`) : page.evaluate(check, arg)).catch(() => null);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${arg ?? "the page"}`);
    await pause(50);
  }
}

/**
 * Navigate. A moz-extension:// page loads, but page.goto never resolves for it (Firefox sends no navigation event
 * there), so that navigation is started without waiting and the page's own location and readyState are polled.
 */
async function navigate(page, url, timeoutMs, waitUntil = "load") {
  if (!url.startsWith("moz-extension:")) {
    await page.goto(url, { waitUntil, timeout: timeoutMs });
    return;
  }
  page.goto(url, { timeout: timeoutMs }).catch(() => {});
  await poll(page, (want) => location.href === want && document.readyState === "complete", url, timeoutMs);
}

const commands = {
  async launch({ extension, addonId, uuid, prefs, offline }) {
    loopbackOnly = Boolean(offline);
    browser = await puppeteer.launch({
      browser: "firefox", executablePath: "/usr/bin/firefox-esr", headless: true,
      // Without it Firefox refuses to navigate a tab to a moz-extension:// page over BiDi.
      args: ["--remote-allow-system-access"],
      // A fixed internal UUID, so moz-extension://<uuid>/ URLs are known before the add-on is installed.
      extraPrefsFirefox: { "extensions.webextensions.uuids": JSON.stringify({ [addonId]: uuid }), ...prefs },
    });
    return browser.installExtension(extension);
  },
  async newPage({ url, timeoutMs }) {
    const page = await browser.newPage();
    if (loopbackOnly) {
      // Saved pages' own scripts, styles and images point at the internet: only loopback requests go out.
      await page.setRequestInterception(true);
      page.on("request", (request) => {
        // A request can end before the verdict reaches it (its page closed): nothing is left to decide then.
        const verdict = /^(https?|wss?):/.test(request.url()) && !LOOPBACK.test(request.url())
          ? request.abort() : request.continue();
        verdict.catch(() => {});
      });
    }
    const id = nextPage++;
    pages.set(id, page);
    if (url) await navigate(page, url, timeoutMs);
    return id;
  },
  goto: ({ page, url, timeoutMs, waitUntil }) => navigate(pages.get(page), url, timeoutMs, waitUntil),
  async reload({ page, timeoutMs }) {
    const current = pages.get(page);
    if (!(await current.evaluate(() => location.href)).startsWith("moz-extension:")) return current.reload({ waitUntil: "load", timeout: timeoutMs });
    await current.evaluate(() => { document.documentElement.dataset.bridgeReloading = "1"; location.reload(); });
    await poll(current, () => document.readyState === "complete" && !document.documentElement.dataset.bridgeReloading,
      null, timeoutMs);
  },
  // Read from the page: puppeteer's own record misses navigations to moz-extension:// pages.
  url: ({ page }) => pages.get(page).evaluate(() => location.href),
  // Playwright's rule: a string that is a function is called with the argument, any other string is an expression.
  evaluate: ({ page, source, isFunction, arg }) => pages.get(page).evaluate(
    isFunction ? `(${source})(${JSON.stringify(arg ?? null)})` : source),
  poll: ({ page, source, arg, timeoutMs }) => poll(pages.get(page), source, arg, timeoutMs),
  mouseClick: ({ page, x, y }) => pages.get(page).mouse.click(x, y),
  keyPress: ({ page, key }) => pages.get(page).keyboard.press(key),
  bringToFront: ({ page }) => pages.get(page).bringToFront(),
  async close({ page }) {
    await pages.get(page).close();
    pages.delete(page);
  },
  async quit() {
    await browser?.close();
    setTimeout(() => process.exit(0), 10);
  },
};

function withTimeout(promise) {
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${COMMAND_TIMEOUT_MS} ms`)), COMMAND_TIMEOUT_MS);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

// Commands run one at a time, in order, as the Python side waits for each answer.
for await (const line of createInterface({ input: process.stdin })) {
  const { command, ...args } = JSON.parse(line);
  let answer;
  try {
    const value = await withTimeout(Promise.resolve().then(() => commands[command](args)));
    answer = { ok: true, value: value ?? null };
  } catch (error) {
    answer = { ok: false, error: String(error?.message ?? error) };
  }
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}
await browser?.close();
