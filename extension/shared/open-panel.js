/** Open the reading panel from a click (a user gesture): Chrome's side panel, Firefox's sidebar, else a tab. */

import { api } from "./browser.js";

export async function openPanel(tabId) {
  if (api.sidePanel?.open) {
    await api.sidePanel.open({ tabId });
    return { ok: true, where: "side_panel" };
  }
  if (api.sidebarAction?.open) {
    await api.sidebarAction.open();
    return { ok: true, where: "sidebar" };
  }
  await api.tabs.create({ url: api.runtime.getURL(`panel/panel.html?tab=${tabId}`) });
  return { ok: true, where: "tab" };
}
