/** A searchable copy of a page's visible text: folded characters mapped back to (text node, offset). */

// Elements whose text nodes are never article text: code, styles and form contents.
const SKIPPED_PARENTS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "SELECT", "OPTION"]);

// Elements that separate words even when no whitespace character does (the server sees a line break there).
const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BODY", "CAPTION", "DD", "DETAILS", "DIALOG", "DIV", "DL", "DT",
  "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HGROUP", "HR",
  "HTML", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TFOOT", "TH", "THEAD",
  "TR", "UL",
]);

// Matching ignores whitespace (the server's block separators and the DOM's indentation differ) and only checks
// that words break at the same places. Invisible characters inside words (soft hyphen, zero-width space and
// joiners, word joiner) are dropped without a break. Curly and straight quotes and the dash forms are folded.
const SPACE = -1;
const INVISIBLE = -2;
const FOLDS = new Map([
  [0x2018, 0x27], [0x2019, 0x27], [0x201a, 0x27], [0x201b, 0x27], [0x2032, 0x27],
  [0x201c, 0x22], [0x201d, 0x22], [0x201e, 0x22], [0x201f, 0x22], [0x2033, 0x22], [0xab, 0x22], [0xbb, 0x22],
  [0x2010, 0x2d], [0x2011, 0x2d], [0x2012, 0x2d], [0x2013, 0x2d], [0x2014, 0x2d], [0x2212, 0x2d],
]);

/** Return a UTF-16 code as compared: SPACE, INVISIBLE, or the (folded) code. Char codes, not regexes: this runs per character. */
function foldCode(code) {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d) ? SPACE : code;
  if (code < 0xa0) return code;
  if (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff) return SPACE;
  if (code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060) return INVISIBLE;
  return FOLDS.get(code) ?? code;
}

/** Build a string from UTF-16 codes without one string per character. */
function fromCodes(codes, length) {
  const parts = [];
  for (let at = 0; at < length; at += 8192) parts.push(String.fromCharCode.apply(null, codes.subarray(at, Math.min(at + 8192, length))));
  return parts.join("");
}

/**
 * Fold a string for matching.
 * @returns {{text: string, map: Int32Array, gaps: Uint8Array}} map[i] = folded length before UTF-16 index i;
 *   gaps[k] = 1 when whitespace separated folded characters k-1 and k (gaps[0] and gaps[length] are always 1).
 */
export function foldText(text) {
  const map = new Int32Array(text.length + 1);
  const gaps = new Uint8Array(text.length + 1);
  const codes = new Uint16Array(text.length);
  let length = 0;
  let gap = true;
  for (let i = 0; i < text.length; i += 1) {
    map[i] = length;
    const code = foldCode(text.charCodeAt(i));
    if (code === SPACE) gap = true;
    else if (code !== INVISIBLE) {
      gaps[length] = gap ? 1 : 0;
      gap = false;
      codes[length] = code;
      length += 1;
    }
  }
  map[text.length] = length;
  gaps[length] = 1;
  return { text: fromCodes(codes, length), map, gaps: gaps.subarray(0, length + 1) };
}

/** Return the nearest block-level ancestor of an element (cached: siblings share their parent's answer). */
function blockOf(element, cache) {
  let found = cache.get(element);
  if (found === undefined) {
    found = BLOCK_TAGS.has(element.tagName) || !element.parentElement ? element : blockOf(element.parentElement, cache);
    cache.set(element, found);
  }
  return found;
}

/**
 * Index the text under `root`: each folded character's raw position, and where words break.
 * @param {Node} root
 */
export function buildTextIndex(root) {
  const doc = root.ownerDocument ?? root;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  const nodes = [];
  const starts = [];
  const breaks = [];
  const blocks = new Map();
  let rawLength = 0;
  let pendingBreak = false;
  let lastBlock = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (node.tagName === "BR") pendingBreak = true;
      continue;
    }
    const parent = node.parentElement;
    if (!parent || SKIPPED_PARENTS.has(parent.tagName) || node.data.length === 0) continue;
    const block = blockOf(parent, blocks);
    breaks.push(pendingBreak || block !== lastBlock);
    pendingBreak = false;
    lastBlock = block;
    nodes.push(node);
    starts.push(rawLength);
    rawLength += node.data.length;
  }
  const positions = new Int32Array(rawLength);
  const gaps = new Uint8Array(rawLength + 1);
  const codes = new Uint16Array(rawLength);
  let length = 0;
  let gap = true;
  for (let n = 0; n < nodes.length; n += 1) {
    const data = nodes[n].data;
    const base = starts[n];
    if (breaks[n]) gap = true;
    for (let i = 0; i < data.length; i += 1) {
      const code = foldCode(data.charCodeAt(i));
      if (code === SPACE) gap = true;
      else if (code !== INVISIBLE) {
        positions[length] = base + i;
        gaps[length] = gap ? 1 : 0;
        gap = false;
        codes[length] = code;
        length += 1;
      }
    }
  }
  gaps[length] = 1;
  return {
    text: fromCodes(codes, length),
    positions: positions.subarray(0, length),
    gaps: gaps.subarray(0, length + 1),
    nodes,
    starts,
    rawLength,
  };
}

/** Return the index of the node holding raw offset `raw` (binary search over node starts). */
function nodeAt(index, raw) {
  let low = 0;
  let high = index.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (index.starts[mid] <= raw) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Turn folded offsets [start, end) of an index into a DOM Range over the original characters. */
export function rangeFromFolded(index, start, end) {
  const rawStart = index.positions[start];
  const rawLast = index.positions[end - 1];
  const first = nodeAt(index, rawStart);
  const last = nodeAt(index, rawLast);
  const range = index.nodes[first].ownerDocument.createRange();
  range.setStart(index.nodes[first], rawStart - index.starts[first]);
  range.setEnd(index.nodes[last], rawLast - index.starts[last] + 1);
  return range;
}
