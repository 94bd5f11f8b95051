/** What the reader does on the page: clicks and Enter on highlights, hovering and focusing them, Esc. */

// A click with one of these held means "open the link as usual" (new tab, new window, download).
function isModified(event) {
  return event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
}

function insideControl(event) {
  return event.composedPath().some((node) => node instanceof Element && node.matches("a[href], area[href], button, [role=link]"));
}

/**
 * Listen on the page's window, in the capture phase so that a highlight inside a link is handled before the
 * link follows (news sites link speakers' names to profile pages).
 * @param {object} options
 * @param {(event: Event) => boolean} options.isOwn whether the event happened inside the extension's own UI
 * @param {(x: number, y: number) => object|null} options.hitAt the anchor clicked at a point
 * @param {(x: number, y: number) => object|null} options.hoverAt the anchor under the pointer (cheap path)
 * @param {(element: Element) => object|null} options.anchorIn the first anchor inside a focused element
 * @param {(anchor: object, how: {x?: number, y?: number, keyboard: boolean}) => boolean} options.open opens a card
 * @param {(anchor: object|null, point: {x: number, y: number}|null) => void} options.hover shows the hover text
 * @param {() => void} options.miss a click elsewhere
 * @param {() => void} options.escape Esc anywhere in the page
 */
export function listenToReader({ doc = document, isOwn, hitAt, hoverAt, anchorIn, open, hover, miss, escape }) {
  const view = doc.defaultView;
  let pending = null;
  let latest = null; // the last point the pointer moved to outside our own UI, or null when it moved into it

  function onClick(event) {
    if (event.button !== 0 || isOwn(event)) return;
    const anchor = hitAt(event.clientX, event.clientY);
    if (!anchor) {
      miss();
      return;
    }
    // Ctrl/Cmd/Shift-click keeps its meaning; a middle click is an auxclick and never reaches here.
    if (isModified(event)) return;
    if (!open(anchor, { x: event.clientX, y: event.clientY, keyboard: false })) return;
    event.preventDefault();
    // The page's own handlers on a link (a single-page app's router) would navigate without the default action.
    if (insideControl(event)) event.stopImmediatePropagation();
  }

  function onKey(event) {
    if (event.key === "Escape") {
      escape();
      return;
    }
    if (event.key !== "Enter" || isModified(event) || isOwn(event)) return;
    const anchor = event.target instanceof Element ? anchorIn(event.target) : null;
    if (!anchor || !open(anchor, { keyboard: true })) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  function onMove(event) {
    // Read now: composedPath() is empty once the event has been dispatched, so it cannot be asked in the frame.
    latest = isOwn(event) ? null : { x: event.clientX, y: event.clientY };
    if (pending) return;
    // One hit test per frame, however fast the pointer moves, at the frame's last point: where the pointer came to
    // rest, which no later move will report.
    pending = view.requestAnimationFrame(() => {
      pending = null;
      if (latest) hover(hoverAt(latest.x, latest.y), latest);
    });
  }

  function onFocus(event) {
    if (isOwn(event) || !(event.target instanceof Element)) return;
    const anchor = anchorIn(event.target);
    hover(anchor, null);
  }

  const listeners = [["click", onClick], ["keydown", onKey], ["mousemove", onMove], ["focusin", onFocus]];
  for (const [type, listener] of listeners) view.addEventListener(type, listener, { capture: true });
  return () => {
    for (const [type, listener] of listeners) view.removeEventListener(type, listener, { capture: true });
  };
}
