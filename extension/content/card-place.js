/** Where the card goes: next to the words the reader clicked, inside the viewport, or a bottom sheet on a narrow one. */

// Below this viewport width a card beside the words would cover them: it becomes a sheet along the bottom edge.
export const SHEET_BELOW_WIDTH = 600;
const MARGIN = 8;
// The card starts a little left of the pointer, so that the pointer rests over its first words, not its edge.
const POINTER_INSET = 24;

function clamp(value, low, high) {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

/**
 * Return {sheet: true} or {top, left} in viewport pixels for a card of `size` ({width, height}) opened on the line
 * box `box` (a DOMRect of the words) at `point` (the click, when there was one). Below the line first, then above
 * it, then beside it on the side with more room: never a jump to a corner away from the words.
 */
export function placeCard({ box, point, size, viewport }) {
  if (viewport.width < SHEET_BELOW_WIDTH) return { sheet: true };
  const across = clamp((point?.x ?? box.left) - POINTER_INSET, MARGIN, viewport.width - size.width - MARGIN);
  const below = box.bottom + MARGIN;
  if (below + size.height <= viewport.height - MARGIN) return { top: below, left: across };
  const above = box.top - size.height - MARGIN;
  if (above >= MARGIN) return { top: above, left: across };
  const top = clamp(box.top, MARGIN, viewport.height - size.height - MARGIN);
  const right = viewport.width - box.right >= box.left;
  const beside = right ? box.right + MARGIN : box.left - size.width - MARGIN;
  return { top, left: clamp(beside, MARGIN, viewport.width - size.width - MARGIN) };
}
