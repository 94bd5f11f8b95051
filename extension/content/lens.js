/** The content-side orchestrator: page → analysis → anchors → paint, then cards, toggles, keys and re-anchoring. */

import { anchorSpans, isIntact } from "./anchor.js";
import { createCardHost, HOST_TAG } from "./card.js";
import { anchorAtPoint } from "./hit-test.js";
import { createPainter } from "./paint.js";
import { watchPage } from "./page-watch.js";
import { buildTextIndex } from "./text-index.js";
import { describeRef, quotesBySpeaker, whoSaidWhatMarkdown } from "../shared/findings.js";

// Categories keyboard navigation steps through: what people said, verbatim.
const STOP_CATEGORY = "quote";

function round(ms) {
  return Math.round(ms * 100) / 100;
}

/**
 * Create the lens for one document.
 * @param {object} options
 * @param {{analyze: (page: {html: string, url: string}) => Promise<object>}} options.transport
 *   sends the page for analysis; resolves to {ok: true, analysis} or {ok: false, error: {code, message}}
 * @param {Array<object>} options.categories the entries of categories.json
 * @param {Iterable<string>} [options.hidden] category ids switched off
 */
export function createLens({ doc = document, transport, categories, hidden = [], installCss }) {
  const painter = createPainter({ categories, doc, installCss });
  const card = createCardHost({ doc, onQuote: (quoteId) => goToQuote(quoteId) });
  const watcher = watchPage({ doc, isOwn: isOwnRecord, onMutation: reanchorIfStale, onNavigate: navigated });
  let analysis = null;
  let anchors = [];
  let unanchored = [];
  let stops = [];
  let stopAt = -1;
  let lastError = null;
  let timings = {};
  let busy = null;
  for (const id of hidden) painter.setVisible(id, false);

  function isOwnRecord(record) {
    if (record.target === card.host) return true;
    const nodes = [...record.addedNodes, ...record.removedNodes];
    return nodes.length > 0 && nodes.every((node) => node === card.host);
  }

  const isShown = (anchor) => anchor.span.categories.some((id) => painter.isVisible(id));
  // Paint order: later categories are drawn on top (see paint.js), so they win a click on the same words.
  const order = new Map(categories.map((category, at) => [category.id, at]));
  const rank = (anchor) => Math.max(...anchor.span.categories.filter((id) => painter.isVisible(id)).map((id) => order.get(id) ?? -1));

  /** Send the page for analysis and show the result; resolve to the summary the popup shows. */
  function analyze() {
    busy ??= (async () => {
      try {
        const html = doc.documentElement.outerHTML;
        const result = await transport.analyze({ html, url: doc.location.href });
        if (!result?.ok) {
          clear();
          lastError = result?.error ?? { code: "internal", message: "No answer from the extension." };
          return { ok: false, error: lastError };
        }
        return { ok: true, ...show(result.analysis) };
      } finally {
        busy = null;
      }
    })();
    return busy;
  }

  /** Anchor and paint an analysis (no server call): used after analysing and again after a re-render. */
  function show(result, { quiet = false } = {}) {
    const began = performance.now();
    analysis = result;
    lastError = null;
    const index = buildTextIndex(doc.body ?? doc.documentElement);
    ({ anchors, unanchored } = anchorSpans(index, analysis.article, analysis.spans));
    const anchored = performance.now();
    painter.paint(anchors);
    const painted = performance.now();
    timings = { anchor_ms: round(anchored - began), paint_ms: round(painted - anchored), toggle_ms: timings.toggle_ms ?? null };
    // One stop per quote: the first piece of a quote that runs over several paragraphs.
    const firsts = new Map();
    for (const anchor of anchors) {
      const seen = firsts.get(anchor.span.id);
      if (anchor.span.categories.includes(STOP_CATEGORY) && (!seen || anchor.start < seen.start)) firsts.set(anchor.span.id, anchor);
    }
    stops = [...firsts.values()].sort((a, b) => a.start - b.start);
    stopAt = -1;
    watcher.start();
    const summary = state();
    if (!quiet) card.announce(`Quotelens: ${summary.anchored} highlights on this page.`);
    return summary;
  }

  function clear() {
    watcher.stop();
    painter.clear();
    card.hide();
    analysis = null;
    anchors = [];
    unanchored = [];
    stops = [];
    stopAt = -1;
  }

  /** What the popup shows: counts per category, what could not be placed, who said what, timings. */
  function state() {
    if (!analysis) return { analyzed: false, error: lastError };
    // Counted per span: a span painted in pieces (one per paragraph) is one highlight to the reader.
    const counts = Object.fromEntries(categories.map((category) => [category.id, 0]));
    const intact = new Map();
    for (const anchor of anchors) intact.set(anchor.span, (intact.get(anchor.span) ?? true) && isIntact(anchor));
    for (const span of intact.keys()) {
      for (const id of span.categories) counts[id] = (counts[id] ?? 0) + 1;
    }
    const methods = new Map(anchors.map((anchor) => [anchor.span, anchor.method]));
    return {
      analyzed: true,
      url: doc.location.href,
      title: analysis.article.title,
      spans: analysis.spans.length,
      anchored: intact.size,
      exact: [...intact.values()].filter(Boolean).length,
      unanchored: unanchored.map((span) => span.id),
      fuzzy: [...methods.values()].filter((method) => method.startsWith("fuzzy")).length,
      pieces: [...methods.values()].filter((method) => method.endsWith("+pieces")).length,
      counts,
      hidden: categories.map((category) => category.id).filter((id) => !painter.isVisible(id)),
      speakers: quotesBySpeaker(analysis),
      markdown: whoSaidWhatMarkdown(analysis, { url: doc.location.href, title: analysis.article.title || doc.title }),
      timings,
    };
  }

  /** Show or hide one category's highlights; no server call. */
  function setVisible(id, visible) {
    const began = performance.now();
    painter.setVisible(id, visible);
    timings.toggle_ms = round(performance.now() - began);
    return timings.toggle_ms;
  }

  function reveal(range) {
    const node = range.startContainer;
    const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    element?.scrollIntoView({ block: "center", inline: "nearest" });
  }

  function rectOf(range) {
    const rects = range.getClientRects();
    return rects.length ? rects[0] : range.getBoundingClientRect();
  }

  /** Scroll to a quote and flash it (a card's quote was clicked). */
  function goToQuote(quoteId) {
    const anchor = anchors.find((candidate) => candidate.span.ref === quoteId);
    if (!anchor) return false;
    reveal(anchor.range);
    painter.flash(anchor.range);
    return true;
  }

  /** Move the keyboard focus to the next (1) or previous (-1) quote and open its card. */
  function step(direction) {
    if (stops.length === 0) return { ok: false, total: 0 };
    stopAt = stopAt < 0 && direction < 0 ? stops.length - 1 : (stopAt + direction + stops.length) % stops.length;
    const anchor = stops[stopAt];
    reveal(anchor.range);
    painter.focus(anchor.range);
    const model = describeRef(analysis, anchor.span.ref);
    if (model) card.show(model, rectOf(anchor.range), { focus: true, current: anchor.span.ref });
    card.announce(`Quote ${stopAt + 1} of ${stops.length}${model ? `: ${model.name}` : ""}`);
    return { ok: true, index: stopAt, total: stops.length, ref: anchor.span.ref };
  }

  function onClick(event) {
    if (!analysis || event.button !== 0) return;
    if (event.composedPath().includes(card.host)) return;
    const anchor = anchorAtPoint(anchors, doc, event.clientX, event.clientY, isShown, rank);
    const model = anchor && describeRef(analysis, anchor.span.ref);
    if (model) card.show(model, rectOf(anchor.range));
    else card.hide();
  }

  // Spans not found may appear when the page loads more text; looking again is throttled, since a page with a
  // ticker or ads changes all the time.
  const RETRY_MS = 2000;
  let retried = 0;

  function reanchorIfStale() {
    if (!analysis) return;
    if (anchors.every(isIntact)) {
      if (unanchored.length === 0 || performance.now() - retried < RETRY_MS) return;
      retried = performance.now();
    }
    const focused = stops[stopAt]?.span.id;
    show(analysis, { quiet: true });
    stopAt = focused ? stops.findIndex((anchor) => anchor.span.id === focused) : -1;
  }

  function navigated() {
    if (!analysis) return;
    clear();
    card.offer("This page changed since Quotelens analysed it.", "Analyse again", () => analyze());
  }

  function onKey(event) {
    // A card opened by a click leaves the focus in the page: Esc there closes it too.
    if (event.key === "Escape" && card.isOpen()) card.hide();
  }

  doc.addEventListener("click", onClick);
  doc.addEventListener("keydown", onKey);

  return {
    analyze, show, clear, state, setVisible, step, goToQuote,
    isAnalyzed: () => analysis !== null,
    hostTag: HOST_TAG,
  };
}
