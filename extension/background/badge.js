/** The toolbar badge: the number of quotes highlighted in a tab, nothing before an analysis or after a new page. */

import { api } from "../shared/browser.js";
import { MESSAGES } from "../shared/messages.js";

const COLOUR = "#1d4ed8";

/** Show a tab's quote count (from the lens summary), or clear it when the tab holds no analysis. */
export async function showBadge(tabId, summary) {
  if (tabId === undefined) return { ok: false };
  const text = summary?.analyzed ? String(summary.counts?.quote ?? 0) : "";
  await api.action.setBadgeBackgroundColor({ tabId, color: COLOUR });
  await api.action.setBadgeText({ tabId, text });
  await api.action.setTitle({ tabId, title: text ? `Quotelens: ${text} quotes on this page` : "Quotelens: who said what" });
  return { ok: true };
}

/** Clear the badge of a tab whose content script is gone (it loaded a new document). */
export async function clearBadgeIfGone(tabId) {
  const alive = await api.tabs.sendMessage(tabId, { type: MESSAGES.PING }).then((answer) => answer?.ok, () => false);
  if (!alive) await showBadge(tabId, null);
}
