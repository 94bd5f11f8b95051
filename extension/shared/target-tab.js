/** The tab an extension page acts on: the active tab, or ?tab=ID when the page is opened in a tab of its own. */

import { api } from "./browser.js";

export async function targetTabId() {
  const given = new URLSearchParams(location.search).get("tab");
  if (given) return Number(given);
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
