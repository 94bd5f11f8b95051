/** The one message router every part of the extension listens through: a table of handlers by message type. */

import { api } from "./browser.js";

/**
 * Answer runtime messages with `handlers[message.type](message, sender)`; a handler may return a promise. Only the
 * extension's own pages and content scripts are answered (runtime messages never cross extensions, and a page's
 * own scripts cannot send them), and a message no handler knows is left to other listeners.
 */
export function listen(handlers) {
  api.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const handler = handlers[message?.type];
    if (!handler || sender.id !== api.runtime.id) return false;
    Promise.resolve()
      .then(() => handler(message, sender))
      .then(sendResponse, (error) => sendResponse({ ok: false, error: { code: "internal", message: String(error?.message ?? error) } }));
    return true;
  });
}

/** Send a message to the rest of the extension; resolve to null when nobody listens (no panel open). */
export function broadcast(message) {
  return api.runtime.sendMessage(message).catch(() => null);
}
