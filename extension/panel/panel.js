/** The reading panel (Chrome side panel, Firefox sidebar): who said what, officials and sanctions, each a jump. */

import { api } from "../shared/browser.js";
import { explainError } from "../shared/error-text.js";
import { MESSAGES } from "../shared/messages.js";
import { listen } from "../shared/router.js";
import { loadSettings } from "../shared/settings.js";
import { countsText, NOT_YET, placedText } from "../shared/status-text.js";
import { shorten } from "../content/card-view.js";
import { targetTabId } from "../shared/target-tab.js";

const $ = (id) => document.getElementById(id);
const fixedTab = new URLSearchParams(location.search).has("tab");
let tabId = null;
let summary = null;

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** A button that scrolls the page to `ref` and flashes it there; its visible text is its name. */
function jump(text, ref, className = "jump") {
  const button = element("button", text, className);
  button.type = "button";
  button.dataset.ref = ref;
  button.title = "Show it in the page";
  button.addEventListener("click", () => api.runtime.sendMessage({ type: MESSAGES.GO_TO, tabId, ref }));
  return button;
}

function quoteItem(quote) {
  const item = element("li");
  const words = quote.kind === "reported" ? `(reported) ${shorten(quote.text)}` : `“${shorten(quote.text)}”`;
  item.append(jump(words, quote.id, quote.kind === "reported" ? "jump reported" : "jump"));
  return item;
}

function personBlock(group) {
  const block = element("article", undefined, group.isOfficial ? "person is-official" : "person");
  const heading = element("h3");
  heading.append(jump(group.speaker, group.id, "name jump"));
  if (group.isOfficial) heading.append(element("span", "Official", "badge"));
  block.append(heading);
  if (group.title) block.append(element("p", group.title, "role"));
  const list = element("ol");
  list.append(...group.quotes.map(quoteItem));
  block.append(list);
  return block;
}

function fill(section, list, nodes) {
  list.replaceChildren(...nodes);
  $(section).hidden = nodes.length === 0;
}

function renderLists(result) {
  fill("speakers", $("speaker-list"), result.speakers.map(personBlock));
  fill("unattributed", $("unattributed-list"), result.unattributed.map(quoteItem));
  fill("officials", $("official-list"), result.officials.map((official) => {
    const item = element("li");
    item.append(jump(official.title ? `${official.name} — ${official.title}` : official.name, official.id));
    return item;
  }));
  fill("sanctions", $("sanction-list"), result.sanctions.map((sanction) => {
    const item = element("li");
    item.append(jump(`${sanction.line}: “${sanction.text}”`, sanction.id));
    return item;
  }));
  applyFilter();
}

function applyFilter() {
  const wanted = $("filter").value;
  for (const section of document.querySelectorAll("section[data-category]")) {
    const empty = section.querySelector("ol, ul, div").childElementCount === 0;
    section.hidden = empty || (wanted !== "all" && section.dataset.category !== wanted);
  }
}

/** Show the tab's summary; a failure without kept highlights and a page not analysed show no lists at all. */
async function render(result) {
  const settings = await loadSettings();
  const analyzed = Boolean(result?.analyzed);
  const failure = result?.ok === false ? result.error : result?.error;
  summary = analyzed ? result : null;
  $("error").hidden = !failure;
  $("error").textContent = failure ? explainError(failure, settings) : "";
  $("tools").hidden = !analyzed;
  $("page-title").textContent = analyzed ? result.title : "";
  $("analyze").textContent = analyzed ? "Analyse again" : "Analyse this page";
  $("counts").textContent = analyzed ? countsText(result) : "";
  if (!analyzed) $("status").textContent = failure ? "" : NOT_YET;
  else $("status").textContent = failure ? "The highlights of the last analysis are kept." : placedText(result);
  renderLists(analyzed ? result : { speakers: [], unattributed: [], officials: [], sanctions: [] });
  document.querySelector("main").dataset.state = analyzed ? "done" : failure ? "error" : "idle";
}

async function refresh() {
  tabId = await targetTabId();
  await render(await api.runtime.sendMessage({ type: MESSAGES.GET_TAB_STATE, tabId }));
}

async function analyze() {
  $("analyze").disabled = true;
  $("status").textContent = "Analysing…";
  try {
    await render(await api.runtime.sendMessage({ type: MESSAGES.ANALYZE_TAB, tabId }));
  } finally {
    $("analyze").disabled = false;
  }
}

async function copyMarkdown() {
  if (!summary) return;
  await navigator.clipboard.writeText(summary.markdown);
  $("status").textContent = "Copied “Who said what” as Markdown.";
}

$("analyze").addEventListener("click", analyze);
$("copy").addEventListener("click", copyMarkdown);
$("filter").addEventListener("change", applyFilter);
// The page analysed, failed or moved on: show what it shows now, never the last page's findings.
listen({
  [MESSAGES.LENS_CHANGED]: (message, sender) => {
    if (sender.tab?.id === tabId) render(message.summary);
  },
});
if (!fixedTab) {
  // A side panel follows the reader from tab to tab.
  api.tabs.onActivated.addListener(refresh);
  api.tabs.onUpdated.addListener((id, change) => { if (id === tabId && change.status === "complete") refresh(); });
}
refresh();
