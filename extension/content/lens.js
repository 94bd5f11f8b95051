/** The content-side orchestrator: page → analysis → anchors → paint, then cards, hover text, keys and re-anchoring. */

import { anchorSpans, isIntact } from "./anchor.js";
import { createCardHost, HOST_TAG } from "./card.js";
import { anchorAtPoint, anchorUnderPointer, boxAt } from "./hit-test.js";
import { EMPTY_STATE, anchoredState, summarize } from "./lens-state.js";
import { createPainter, HIGHLIGHT_PREFIX } from "./paint.js";
import { watchPage } from "./page-watch.js";
import { listenToReader } from "./reader-input.js";
import { buildTextIndex } from "./text-index.js";
import { describeRef, hoverText } from "../shared/findings.js";

// Quote categories: clicking one opens its speaker's card with that quote marked.
const SPOKEN = new Set(["quote", "reported"]);
// Elements the keyboard can rest on whose Enter we take over when they hold a highlight (a linked name).
const FOCUSABLE = "a[href], area[href], [role=link], [tabindex]";
// Spans not found may appear when the page loads more text; looking again is throttled, since a page with a
// ticker or ads changes all the time.
const RETRY_MS = 2000;

function round(ms) {
  return Math.round(ms * 100) / 100;
}

function firstBox(range) {
  const rects = range.getClientRects();
  return rects.length ? rects[0] : range.getBoundingClientRect();
}

/**
 * Create the lens for one document.
 * @param {object} options
 * @param {{analyze: (page: {html: string, url: string}) => Promise<object>}} options.transport
 *   sends the page for analysis; resolves to {ok: true, analysis} or {ok: false, error: {code, message}}
 * @param {Array<object>} options.categories the entries of categories.json
 * @param {Iterable<string>} [options.hidden] category ids switched off
 * @param {(error: object) => string} [options.explain] the sentence a reader is shown for a failure
 * @param {(summary: object) => void} [options.onChange] told after every analysis, failure or cleared page
 */
export function createLens({ doc = document, transport, categories, hidden = [], installCss,
  explain = (error) => error.message, onChange = () => {} }) {
  const painter = createPainter({ categories, doc, installCss });
  const ui = createCardHost({ doc, onQuote: (ref) => goTo(ref), onClose: () => painter.focus(null) });
  const watcher = watchPage({ doc, isOwn: isOwnRecord, onMutation: reanchorIfStale, onNavigate: navigated });
  let state = EMPTY_STATE;
  let busy = null;
  let retried = 0;
  for (const id of hidden) painter.setVisible(id, false);

  function isOwnRecord(record) {
    if (record.target === ui.host) return true;
    const nodes = [...record.addedNodes, ...record.removedNodes];
    return nodes.length > 0 && nodes.every((node) => node === ui.host);
  }

  const isShown = (anchor) => anchor.span.categories.some((id) => painter.isVisible(id));
  // Paint order: later categories are drawn on top (see paint.js), so they win a click on the same words.
  const order = new Map(categories.map((category, at) => [category.id, at]));
  const rank = (anchor) => Math.max(...anchor.span.categories.filter((id) => painter.isVisible(id)).map((id) => order.get(id) ?? -1));

  function summary() {
    const hiddenIds = categories.map((category) => category.id).filter((id) => !painter.isVisible(id));
    return summarize(state, { categories, hidden: hiddenIds, page: { url: doc.location.href, title: doc.title } });
  }

  function changed() {
    const now = summary();
    onChange(now);
    return now;
  }

  /**
   * Send the page for analysis and show the result; resolve to the summary the popup shows. A failure keeps the
   * highlights of the last analysis (a server stopped between two clicks must not wipe a good reading).
   */
  function analyze() {
    busy ??= (async () => {
      try {
        const result = await transport.analyze({ html: doc.documentElement.outerHTML, url: doc.location.href });
        if (result?.ok) return { ok: true, ...show(result.analysis) };
        const error = result?.error ?? { code: "internal", message: "No answer from the extension." };
        state = { ...state, error };
        if (state.analysis) ui.offer(`${explain(error)} The highlights of the last analysis are kept.`);
        return { ok: false, error, kept: Boolean(state.analysis), ...changed() };
      } finally {
        busy = null;
      }
    })();
    return busy;
  }

  /** Anchor and paint an analysis (no server call): used after analysing and again after a re-render. */
  function show(analysis, { quiet = false } = {}) {
    const began = performance.now();
    const anchored = anchorSpans(buildTextIndex(doc.body ?? doc.documentElement), analysis.article, analysis.spans);
    const placed = performance.now();
    painter.paint(anchored.anchors);
    const painted = performance.now();
    const timings = { anchor_ms: round(placed - began), paint_ms: round(painted - placed), toggle_ms: state.timings.toggle_ms ?? null };
    state = anchoredState(state, analysis, anchored, timings);
    watcher.start();
    ui.dismissNotice();
    const now = changed();
    if (!quiet) ui.announce(`Quotelens: ${now.anchored} highlights on this page.`);
    return now;
  }

  function clear() {
    watcher.stop();
    painter.clear();
    ui.hide();
    ui.untip();
    state = EMPTY_STATE;
    changed();
  }

  /** Show or hide one category's highlights; no server call. */
  function setVisible(id, visible) {
    const began = performance.now();
    painter.setVisible(id, visible);
    const toggle = round(performance.now() - began);
    state = { ...state, timings: { ...state.timings, toggle_ms: toggle } };
    return toggle;
  }

  function reveal(range) {
    const node = range.startContainer;
    const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    element?.scrollIntoView({ block: "center", inline: "nearest" });
  }

  /** Scroll to the first place of a quote, person or sanction and flash it (from a card or the panel). */
  function goTo(ref) {
    const anchor = state.anchors.filter((candidate) => candidate.span.ref === ref).sort((a, b) => a.start - b.start)[0];
    if (!anchor) return { ok: false };
    reveal(anchor.range);
    painter.flash(anchor.range);
    return { ok: true };
  }

  /** Open the card of what an anchor refers to; `x`, `y` are the click, absent for the keyboard. */
  function openCard(anchor, { x, y } = {}) {
    const model = state.analysis && describeRef(state.analysis, anchor.span.ref);
    if (!model) return false;
    const point = x === undefined ? null : { x, y };
    const box = (point && boxAt(anchor.range, x, y)) || firstBox(anchor.range);
    const current = anchor.span.categories.some((id) => SPOKEN.has(id)) ? anchor.span.ref : null;
    ui.show(model, { box, point, current });
    return true;
  }

  /** Move the keyboard focus to the next (1) or previous (-1) quote and open its card. */
  function step(direction) {
    const { stops } = state;
    if (stops.length === 0) return { ok: false, total: 0 };
    const stopAt = state.stopAt < 0 && direction < 0 ? stops.length - 1 : (state.stopAt + direction + stops.length) % stops.length;
    state = { ...state, stopAt };
    const anchor = stops[stopAt];
    reveal(anchor.range);
    painter.focus(anchor.range);
    openCard(anchor);
    const name = describeRef(state.analysis, anchor.span.ref)?.name;
    ui.announce(`Quote ${stopAt + 1} of ${stops.length}${name ? `: ${name}` : ""}`);
    return { ok: true, index: stopAt, total: stops.length, ref: anchor.span.ref };
  }

  /** The anchor a focused link holds (a linked speaker's name), innermost first; none for the page as a whole. */
  function anchorIn(element) {
    if (!element.matches(FOCUSABLE) || element === doc.body) return null;
    const inside = state.anchors.filter((anchor) => isShown(anchor) && element.contains(anchor.range.commonAncestorContainer));
    return inside.sort((a, b) => (a.end - a.start) - (b.end - b.start))[0] ?? null;
  }

  function hover(anchor, point) {
    if (!anchor || ui.isOpen()) {
      ui.untip();
      return;
    }
    const shown = anchor.span.categories.filter((id) => painter.isVisible(id));
    ui.showTip(hoverText(state.analysis, anchor.span, shown), point ? { point } : { box: firstBox(anchor.range) });
  }

  function escape() {
    ui.hide();
    ui.untip();
    painter.focus(null);
  }

  function reanchorIfStale() {
    if (!state.analysis) return;
    if (state.anchors.every(isIntact)) {
      if (state.unanchored.length === 0 || performance.now() - retried < RETRY_MS) return;
      retried = performance.now();
    }
    show(state.analysis, { quiet: true });
  }

  function navigated() {
    if (!state.analysis) return;
    clear();
    ui.offer("This page changed since Quotelens analysed it.", "Analyse again", () => analyze());
  }

  listenToReader({
    doc,
    isOwn: (event) => event.composedPath().includes(ui.host),
    hitAt: (x, y) => (state.analysis ? anchorAtPoint(state.anchors, doc, x, y, isShown, rank) : null),
    hoverAt: (x, y) => (state.analysis ? anchorUnderPointer(state.anchors, doc, x, y, isShown, rank, HIGHLIGHT_PREFIX) : null),
    anchorIn: (element) => (state.analysis ? anchorIn(element) : null),
    open: openCard,
    hover,
    miss: () => ui.hide(),
    escape,
  });

  return {
    analyze, show, clear, state: summary, setVisible, step, goTo,
    isAnalyzed: () => state.analysis !== null,
    hostTag: HOST_TAG,
  };
}
