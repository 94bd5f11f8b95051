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

function coversPoint(range, x, y) {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/**
 * Return the innermost visible anchor under (x, y), or null: a name inside a quote opens the name's card.
 * Between anchors over the same words, the one painted on top wins (`rank`: higher is on top), so the card
 * matches the colour the reader clicked. The caret narrows the candidates; the range's own boxes confirm the
 * point is on its text, not beside it.
 */
export function anchorAtPoint(anchors, doc, x, y, isShown, rank = () => 0) {
  const caret = caretAt(doc, x, y);
  let best = null;
  for (const anchor of anchors) {
    if (!isShown(anchor)) continue;
    if (caret && !containsCaret(anchor.range, caret)) continue;
    if (!coversPoint(anchor.range, x, y)) continue;
    const length = anchor.end - anchor.start;
    const bestLength = best ? best.end - best.start : Infinity;
    if (length < bestLength || (length === bestLength && rank(anchor) > rank(best))) best = anchor;
  }
  return best;
}
