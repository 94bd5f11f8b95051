/** The popup: analyse the current tab, show counts with per-category toggles, and "Who said what". */

import { api } from "../shared/browser.js";
import { loadCategories } from "../shared/categories.js";
import { MESSAGES } from "../shared/messages.js";
import { loadSettings, saveSettings } from "../shared/settings.js";
import { EMPTY_RESULT, explainError } from "./error-text.js";

const $ = (id) => document.getElementById(id);
let categories = [];
let summary = null;
// The origins a "no_permission" failure asks for, kept so the grant button's click can request them at once.
let missingOrigins = null;

/** The tab this popup acts on: the active tab, or ?tab=ID when the popup page is opened in a tab of its own. */
async function targetTabId() {
  const given = new URLSearchParams(location.search).get("tab");
  if (given) return Number(given);
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

async function renderCategories(counts) {
  const settings = await loadSettings();
  const list = $("category-list");
  list.replaceChildren();
  for (const category of categories) {
    const label = element("label", undefined, "category");
    const box = element("input");
    box.type = "checkbox";
    box.dataset.category = category.id;
    box.checked = !settings.hidden.includes(category.id);
    box.addEventListener("change", () => toggle(category.id, box.checked));
    const swatch = element("span", undefined, "swatch");
    swatch.style.background = category.color;
    swatch.style.borderBottomStyle = category.underline;
    const count = element("span", String(counts?.[category.id] ?? 0), "count");
    count.dataset.count = category.id;
    label.append(box, swatch, element("span", category.label), count);
    list.append(label);
  }
  $("categories").hidden = false;
}

async function toggle(id, visible) {
  const settings = await loadSettings();
  const hidden = new Set(settings.hidden);
  if (visible) hidden.delete(id);
  else hidden.add(id);
  // The content script listens for the change and shows or hides the category at once.
  await saveSettings({ hidden: [...hidden] });
}

function renderSpeakers(speakers) {
  const holder = $("speakers");
  holder.replaceChildren();
  for (const group of speakers) {
    const block = element("div", undefined, "speaker");
    const heading = element("h3", group.speaker);
    if (group.title) heading.append(" ", element("span", `(${group.title})`, "title"));
    const list = element("ol");
    for (const quote of group.quotes) list.append(element("li", quote.kind === "reported" ? `(reported) ${quote.text}` : `“${quote.text}”`));
    block.append(heading, list);
    holder.append(block);
  }
  $("who").hidden = speakers.length === 0;
}

async function render(result) {
  const settings = await loadSettings();
  $("error").hidden = true;
  missingOrigins = result?.error?.code === "no_permission" ? result.error.origins : null;
  $("grant").hidden = !missingOrigins;
  if (!result?.ok) {
    $("error").textContent = explainError(result?.error, settings);
    $("error").hidden = false;
    $("status").textContent = "";
    $("who").hidden = true;
    return;
  }
  if (!result.analyzed) {
    $("status").textContent = "Not analysed yet.";
    if (result.error) render({ ok: false, error: result.error });
    return;
  }
  summary = result;
  $("analyze").textContent = "Analyse again";
  await renderCategories(result.counts);
  renderSpeakers(result.speakers);
  if (result.spans === 0) {
    $("status").textContent = EMPTY_RESULT;
    return;
  }
  const missed = result.unanchored.length;
  $("status").textContent = `${result.anchored} of ${result.spans} highlights placed`
    + (missed ? `; ${missed} could not be found on the page and are not shown.` : ".");
}

// The popup's state on <main aria-busy data-state>: idle, busy, done or error (styles and tests read it).
function setState(state) {
  document.querySelector("main").dataset.state = state;
  document.querySelector("main").setAttribute("aria-busy", String(state === "busy"));
}

async function analyze() {
  $("analyze").disabled = true;
  setState("busy");
  $("status").textContent = "Analysing…";
  try {
    const result = await api.runtime.sendMessage({ type: MESSAGES.ANALYZE_TAB, tabId: await targetTabId() });
    await render(result);
    setState(result?.ok ? "done" : "error");
  } finally {
    $("analyze").disabled = false;
  }
}

/**
 * Ask for the server's host permission again. permissions.request must be the first thing the click does: Firefox
 * accepts it only while the user gesture lasts, which ends at the first await.
 */
function grantAccess() {
  api.permissions.request({ origins: missingOrigins }).then((granted) => {
    if (granted) analyze();
  });
}

async function copyMarkdown() {
  if (!summary) return;
  await navigator.clipboard.writeText(summary.markdown);
  $("status").textContent = "Copied “Who said what” as Markdown.";
}

async function start() {
  categories = await loadCategories();
  $("analyze").addEventListener("click", analyze);
  $("copy").addEventListener("click", copyMarkdown);
  $("grant").addEventListener("click", grantAccess);
  await renderCategories({});
  const tabId = await targetTabId();
  const state = await api.runtime.sendMessage({ type: MESSAGES.GET_TAB_STATE, tabId });
  await render(state);
  setState(state?.analyzed ? "done" : "idle");
}

start();
