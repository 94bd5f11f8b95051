/** The background: the message router's table, the keyboard commands, the badge and opt-in automatic analysis. */

import { api } from "../shared/browser.js";
import { COMMANDS, MESSAGES } from "../shared/messages.js";
import { listen } from "../shared/router.js";
import { isAutoSite, loadSettings } from "../shared/settings.js";
import { analyzePage, checkServer } from "./backend.js";
import { clearBadgeIfGone, showBadge } from "./badge.js";
import { missingServerAccess } from "./server-access.js";
import { analyzeTab, revealInTab, stepQuote, tabState } from "./tabs.js";

/** Run `call(settings)` only when the server may be reached; otherwise answer with the missing permission. */
async function withServerAccess(call) {
  const settings = await loadSettings();
  return (await missingServerAccess(settings)) ?? call(settings);
}

listen({
  [MESSAGES.ANALYZE_PAGE]: (message) => withServerAccess((settings) => analyzePage(settings, message)),
  [MESSAGES.CHECK_SERVER]: () => withServerAccess(checkServer),
  // Checked before the page is read: without the permission there is nowhere to send it.
  [MESSAGES.ANALYZE_TAB]: (message) => withServerAccess(() => analyzeTab(message.tabId)),
  [MESSAGES.GET_TAB_STATE]: (message) => tabState(message.tabId),
  [MESSAGES.GO_TO]: (message) => revealInTab(message.tabId, message.ref),
  [MESSAGES.LENS_CHANGED]: (message, sender) => showBadge(sender.tab?.id, message.summary),
  [MESSAGES.INSERT_CSS]: async (message, sender) => {
    const target = { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] };
    if (message.previous) await api.scripting.removeCSS({ target, css: message.previous });
    await api.scripting.insertCSS({ target, css: message.css });
    return { ok: true };
  },
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

api.tabs.onUpdated.addListener(async (tabId, change, tab) => {
  // A new document has no highlights: its badge must not show the last page's count.
  if (change.status === "loading") await clearBadgeIfGone(tabId);
  if (change.status !== "complete" || !tab.url) return;
  // Opt-in sites are analysed when a page finishes loading, and only where the reader granted the permission.
  const settings = await loadSettings();
  if (!isAutoSite(settings, tab.url)) return;
  const origin = `${new URL(tab.url).origin}/*`;
  if (await api.permissions.contains({ origins: [origin] })) await analyzeTab(tabId);
});

// The first-run page: checks the server and says how to start it.
api.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === "install") api.tabs.create({ url: api.runtime.getURL("welcome/welcome.html") });
});
