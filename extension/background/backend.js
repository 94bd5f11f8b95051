/** Calls to the Quotelens server: the only network requests the extension makes. */

import { codeOfStatus } from "../shared/errors.js";

function failure(code, message, status = null) {
  return { ok: false, error: { code, message, status } };
}

function endpoint(settings, path) {
  return `${settings.serverUrl.replace(/\/+$/, "")}${path}`;
}

function headers(settings) {
  const result = { "Content-Type": "application/json" };
  if (settings.apiToken) result.Authorization = `Bearer ${settings.apiToken}`;
  return result;
}

/** Fetch JSON with a time limit covering the whole exchange; map every failure to {ok: false, error}. */
async function exchange(settings, path, init) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  try {
    const response = await fetch(endpoint(settings, path), { ...init, signal: controller.signal, credentials: "omit" });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      // A body without a code (a proxy's error page): the code the status stands for, from errors.json.
      const code = body?.error?.code ?? await codeOfStatus(response.status);
      return failure(code, body?.error?.message ?? `The server answered HTTP ${response.status}.`, response.status);
    }
    return { ok: true, body };
  } catch (error) {
    if (controller.signal.aborted) {
      // Not the server's own "timeout" (HTTP 503, its time budget): here no answer arrived at all.
      return failure("no_response", `The server did not answer within ${Math.round(settings.timeoutMs / 1000)} s.`);
    }
    return failure("unreachable", `Cannot reach the Quotelens server at ${settings.serverUrl}.`);
  } finally {
    clearTimeout(timer);
  }
}

function isAnalysis(body) {
  return Boolean(body && body.article && typeof body.article.text === "string" && Array.isArray(body.spans)
    && Array.isArray(body.quotes) && Array.isArray(body.entities) && Array.isArray(body.sanctions));
}

/** Send a page to POST /api/analyze. */
export async function analyzePage(settings, { html, url }) {
  const result = await exchange(settings, "/api/analyze", {
    method: "POST", headers: headers(settings), body: JSON.stringify({ html, url }),
  });
  if (!result.ok) return result;
  if (!isAnalysis(result.body)) return failure("bad_response", "The server's answer is not a Quotelens analysis.");
  return { ok: true, analysis: result.body };
}

/** Ask GET /api/health whether the server is up and its model loaded. */
export async function checkServer(settings) {
  const result = await exchange(settings, "/api/health", { method: "GET", headers: headers(settings) });
  return result.ok ? { ok: true, health: result.body } : result;
}
