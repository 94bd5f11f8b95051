/** The WebExtension API object: `browser` in Firefox, `chrome` in Chromium (both promise-based in MV3). */

export const api = globalThis.browser ?? globalThis.chrome;
