/** The content script's entry: wire the lens to extension messaging, settings and the background. */

import { api } from "../shared/browser.js";
import { loadCategories } from "../shared/categories.js";
import { explainError } from "../shared/error-text.js";
import { MESSAGES } from "../shared/messages.js";
import { broadcast, listen } from "../shared/router.js";
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

const [categories, loaded] = await Promise.all([loadCategories(), loadSettings()]);
let settings = loaded;
const lens = createLens({
  transport: { analyze: (page) => api.runtime.sendMessage({ type: MESSAGES.ANALYZE_PAGE, ...page }) },
  categories,
  hidden: settings.hidden,
  installCss: styleInstaller(),
  explain: (error) => explainError(error, settings),
  // The badge and an open panel follow the page: a new analysis, a failure, a page that moved on.
  onChange: (summary) => broadcast({ type: MESSAGES.LENS_CHANGED, summary }),
});

onSettingsChange((changed) => {
  // Only the categories whose switch moved: toggling one must not touch (or time) the others.
  const now = new Set(changed.hidden);
  for (const category of categories) {
    if (now.has(category.id) !== settings.hidden.includes(category.id)) lens.setVisible(category.id, !now.has(category.id));
  }
  settings = changed;
});

listen({
  [MESSAGES.PING]: () => ({ ok: true }),
  [MESSAGES.RUN_ANALYSIS]: () => lens.analyze(),
  [MESSAGES.GET_STATE]: () => ({ ok: true, ...lens.state() }),
  [MESSAGES.STEP_QUOTE]: (message) => lens.step(message.direction),
  [MESSAGES.REVEAL]: (message) => lens.goTo(message.ref),
});
