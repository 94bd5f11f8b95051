/** The options page: server address, token, time limit and the opt-in list of automatically analysed sites. */

import { api } from "../shared/browser.js";
import { MESSAGES } from "../shared/messages.js";
import { loadSettings, saveSettings, siteName } from "../shared/settings.js";

const form = document.getElementById("form");
const status = document.getElementById("status");

async function fill() {
  const settings = await loadSettings();
  form.serverUrl.value = settings.serverUrl;
  form.apiToken.value = settings.apiToken;
  form.timeout.value = String(Math.round(settings.timeoutMs / 1000));
  form.autoSites.value = settings.autoSites.join("\n");
}

/** Ask for permission to read the listed sites (needs this click); keep only the sites granted. */
async function grantedSites(sites) {
  if (sites.length === 0) return [];
  const origins = sites.flatMap((site) => [`https://${site}/*`, `http://${site}/*`]);
  const granted = await api.permissions.request({ origins }).catch(() => false);
  return granted ? sites : [];
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const sites = [...new Set(form.autoSites.value.split(/\s+/).map(siteName).filter(Boolean))];
  const autoSites = await grantedSites(sites);
  await saveSettings({
    serverUrl: form.serverUrl.value.trim().replace(/\/+$/, ""),
    apiToken: form.apiToken.value.trim(),
    timeoutMs: Math.max(1, Number(form.timeout.value) || 30) * 1000,
    autoSites,
  });
  await fill();
  status.textContent = autoSites.length < sites.length
    ? "Saved, without the automatic sites: the permission to read them was not granted."
    : "Saved.";
});

document.getElementById("check").addEventListener("click", async () => {
  status.textContent = "Checking…";
  const result = await api.runtime.sendMessage({ type: MESSAGES.CHECK_SERVER });
  status.textContent = result.ok
    ? `Connected: Quotelens ${result.health.version}, model ${result.health.model_loaded ? "loaded" : "loads on first use"}.`
    : `Not connected: ${result.error.message}`;
});

fill();
