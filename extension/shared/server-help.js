/** How a reader starts the local server: the exact command for the address set in Options. */

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Return the port of a server address ("http://127.0.0.1:8765" → "8765"). */
export function serverPort(serverUrl) {
  try {
    const url = new URL(serverUrl);
    return url.port || (url.protocol === "https:" ? "443" : "80");
  } catch {
    return "8765";
  }
}

/**
 * Return the command that starts the server the extension is set to talk to, run in the Quotelens folder
 * (where installing created .venv): the port comes from the address in Options, so the two always agree.
 */
export function startCommand(serverUrl) {
  let host = "127.0.0.1";
  try {
    host = new URL(serverUrl).hostname;
  } catch {
    // keep the default host
  }
  const hostOption = LOOPBACK.has(host) ? "" : ` --host ${host}`;
  return `.venv/bin/quotelens serve --port ${serverPort(serverUrl)}${hostOption}`;
}

/** The first-time set-up command, which installs the server and then starts it on the same port. */
export function installCommand(serverUrl) {
  return `make run PORT=${serverPort(serverUrl)}`;
}
