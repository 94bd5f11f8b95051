/** Run the extension's own content-script code on the demo page: a same-origin fetch replaces extension messaging. */

import { analyzePage, checkServer } from "/extension/background/backend.js";
import { loadCategories } from "/extension/shared/categories.js";
import { createLens } from "/extension/content/lens.js";
import { EMPTY_RESULT, explainError } from "/extension/popup/error-text.js";

// The page and the API share this origin, so the demo needs neither CORS nor the extension's host permissions.
const settings = { serverUrl: location.origin, apiToken: "", timeoutMs: 60000 };
const $ = (id) => document.getElementById(id);

function say(message, isError = false) {
  $("demo-status").textContent = message;
  $("demo-status").classList.toggle("error", isError);
}

function renderToggles(categories, lens) {
  const holder = $("demo-categories");
  for (const category of categories) {
    const label = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset.category = category.id;
    box.addEventListener("change", () => lens.setVisible(category.id, box.checked));
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = category.color;
    swatch.style.borderBottomStyle = category.underline;
    const name = document.createElement("span");
    name.textContent = category.label;
    const count = document.createElement("span");
    count.dataset.count = category.id;
    count.textContent = "";
    label.append(box, swatch, name, count);
    holder.append(label);
  }
}

function showCounts(summary) {
  for (const [id, count] of Object.entries(summary.counts)) {
    const cell = document.querySelector(`[data-count="${id}"]`);
    if (cell) cell.textContent = `(${count})`;
  }
}

async function start() {
  const categories = await loadCategories();
  const lens = createLens({ transport: { analyze: (page) => analyzePage(settings, page) }, categories });
  renderToggles(categories, lens);
  let summary = null;

  async function analyze() {
    $("demo-analyze").disabled = true;
    say("Analysing… (the first analysis loads the language model)");
    const result = await lens.analyze();
    $("demo-analyze").disabled = false;
    if (!result.ok) {
      say(explainError(result.error, settings), true);
      return;
    }
    summary = result;
    showCounts(result);
    const missed = result.unanchored.length;
    say(result.spans === 0 ? EMPTY_RESULT : `${result.anchored} of ${result.spans} highlights placed`
      + `${missed ? ` (${missed} not found on the page)` : ""}. Click a highlighted name, quote or sanction for its card.`);
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
