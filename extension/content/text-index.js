/** A searchable copy of a page's visible text: folded characters mapped back to (text node, offset). */

// Elements whose text nodes are never article text: code, styles and form contents.
const SKIPPED_PARENTS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "SELECT", "OPTION"]);

// Dropped before matching. Whitespace differs between the server's extracted text and the DOM (block
// separators, <br>, indentation); soft hyphens and zero-width characters are invisible but break words.
const DROPPED = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/;

// Typographic variants a page and the server may disagree on: curly and straight quotes, dash forms.
const FOLDS = new Map([
  ["\u2018", "'"], ["\u2019", "'"], ["\u201a", "'"], ["\u201b", "'"], ["\u2032", "'"],
  ["\u201c", '"'], ["\u201d", '"'], ["\u201e", '"'], ["\u201f", '"'], ["\u2033", '"'],
  ["\u00ab", '"'], ["\u00bb", '"'],
  ["\u2010", "-"], ["\u2011", "-"], ["\u2012", "-"], ["\u2013", "-"], ["\u2014", "-"], ["\u2212", "-"],
]);

/** Return one character as it is compared, or "" when it is dropped. */
export function foldChar(char) {
  if (DROPPED.test(char)) return "";
  return FOLDS.get(char) ?? char;
}

/**
 * Fold a string for matching.
 * @returns {{text: string, map: Int32Array}} map[i] = folded length before UTF-16 index i (length + 1 entries).
 */
export function foldText(text) {
  const map = new Int32Array(text.length + 1);
  const out = [];
  for (let i = 0; i < text.length; i += 1) {
    map[i] = out.length;
    const folded = foldChar(text[i]);
    if (folded) out.push(folded);
  }
  map[text.length] = out.length;
  return { text: out.join(""), map };
}

/** Return whether a text node can hold article text (not code, not inside the extension's own host). */
function isIndexable(node, skip) {
  const parent = node.parentElement;
  if (!parent || SKIPPED_PARENTS.has(parent.tagName)) return false;
  return !(skip && skip(node));
}

/**
 * Index the text under `root`.
 * @param {Node} root
 * @param {(node: Text) => boolean} [skip] text nodes to leave out
 */
export function buildTextIndex(root, skip) {
  const doc = root.ownerDocument ?? root;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = [];
  const starts = [];
  let rawLength = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!isIndexable(node, skip) || node.data.length === 0) continue;
    nodes.push(node);
    starts.push(rawLength);
    rawLength += node.data.length;
  }
  const positions = new Int32Array(rawLength);
  const chars = [];
  for (let n = 0; n < nodes.length; n += 1) {
    const data = nodes[n].data;
    const base = starts[n];
    for (let i = 0; i < data.length; i += 1) {
      const folded = foldChar(data[i]);
      if (folded) {
        positions[chars.length] = base + i;
        chars.push(folded);
      }
    }
  }
  return { text: chars.join(""), positions: positions.subarray(0, chars.length), nodes, starts, rawLength };
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
