/** Pure string matching for anchoring: scored exact candidates and a bounded fuzzy search. */

// Weights after Hypothesis's match-quote: the quote itself decides, context breaks ties, position last.
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;

// Most candidates examined for one quote; a two-letter name on a huge page must not stall the tab.
const MAX_CANDIDATES = 2000;

/** Return the starts of every occurrence of `needle` in `text` within [from, to). */
export function findOccurrences(text, needle, from = 0, to = text.length) {
  const found = [];
  let at = text.indexOf(needle, Math.max(0, from));
  while (at !== -1 && at + needle.length <= to && found.length < MAX_CANDIDATES) {
    found.push(at);
    at = text.indexOf(needle, at + 1);
  }
  return found;
}

/** Count how many characters of `prefix` (from its end) match the text just before `at`. */
export function prefixAgreement(text, at, prefix) {
  let matched = 0;
  while (matched < prefix.length && at - matched - 1 >= 0
    && text[at - matched - 1] === prefix[prefix.length - matched - 1]) matched += 1;
  return matched;
}

/** Count how many characters of `suffix` (from its start) match the text from `at` on. */
export function suffixAgreement(text, at, suffix) {
  let matched = 0;
  while (matched < suffix.length && at + matched < text.length && text[at + matched] === suffix[matched]) matched += 1;
  return matched;
}

/**
 * Pick the best of several exact occurrences by agreement of context and nearness to a position hint.
 * @returns {{start: number, context: number, score: number} | null}
 */
export function bestCandidate(text, starts, length, { prefix = "", suffix = "", hint = null }) {
  let best = null;
  for (const start of starts) {
    const before = prefixAgreement(text, start, prefix);
    const after = suffixAgreement(text, start + length, suffix);
    let score = PREFIX_WEIGHT * (prefix ? before / prefix.length : 1)
      + SUFFIX_WEIGHT * (suffix ? after / suffix.length : 1);
    if (hint !== null) score += POSITION_WEIGHT * (1 - Math.min(Math.abs(start - hint) / Math.max(text.length, 1), 1));
    if (!best || score > best.score) best = { start, context: before + after, score };
  }
  return best;
}

/** Return the smallest edit distance of `pattern` against any substring of text[from, to) ending at each end. */
function editDistanceEnds(text, pattern, from, to, onEnd) {
  const m = pattern.length;
  let previous = new Int32Array(m + 1);
  let current = new Int32Array(m + 1);
  for (let i = 0; i <= m; i += 1) previous[i] = i;
  for (let j = from; j < to; j += 1) {
    current[0] = 0;
    const char = text[j];
    for (let i = 1; i <= m; i += 1) {
      const substitution = previous[i - 1] + (pattern[i - 1] === char ? 0 : 1);
      current[i] = Math.min(substitution, previous[i] + 1, current[i - 1] + 1);
    }
    onEnd(j + 1, current[m]);
    [previous, current] = [current, previous];
  }
}

function reversed(text) {
  return Array.from(text).reverse().join("");
}

/**
 * Find `pattern` in text[from, to) with at most `maxErrors` edits (Sellers' algorithm), or null.
 * Cost is O(pattern × window); callers bound the window to one block of the article.
 */
export function fuzzyFind(text, pattern, from, to, maxErrors) {
  let best = { errors: maxErrors + 1, end: -1 };
  editDistanceEnds(text, pattern, from, to, (end, errors) => {
    if (errors < best.errors) best = { errors, end };
  });
  if (best.end < 0) return null;
  // The start is found by matching the reversed pattern backwards from the best end.
  const windowStart = Math.max(from, best.end - pattern.length - maxErrors);
  const window = reversed(text.slice(windowStart, best.end));
  let length = -1;
  editDistanceEnds(window, reversed(pattern), 0, window.length, (end, errors) => {
    if (errors === best.errors && length < 0) length = end;
  });
  if (length < 0) return null;
  return { start: best.end - length, end: best.end, errors: best.errors };
}
