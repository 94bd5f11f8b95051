/** The background: one message router, the keyboard commands and opt-in automatic analysis. */

import { api } from "../shared/browser.js";
import { COMMANDS, MESSAGES } from "../shared/messages.js";
import { isAutoSite, loadSettings } from "../shared/settings.js";
import { analyzePage, checkServer } from "./backend.js";
import { missingServerAccess } from "./server-access.js";
import { analyzeTab, stepQuote, tabState } from "./tabs.js";

/** Run `call(settings)` only when the server may be reached; otherwise answer with the missing permission. */
async function withServerAccess(call) {
  const settings = await loadSettings();
  return (await missingServerAccess(settings)) ?? call(settings);
}

const handlers = {
  [MESSAGES.ANALYZE_PAGE]: (message) => withServerAccess((settings) => analyzePage(settings, message)),
  [MESSAGES.CHECK_SERVER]: () => withServerAccess(checkServer),
  // Checked before the page is read: without the permission there is nowhere to send it.
  [MESSAGES.ANALYZE_TAB]: (message) => withServerAccess(() => analyzeTab(message.tabId)),
  [MESSAGES.GET_TAB_STATE]: (message) => tabState(message.tabId),
  [MESSAGES.INSERT_CSS]: async (message, sender) => {
    const target = { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] };
    if (message.previous) await api.scripting.removeCSS({ target, css: message.previous });
    await api.scripting.insertCSS({ target, css: message.css });
    return { ok: true };
  },
};

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const handler = handlers[message?.type];
  // Only the extension's own pages and content scripts may ask (runtime messages never cross extensions).
  if (!handler || sender.id !== api.runtime.id) return false;
  Promise.resolve()
    .then(() => handler(message, sender))
    .then(sendResponse, (error) => sendResponse({ ok: false, error: { code: "internal", message: String(error?.message ?? error) } }));
  return true;
});

const commands = {
  [COMMANDS.ANALYZE]: (tab) => analyzeTab(tab.id),
  [COMMANDS.NEXT_QUOTE]: (tab) => stepQuote(tab.id, 1),
  [COMMANDS.PREVIOUS_QUOTE]: (tab) => stepQuote(tab.id, -1),
};

api.commands.onCommand.addListener(async (command, tab) => {
  const target = tab ?? (await api.tabs.query({ active: true, currentWindow: true }))[0];
  if (target && commands[command]) await commands[command](target);
});

// Opt-in sites are analysed when a page finishes loading, and only where the reader granted the permission.
api.tabs.onUpdated.addListener(async (tabId, change, tab) => {
  if (change.status !== "complete" || !tab.url) return;
  const settings = await loadSettings();
  if (!isAutoSite(settings, tab.url)) return;
  const origin = `${new URL(tab.url).origin}/*`;
  if (await api.permissions.contains({ origins: [origin] })) await analyzeTab(tabId);
});
