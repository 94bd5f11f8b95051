/** The popup: analyse the current tab, a one-line summary, the category switches and the way to the panel. */

import { api } from "../shared/browser.js";
import { loadCategories } from "../shared/categories.js";
import { explainError } from "../shared/error-text.js";
import { MESSAGES } from "../shared/messages.js";
import { openPanel } from "../shared/open-panel.js";
import { loadSettings, toggleCategory } from "../shared/settings.js";
import { countsText, NOT_YET, placedText } from "../shared/status-text.js";
import { renderToggles } from "../shared/toggles.js";
import { targetTabId } from "../shared/target-tab.js";

const $ = (id) => document.getElementById(id);
let categories = [];
let tabId = null;
// The origins a "no_permission" failure asks for, kept so the grant button's click can request them at once.
let missingOrigins = null;

// The popup's state on <main aria-busy data-state>: idle, busy, done or error (styles and tests read it).
function setState(state) {
  document.querySelector("main").dataset.state = state;
  document.querySelector("main").setAttribute("aria-busy", String(state === "busy"));
}

/**
 * Show a tab's summary, a fresh answer or a failure. Counts come from this answer only: a failure without kept
 * highlights shows none, so no page ever shows another page's counts.
 */
async function render(result) {
  const settings = await loadSettings();
  const analyzed = Boolean(result?.analyzed);
  const failure = result?.ok === false ? result.error : result?.error;
  $("error").hidden = !failure;
  $("error").textContent = failure ? explainError(failure, settings) : "";
  missingOrigins = failure?.code === "no_permission" ? failure.origins : null;
  $("grant").hidden = !missingOrigins;
  renderToggles($("category-list"), categories, { counts: analyzed ? result.counts : null, hidden: settings.hidden,
    onToggle: toggleCategory });
  $("summary").hidden = !analyzed;
  $("summary").textContent = analyzed ? countsText(result) : "";
  $("analyze").textContent = analyzed ? "Analyse again" : "Analyse this page";
  if (!analyzed) $("status").textContent = failure ? "" : NOT_YET;
  else if (failure) $("status").textContent = "The highlights of the last analysis are kept.";
  else $("status").textContent = placedText(result);
}

async function analyze() {
  $("analyze").disabled = true;
  setState("busy");
  $("status").textContent = "Analysing…";
  try {
    const result = await api.runtime.sendMessage({ type: MESSAGES.ANALYZE_TAB, tabId });
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

async function start() {
  [categories, tabId] = await Promise.all([loadCategories(), targetTabId()]);
  $("analyze").addEventListener("click", analyze);
  $("grant").addEventListener("click", grantAccess);
  // Opened first thing in the click, nothing awaited before: browsers open side panels only during a gesture.
  $("open-panel").addEventListener("click", () => openPanel(tabId));
  const state = await api.runtime.sendMessage({ type: MESSAGES.GET_TAB_STATE, tabId });
  await render(state);
  setState(state?.analyzed ? "done" : "idle");
}

start();
