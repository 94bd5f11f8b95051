/** Run the extension's own content-script code on the demo page: a same-origin fetch replaces extension messaging. */

import { analyzePage, checkServer } from "/extension/background/backend.js";
import { loadCategories } from "/extension/shared/categories.js";
import { createLens } from "/extension/content/lens.js";
import { explainError } from "/extension/shared/error-text.js";
import { countsText, placedText } from "/extension/shared/status-text.js";
import { renderToggles } from "/extension/shared/toggles.js";

// The page and the API share this origin, so the demo needs neither CORS nor the extension's host permissions.
const settings = { serverUrl: location.origin, apiToken: "", timeoutMs: 60000 };
const $ = (id) => document.getElementById(id);

function say(message, isError = false) {
  $("demo-status").textContent = message;
  $("demo-status").classList.toggle("error", isError);
}

async function start() {
  const categories = await loadCategories();
  // The same default as the extension: every category on (see extension/shared/settings.js).
  const hidden = [];
  const lens = createLens({ transport: { analyze: (page) => analyzePage(settings, page) }, categories, hidden,
    explain: (error) => explainError(error, settings) });
  const toggle = (id, visible) => lens.setVisible(id, visible);
  const holder = $("demo-categories-list");
  renderToggles(holder, categories, { hidden, onToggle: toggle });
  let summary = null;

  async function analyze() {
    $("demo-analyze").disabled = true;
    say("Analysing… (the first analysis loads the language model)");
    const result = await lens.analyze();
    $("demo-analyze").disabled = false;
    if (!result.ok) {
      say(`${explainError(result.error, settings)}${result.kept ? " The highlights of the last analysis are kept." : ""}`, true);
      return;
    }
    summary = result;
    renderToggles(holder, categories, { counts: result.counts, hidden: result.hidden, onToggle: toggle });
    say(`${placedText(result)} ${countsText(result)}. Click a highlighted name, quote or sanction for its card.`);
    for (const id of ["demo-next", "demo-previous", "demo-copy"]) $(id).disabled = false;
  }

  $("demo-analyze").addEventListener("click", analyze);
  $("demo-next").addEventListener("click", () => lens.step(1));
  $("demo-previous").addEventListener("click", () => lens.step(-1));
  $("demo-copy").addEventListener("click", async () => {
    await navigator.clipboard.writeText(summary.markdown);
    say("Copied “Who said what” as Markdown.");
  });
  // The same shortcuts the extension declares as commands.
  document.addEventListener("keydown", (event) => {
    if (!event.altKey || !event.shiftKey || !lens.isAnalyzed()) return;
    if (event.code === "Period") lens.step(1);
    else if (event.code === "Comma") lens.step(-1);
    else return;
    event.preventDefault();
  });

  const health = await checkServer(settings);
  if (!health.ok) say(explainError(health.error, settings), true);
  else if (health.health.token_required) say("This server requires an API token, so the demo cannot analyse here.", true);
}

start();
