/** Every message name and command the extension's parts exchange, in one place. */

export const MESSAGES = Object.freeze({
  // content script → background: {html, url} → {ok, analysis} | {ok: false, error}
  ANALYZE_PAGE: "quotelens:analyze-page",
  // content script → background (when adoptedStyleSheets is unavailable): {css, previous}
  INSERT_CSS: "quotelens:insert-css",
  // popup → background: {tabId} → the tab's summary after analysing it
  ANALYZE_TAB: "quotelens:analyze-tab",
  // popup → background: {tabId} → the tab's current summary ({analyzed: false} before any analysis)
  GET_TAB_STATE: "quotelens:get-tab-state",
  // options and first-run pages → background: → {ok, health} | {ok: false, error}
  CHECK_SERVER: "quotelens:check-server",
  // popup, panel → background: {tabId, ref} → scrolls the tab to a quote, person or sanction and flashes it
  GO_TO: "quotelens:go-to",
  // content script → background, panel: {summary} after every analysis, failure or cleared page (badge, panel)
  LENS_CHANGED: "quotelens:lens-changed",
  // background → content script
  PING: "quotelens:ping",
  RUN_ANALYSIS: "quotelens:run-analysis",
  GET_STATE: "quotelens:get-state",
  STEP_QUOTE: "quotelens:step-quote",
  REVEAL: "quotelens:reveal",
});

// Keyboard commands declared in manifest.json ("commands").
export const COMMANDS = Object.freeze({
  ANALYZE: "analyze-page",
  NEXT_QUOTE: "next-quote",
  PREVIOUS_QUOTE: "previous-quote",
});
