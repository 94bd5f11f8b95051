/** The content script's entry: wire the lens to extension messaging, settings and the background. */

import { api } from "../shared/browser.js";
import { loadCategories } from "../shared/categories.js";
import { MESSAGES } from "../shared/messages.js";
import { loadSettings, onSettingsChange } from "../shared/settings.js";
import { createLens } from "./lens.js";
import { adoptStyleSheet } from "./paint.js";

/**
 * Add the highlight styles: adopted by the document (Chromium, and Firefox ESR 153 as its browser suite checks),
 * otherwise inserted by the background with scripting.insertCSS, for a Firefox whose content-script wrapper throws
 * on assigning adoptedStyleSheets (Mozilla bug 1928865).
 */
function styleInstaller() {
  const adopt = adoptStyleSheet(document);
  let previous = null;
  let adopted = true;
  return (css) => {
    try {
      adopted &&= adopt(css);
    } catch {
      adopted = false;
    }
    if (adopted) return;
    api.runtime.sendMessage({ type: MESSAGES.INSERT_CSS, css, previous });
    previous = css;
  };
}

const [categories, settings] = await Promise.all([loadCategories(), loadSettings()]);
const lens = createLens({
  transport: { analyze: (page) => api.runtime.sendMessage({ type: MESSAGES.ANALYZE_PAGE, ...page }) },
  categories,
  hidden: settings.hidden,
  installCss: styleInstaller(),
});

let hidden = new Set(settings.hidden);
onSettingsChange((changed) => {
  // Only the categories whose switch moved: toggling one must not touch (or time) the others.
  const now = new Set(changed.hidden);
  for (const category of categories) {
    if (now.has(category.id) !== hidden.has(category.id)) lens.setVisible(category.id, !now.has(category.id));
  }
  hidden = now;
});

const handlers = {
  [MESSAGES.PING]: () => ({ ok: true }),
  [MESSAGES.RUN_ANALYSIS]: () => lens.analyze(),
  [MESSAGES.GET_STATE]: () => ({ ok: true, ...lens.state() }),
  [MESSAGES.STEP_QUOTE]: (message) => lens.step(message.direction),
};

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const handler = handlers[message?.type];
  if (!handler || sender.id !== api.runtime.id) return false;
  Promise.resolve(handler(message)).then(sendResponse, (error) => {
    sendResponse({ ok: false, error: { code: "internal", message: String(error?.message ?? error) } });
  });
  return true;
});
