/** Anchor the server's spans to DOM Ranges: article blocks first, then each span inside its block. */

import { foldText, rangeFromFolded } from "./text-index.js";
import { bestCandidate, findOccurrences, fuzzyFind } from "./match-quote.js";

// Characters of a block's start and end used to place a block the page shows with changes in the middle.
const BLOCK_EDGE = 48;
// Without a placed block, a repeated quote is accepted only when this many context characters agree.
const MIN_CONTEXT = 8;
// Fuzzy matching: only for quotes long enough that a near match cannot be other words, with edits bounded.
const FUZZY_MIN_LENGTH = 16;
const FUZZY_ERROR_RATE = 0.1;
const FUZZY_MAX_PATTERN = 2000;

/** Return a function turning the server's code-point offsets into UTF-16 indices of `text`. */
export function codePointOffsets(text) {
  if (!/[\ud800-\udfff]/.test(text)) return (offset) => offset;
  const units = [];
  let unit = 0;
  for (const char of text) {
    units.push(unit);
    unit += char.length;
  }
  units.push(unit);
  return (offset) => units[Math.min(offset, units.length - 1)];
}

/** Place each article block (paragraph, heading, ...) in the page's folded text, in reading order. */
export function placeBlocks(index, article, folded, toUtf16) {
  const regions = [];
  let cursor = 0;
  const blocks = [...(article.blocks ?? [])].sort((a, b) => a.start - b.start);
  if (blocks.length === 0) blocks.push({ start: 0, end: [...article.text].length });
  for (const block of blocks) {
    const start = folded.map[toUtf16(block.start)];
    const end = folded.map[toUtf16(block.end)];
    const needle = folded.text.slice(start, end);
    if (!needle) continue;
    const region = placeBlock(index.text, needle, cursor);
    if (region) {
      regions.push({ articleStart: start, articleEnd: end, ...region });
      cursor = region.pageEnd;
    }
  }
  return regions;
}

function placeBlock(page, needle, cursor) {
  let at = page.indexOf(needle, cursor);
  if (at < 0) at = page.indexOf(needle);
  if (at >= 0) return { pageStart: at, pageEnd: at + needle.length, delta: at, exact: true };
  if (needle.length < BLOCK_EDGE * 2) return null;
  // The page shows the block with something inside changed (an inline ad, an edited word): use its edges.
  const head = needle.slice(0, BLOCK_EDGE);
  const tail = needle.slice(-BLOCK_EDGE);
  const headAt = page.indexOf(head, cursor) >= 0 ? page.indexOf(head, cursor) : page.indexOf(head);
  if (headAt < 0) return null;
  const tailAt = page.indexOf(tail, headAt + head.length);
  const limit = headAt + needle.length * 1.5;
  if (tailAt < 0 || tailAt + tail.length > limit) return null;
  return { pageStart: headAt, pageEnd: tailAt + tail.length, delta: headAt, exact: false };
}

function regionOf(regions, articleOffset) {
  let low = 0;
  let high = regions.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const region = regions[mid];
    if (articleOffset < region.articleStart) high = mid - 1;
    else if (articleOffset >= region.articleEnd) low = mid + 1;
    else return region;
  }
  return null;
}

/** Find one span in the page's folded text; return {start, end, method} or null when it cannot be placed. */
export function locateSpan(page, span, exact, articleStart, region, pageHint) {
  const prefix = foldText(span.prefix ?? "").text;
  const suffix = foldText(span.suffix ?? "").text;
  if (region) {
    const hint = articleStart - region.articleStart + region.delta;
    if (page.startsWith(exact, hint) && hint + exact.length <= region.pageEnd) {
      return { start: hint, end: hint + exact.length, method: "position" };
    }
    const inBlock = findOccurrences(page, exact, region.pageStart, region.pageEnd);
    const best = bestCandidate(page, inBlock, exact.length, { prefix, suffix, hint });
    if (best) return { start: best.start, end: best.start + exact.length, method: "block" };
  }
  const everywhere = findOccurrences(page, exact);
  const best = bestCandidate(page, everywhere, exact.length, { prefix, suffix, hint: pageHint });
  if (best && (everywhere.length === 1 || best.context >= Math.min(MIN_CONTEXT, prefix.length + suffix.length))) {
    return { start: best.start, end: best.start + exact.length, method: "context" };
  }
  if (region && exact.length >= FUZZY_MIN_LENGTH && exact.length <= FUZZY_MAX_PATTERN) {
    const maxErrors = Math.floor(exact.length * FUZZY_ERROR_RATE);
    const from = Math.max(0, region.pageStart - maxErrors);
    const to = Math.min(page.length, region.pageEnd + maxErrors);
    const near = fuzzyFind(page, exact, from, to, maxErrors);
    if (near) return { start: near.start, end: near.end, method: "fuzzy" };
  }
  return null;
}

/**
 * Anchor every span of an analysis to a Range in the indexed page.
 * @returns {{anchors: Array<{span, range, start, end, method}>, unanchored: Array<object>}}
 */
export function anchorSpans(index, article, spans) {
  const folded = foldText(article.text);
  const toUtf16 = codePointOffsets(article.text);
  const regions = placeBlocks(index, article, folded, toUtf16);
  const anchors = [];
  const unanchored = [];
  const scale = folded.text.length ? index.text.length / folded.text.length : 0;
  for (const span of spans) {
    const exact = foldText(span.exact).text;
    const articleStart = folded.map[toUtf16(span.start)];
    const region = regionOf(regions, articleStart);
    const found = exact ? locateSpan(index.text, span, exact, articleStart, region, Math.round(articleStart * scale)) : null;
    if (found) anchors.push({ span, range: rangeFromFolded(index, found.start, found.end), ...found });
    else unanchored.push(span);
  }
  return { anchors, unanchored, blocksPlaced: regions.length };
}

/** Return whether a range still covers the span's exact text (compared folded). */
export function isIntact(anchor) {
  const { range } = anchor;
  if (!range.startContainer.isConnected || !range.endContainer.isConnected) return false;
  return foldText(range.toString()).text === foldText(anchor.span.exact).text;
}
