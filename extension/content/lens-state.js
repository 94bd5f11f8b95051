/** The lens's state as one plain object, and the pure functions that read it: what the popup, panel and badge show. */

import { isIntact } from "./anchor.js";
import { readingGroups, whoSaidWhatMarkdown } from "../shared/findings.js";

// Categories keyboard navigation steps through: what people said, verbatim.
const STOP_CATEGORY = "quote";
// Categories whose highlights are mentions of people: counted as people, not as mentions ("Officials 3", not 26).
const PEOPLE_CATEGORIES = new Set(["speaker", "official"]);

/** Before any analysis: nothing anchored, no keyboard stop, no error. */
export const EMPTY_STATE = Object.freeze({
  analysis: null, anchors: [], unanchored: [], stops: [], stopAt: -1, error: null, timings: {},
});

/** One keyboard stop per quote: the first piece of a quote that runs over several paragraphs, in page order. */
export function quoteStops(anchors) {
  const firsts = new Map();
  for (const anchor of anchors) {
    const seen = firsts.get(anchor.span.id);
    if (anchor.span.categories.includes(STOP_CATEGORY) && (!seen || anchor.start < seen.start)) firsts.set(anchor.span.id, anchor);
  }
  return [...firsts.values()].sort((a, b) => a.start - b.start);
}

/** Return the state after anchoring `analysis`: the keyboard stop stays on the same quote when it is still there. */
export function anchoredState(state, analysis, { anchors, unanchored }, timings) {
  const stops = quoteStops(anchors);
  const focused = analysis === state.analysis ? state.stops[state.stopAt]?.span.id : undefined;
  const stopAt = focused ? stops.findIndex((anchor) => anchor.span.id === focused) : -1;
  return { analysis, anchors, unanchored, stops, stopAt, error: null, timings };
}

/**
 * Count what a reader sees per category: quotes and sanctions one per finding (a quote painted in pieces is one
 * quote), speakers and officials one per person however often they are named.
 */
export function categoryCounts(anchors, categories) {
  const seen = Object.fromEntries(categories.map((category) => [category.id, new Set()]));
  for (const anchor of anchors) {
    for (const id of anchor.span.categories) {
      seen[id] ??= new Set();
      seen[id].add(PEOPLE_CATEGORIES.has(id) ? anchor.span.ref : anchor.span.id);
    }
  }
  return Object.fromEntries(Object.entries(seen).map(([id, refs]) => [id, refs.size]));
}

/** What the popup, the panel and the badge show; `page` is {url, title} of the document now. */
export function summarize(state, { categories, hidden, page }) {
  const failed = state.error ? { error: state.error } : {};
  if (!state.analysis) return { analyzed: false, url: page.url, hidden, ...failed };
  const { analysis, anchors, unanchored } = state;
  // A span painted in pieces (one per paragraph) is one highlight to the reader: intact only when every piece is.
  const intact = new Map();
  for (const anchor of anchors) intact.set(anchor.span, (intact.get(anchor.span) ?? true) && isIntact(anchor));
  const methods = new Map(anchors.map((anchor) => [anchor.span, anchor.method]));
  const title = analysis.article.title || page.title;
  return {
    analyzed: true,
    ...failed,
    url: page.url,
    title,
    spans: analysis.spans.length,
    anchored: intact.size,
    exact: [...intact.values()].filter(Boolean).length,
    unanchored: unanchored.map((span) => span.id),
    fuzzy: [...methods.values()].filter((method) => method.startsWith("fuzzy")).length,
    pieces: [...methods.values()].filter((method) => method.endsWith("+pieces")).length,
    counts: categoryCounts(anchors, categories),
    hidden,
    ...readingGroups(analysis),
    markdown: whoSaidWhatMarkdown(analysis, { url: page.url, title }),
    timings: state.timings,
  };
}
