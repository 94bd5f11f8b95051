/** The first-run page: is the server up, and if not, the exact commands that start it on the configured port. */

import { api } from "../shared/browser.js";
import { MESSAGES } from "../shared/messages.js";
import { installCommand, startCommand } from "../shared/server-help.js";
import { loadSettings } from "../shared/settings.js";

const $ = (id) => document.getElementById(id);

async function check() {
  const settings = await loadSettings();
  $("start-command").textContent = startCommand(settings.serverUrl);
  $("install-command").textContent = installCommand(settings.serverUrl);
  $("demo").href = `${settings.serverUrl.replace(/\/+$/, "")}/demo`;
  $("server-status").textContent = "Checking the server…";
  const result = await api.runtime.sendMessage({ type: MESSAGES.CHECK_SERVER });
  $("server-status").dataset.ok = String(Boolean(result?.ok));
  $("server-status").textContent = result?.ok
    ? `Your Quotelens server is running at ${settings.serverUrl}: you are ready to read.`
    : `No Quotelens server answers at ${settings.serverUrl} yet.`;
  $("start-help").hidden = Boolean(result?.ok);
}

$("check").addEventListener("click", check);
check();
