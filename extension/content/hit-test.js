/** Find the painted span under a point: highlights are not elements, so clicks are matched against ranges. */

/** Return the caret position (node, offset) under a viewport point, in either browser's API. */
export function caretAt(doc, x, y) {
  if (typeof doc.caretPositionFromPoint === "function") {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === "function") {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

function containsCaret(range, caret) {
  try {
    return range.isPointInRange(caret.node, caret.offset);
  } catch {
    return false; // the caret is in another document or a shadow tree
  }
}

/** Return the line box of `range` under (x, y), or null: the words themselves, not the space beside them. */
export function boxAt(range, x, y) {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return rect;
  }
  return null;
}

function innermost(candidates, rank) {
  let best = null;
  for (const anchor of candidates) {
    const length = anchor.end - anchor.start;
    const bestLength = best ? best.end - best.start : Infinity;
    if (length < bestLength || (length === bestLength && rank(anchor) > rank(best))) best = anchor;
  }
  return best;
}

/**
 * Return the innermost visible anchor under (x, y), or null: a name inside a quote opens the name's card.
 * Between anchors over the same words, the one painted on top wins (`rank`: higher is on top), so the card
 * matches the colour the reader clicked. The ranges' own boxes decide, so a transparent overlay over the text
 * (a sticky header's shadow, an ad's click catcher) does not hide the words; where boxes of several anchors meet,
 * the caret under the point, when it lies in the page's text, tells which words the pointer is on.
 */
export function anchorAtPoint(anchors, doc, x, y, isShown, rank = () => 0) {
  const under = anchors.filter((anchor) => isShown(anchor) && boxAt(anchor.range, x, y));
  if (under.length <= 1) return under[0] ?? null;
  const caret = caretAt(doc, x, y);
  const onCaret = caret ? under.filter((anchor) => containsCaret(anchor.range, caret)) : [];
  return innermost(onCaret.length ? onCaret : under, rank);
}

/**
 * The hover path, run on every pointer move: the Highlight API's own hit-testing (highlightsFromPoint) says at
 * once whether any of our highlights is under the pointer, so ranges are only measured when one is.
 */
export function anchorUnderPointer(anchors, doc, x, y, isShown, rank, prefix) {
  const registry = doc.defaultView.CSS?.highlights;
  if (typeof registry?.highlightsFromPoint === "function") {
    const hits = registry.highlightsFromPoint(x, y);
    const ours = new Set([...registry].filter(([name]) => name.startsWith(prefix)).map(([, highlight]) => highlight));
    if (!hits.some((hit) => ours.has(hit.highlight))) return null;
  }
  return anchorAtPoint(anchors, doc, x, y, isShown, rank);
}
