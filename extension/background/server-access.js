/**
 * The reader's permission to reach the server. Firefox lets a reader revoke a host permission (about:addons →
 * Permissions), and Chromium lets them withhold it (site access "on click"); a fetch without it fails as a bare
 * network error, so it is checked before anything is sent and asked for again from a click in the popup.
 */

import { api } from "../shared/browser.js";

/** The match pattern covering the server's host on any port, as host_permissions declares it. */
export function serverOrigins(serverUrl) {
  const { protocol, hostname } = new URL(serverUrl);
  return [`${protocol}//${hostname}/*`];
}

/** Return null when the server may be reached, else a failure the popup can offer to fix. */
export async function missingServerAccess(settings) {
  let origins;
  try {
    origins = serverOrigins(settings.serverUrl);
  } catch {
    return null; // a malformed address fails at the fetch, with the "cannot reach" explanation
  }
  if (await api.permissions.contains({ origins })) return null;
  return { ok: false, error: { code: "no_permission", origins,
    message: `Quotelens has no permission to reach the server at ${settings.serverUrl}.` } };
}
