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
  const placed = [];
  let cursor = 0;
  const blocks = [...(article.blocks ?? [])].sort((a, b) => a.start - b.start);
  if (blocks.length === 0) blocks.push({ start: 0, end: [...article.text].length });
  for (const block of blocks) {
    const start = folded.map[toUtf16(block.start)];
    const end = folded.map[toUtf16(block.end)];
    const needle = folded.text.slice(start, end);
    if (!needle) continue;
    const region = placeBlock(index.text, needle, cursor);
    placed.push({ articleStart: start, articleEnd: end, ...(region ?? { pageStart: -1 }) });
    if (region) cursor = region.pageEnd;
  }
  return placed.map((block, at) => (block.pageStart >= 0 ? block : betweenNeighbours(placed, at, index.text.length)))
    .filter(Boolean);
}

/**
 * A block the page shows changed (a reworded sentence) lies between its placed neighbours: use that stretch of
 * the page as its region when it is not much longer than the block, so that a fuzzy match stays local.
 */
function betweenNeighbours(placed, at, pageLength) {
  const block = placed[at];
  const before = placed.slice(0, at).reverse().find((other) => other.pageStart >= 0);
  const after = placed.slice(at + 1).find((other) => other.pageStart >= 0);
  const pageStart = before ? before.pageEnd : 0;
  const pageEnd = after ? after.pageStart : pageLength;
  const length = block.articleEnd - block.articleStart;
  if (pageEnd <= pageStart || pageEnd - pageStart > length * 2 + BLOCK_EDGE) return null;
  return { ...block, pageStart, pageEnd, delta: pageStart, exact: false };
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

const WORD = /[\p{L}\p{N}]/u;

function isWordAt(text, at) {
  return at >= 0 && at < text.length && WORD.test(text[at]);
}

/**
 * Return whether words break at the same places in the page as in the server's text: matching ignores whitespace,
 * so without this "ministers" would match "minister s(poke)". At the edges only a break inside a word matters
 * ("Kim" must not match the start of "Kimberly") unless the server's text joins them the same way.
 */
export function breaksAgree(index, start, exact, edges) {
  const { gaps, text } = index;
  const length = exact.text.length;
  for (let i = 1; i < length; i += 1) if (gaps[start + i] !== exact.gaps[i]) return false;
  const end = start + length;
  if (!gaps[start] && edges.before && isWordAt(text, start - 1) && isWordAt(text, start)) return false;
  if (!gaps[end] && edges.after && isWordAt(text, end - 1) && isWordAt(text, end)) return false;
  return true;
}

/** Find one span in the page's folded text; return {start, end, method} or null when it cannot be placed. */
export function locateSpan(index, span, exact, edges, articleStart, region, pageHint) {
  const page = index.text;
  const fits = (start) => breaksAgree(index, start, exact, edges);
  const needle = exact.text;
  const prefix = foldText(span.prefix ?? "").text;
  const suffix = foldText(span.suffix ?? "").text;
  if (region) {
    const hint = articleStart - region.articleStart + region.delta;
    // Where the block's text is on the page verbatim, the offset inside it is exact.
    if (region.exact && page.startsWith(needle, hint) && hint + needle.length <= region.pageEnd && fits(hint)) {
      return { start: hint, end: hint + needle.length, method: "position" };
    }
    const inBlock = findOccurrences(page, needle, region.pageStart, region.pageEnd).filter(fits);
    const best = bestCandidate(page, inBlock, needle.length, { prefix, suffix, hint });
    if (best && (region.exact || inBlock.length === 1 || best.context >= Math.min(MIN_CONTEXT, prefix.length + suffix.length))) {
      return { start: best.start, end: best.start + needle.length, method: "block" };
    }
  }
  const everywhere = findOccurrences(page, needle).filter(fits);
  const best = bestCandidate(page, everywhere, needle.length, { prefix, suffix, hint: pageHint });
  if (best && (everywhere.length === 1 || best.context >= Math.min(MIN_CONTEXT, prefix.length + suffix.length))) {
    return { start: best.start, end: best.start + needle.length, method: "context" };
  }
  if (region && needle.length >= FUZZY_MIN_LENGTH && needle.length <= FUZZY_MAX_PATTERN) {
    const maxErrors = Math.floor(needle.length * FUZZY_ERROR_RATE);
    const from = Math.max(0, region.pageStart - maxErrors);
    const to = Math.min(page.length, region.pageEnd + maxErrors);
    const near = fuzzyFind(page, needle, from, to, maxErrors);
    if (near) return { start: near.start, end: near.end, method: "fuzzy" };
  }
  return null;
}

// Context carried by the pieces of a span cut at block boundaries, as the server carries it for whole spans.
const PIECE_CONTEXT = 32;

/**
 * Cut a span that runs over several article blocks (a quote continued in the next paragraph) into one piece per
 * block: pages put ads, galleries and "story continues" lines between paragraphs, which the text between
 * blocks does not hold.
 */
export function splitAtBlocks(span, article, toUtf16) {
  const pieces = [];
  for (const block of article.blocks ?? []) {
    const start = Math.max(span.start, block.start);
    const end = Math.min(span.end, block.end);
    if (end <= start) continue;
    const [from, to] = [toUtf16(start), toUtf16(end)];
    const exact = article.text.slice(from, to);
    if (!exact.trim()) continue;
    pieces.push({
      ...span, start, end, exact,
      prefix: article.text.slice(Math.max(0, from - PIECE_CONTEXT), from),
      suffix: article.text.slice(to, to + PIECE_CONTEXT),
    });
  }
  return pieces;
}

/**
 * Anchor every span of an analysis to Ranges in the indexed page: one anchor per span, or one per piece when a
 * span crossing blocks is only found block by block. A span with any piece missing is not painted at all.
 * @returns {{anchors: Array<{span, range, text, start, end, method}>, unanchored: Array<object>}}
 */
export function anchorSpans(index, article, spans) {
  const folded = foldText(article.text);
  const toUtf16 = codePointOffsets(article.text);
  const regions = placeBlocks(index, article, folded, toUtf16);
  const scale = folded.text.length ? index.text.length / folded.text.length : 0;
  const anchors = [];
  const unanchored = [];

  function locate(part) {
    const exact = foldText(part.exact);
    if (!exact.text) return null;
    const articleStart = folded.map[toUtf16(part.start)];
    const articleEnd = folded.map[toUtf16(part.end)];
    const edges = { before: folded.gaps[articleStart] === 1, after: folded.gaps[articleEnd] === 1 };
    const region = regionOf(regions, articleStart);
    const found = locateSpan(index, part, exact, edges, articleStart, region, Math.round(articleStart * scale));
    return found && { range: rangeFromFolded(index, found.start, found.end), text: part.exact, ...found };
  }

  for (const span of spans) {
    const whole = locate(span);
    if (whole) {
      anchors.push({ span, ...whole });
      continue;
    }
    const pieces = splitAtBlocks(span, article, toUtf16);
    const found = pieces.length > 1 ? pieces.map(locate) : [null];
    if (found.every(Boolean)) anchors.push(...found.map((piece) => ({ span, ...piece, method: `${piece.method}+pieces` })));
    else unanchored.push(span);
  }
  return { anchors, unanchored, blocksPlaced: regions.length };
}

/** Return whether an anchor's range still covers its text (compared folded). */
export function isIntact(anchor) {
  const { range } = anchor;
  if (!range.startContainer.isConnected || !range.endContainer.isConnected) return false;
  return foldText(range.toString()).text === foldText(anchor.text ?? anchor.span.exact).text;
}
