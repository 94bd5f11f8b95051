/** Talking to tabs: inject the content script on demand, then ask it to analyse, report or move. */

import { api } from "../shared/browser.js";
import { MESSAGES } from "../shared/messages.js";

const READY_TRIES = 60;
const READY_PAUSE_MS = 50;

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function ping(tabId) {
  try {
    const answer = await api.tabs.sendMessage(tabId, { type: MESSAGES.PING });
    return answer?.ok === true;
  } catch {
    return false; // no content script in this tab yet
  }
}

/** Make sure the content script runs in the tab; return an error result when the page is off limits. */
export async function injectLens(tabId) {
  if (await ping(tabId)) return { ok: true };
  try {
    await api.scripting.executeScript({ target: { tabId }, files: ["content/loader.js"] });
  } catch (error) {
    return { ok: false, error: { code: "cannot_access", message: `Quotelens cannot read this page (${error.message}).` } };
  }
  // The loader imports modules asynchronously: wait until the content script answers.
  for (let attempt = 0; attempt < READY_TRIES; attempt += 1) {
    if (await ping(tabId)) return { ok: true };
    await pause(READY_PAUSE_MS);
  }
  return { ok: false, error: { code: "cannot_access", message: "The Quotelens content script did not start on this page." } };
}

/** Analyse a tab: inject, then let the content script send the page, anchor and paint. */
export async function analyzeTab(tabId) {
  const injected = await injectLens(tabId);
  if (!injected.ok) return injected;
  try {
    return await api.tabs.sendMessage(tabId, { type: MESSAGES.RUN_ANALYSIS });
  } catch {
    // The content script went away mid-analysis: the page reloaded or navigated.
    return { ok: false, error: { code: "page_changed", message: "The page reloaded or moved on during the analysis." } };
  }
}

/** Return what the tab shows, without analysing: {analyzed: false} when nothing was analysed yet. */
export async function tabState(tabId) {
  if (!(await ping(tabId))) return { ok: true, analyzed: false };
  return api.tabs.sendMessage(tabId, { type: MESSAGES.GET_STATE });
}

/** Scroll a tab to a quote, person or sanction and flash it (a panel item was clicked). */
export async function revealInTab(tabId, ref) {
  if (!(await ping(tabId))) return { ok: false };
  return api.tabs.sendMessage(tabId, { type: MESSAGES.REVEAL, ref });
}

/** Move the keyboard focus to the next or previous quote in the tab. */
export async function stepQuote(tabId, direction) {
  if (!(await ping(tabId))) return { ok: false, total: 0 };
  return api.tabs.sendMessage(tabId, { type: MESSAGES.STEP_QUOTE, direction });
}
