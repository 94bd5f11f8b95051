/** What the popup, the panel and the page tell the reader for each failure: what happened and what to do. */

import { loadErrors } from "./errors.js";
import { startCommand } from "./server-help.js";

// The codes of errors.json, the one table of them: the server's, and the ones the extension adds itself.
const CODES = await loadErrors();

// Keyed by codes of errors.json (tests/browser/test_extension_files.py checks each is one): "unreachable" (no
// connection), "no_response" (no answer within the time limit) and "no_permission" (the reader revoked or withheld
// the permission to reach the server: the popup offers a button to grant it) are the extension's own.
const EXPLANATIONS = {
  unreachable: (settings) => `Cannot reach the Quotelens server at ${settings.serverUrl}. Is it running? `
    + `Start it in a terminal, in the Quotelens folder: ${startCommand(settings.serverUrl)}`,
  no_response: (settings) => `The server did not answer within ${Math.round(settings.timeoutMs / 1000)} seconds. `
    + "Try again, or raise the time limit in Options.",
  too_large: () => "This page is too large for the server to analyse (HTTP 413).",
  too_long: () => "This article is too long for the server to analyse (HTTP 413).",
  no_article: () => "No article found on this page. Quotelens reads news articles, not home pages or lists.",
  unsupported_language: () => "Quotelens reads English articles only, and this one is in another language.",
  unauthorized: () => "The server needs an API token: set it in Options.",
  unknown_host: (settings) => `The server does not answer to the name in ${settings.serverUrl}. Use its loopback `
    + "address (http://127.0.0.1:8765), or add the name to the server's QUOTELENS_ALLOWED_HOSTS setting.",
  forbidden_origin: () => "The server answers only the Quotelens extension and its own pages (HTTP 403).",
  timeout: () => "The server ran out of time analysing this page (HTTP 503). Try again in a moment.",
  cannot_access: (settings, error) => error.message,
  page_changed: () => "The page reloaded or moved on during the analysis. Analyse it again once it has loaded.",
  no_permission: (settings) => `Quotelens needs your permission to reach its server at ${settings.serverUrl}. `
    + "Allow it with the button below.",
  bad_response: () => "The server's answer is not a Quotelens analysis: is the server address right?",
};

/**
 * Return the sentence to show for an error {code, message}: its explanation, else its message, else the default
 * message errors.json gives its code. A code errors.json does not list is not one of ours: its message is shown.
 */
export function explainError(error, settings) {
  const known = Object.hasOwn(CODES, error?.code ?? "") ? CODES[error.code] : null;
  const explain = known && EXPLANATIONS[error.code];
  if (explain) return explain(settings, error);
  return `The analysis failed: ${error?.message ?? known?.message ?? "unknown error"}`;
}
