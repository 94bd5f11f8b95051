/** The extension's own UI on a page (card, hover text, notices), in a shadow root under its one host element. */

import { CARD_CSS } from "./card-style.js";
import { placeCard } from "./card-place.js";
import { cardBody, element } from "./card-view.js";

export const HOST_TAG = "quotelens-host";
const TIP_GAP = 14;

/**
 * Create the host and its shadow root. The root is open so that assistive technology and tests can read the card;
 * it only ever shows what the page itself says, so a page reading it learns nothing new.
 * @param {{doc?: Document, onQuote: (quoteId: string) => void, onClose?: () => void}} options
 */
export function createCardHost({ doc = document, onQuote, onClose = () => {} }) {
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: "open" });
  const card = element(doc, "section", { className: "card", attrs: { role: "dialog", "aria-modal": "false",
    "aria-labelledby": "quotelens-card-title", tabindex: "-1", hidden: "" } });
  const tip = element(doc, "div", { className: "tip", attrs: { role: "tooltip", hidden: "" } });
  const live = element(doc, "div", { className: "sr-only", attrs: { role: "status", "aria-live": "polite" } });
  const toast = element(doc, "div", { className: "toast", attrs: { role: "status", hidden: "" } });
  root.append(element(doc, "style", { text: CARD_CSS }), card, tip, live, toast);
  let returnFocus = null;

  function attach() {
    if (!host.isConnected) doc.documentElement.append(host);
  }

  card.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    event.stopPropagation();
    hide();
  });

  function header(model) {
    const top = element(doc, "div", { className: "head" });
    const close = element(doc, "button", { text: "×", className: "close", attrs: { type: "button", "aria-label": "Close card" } });
    close.addEventListener("click", hide);
    top.append(element(doc, "h2", { text: model.name, attrs: { id: "quotelens-card-title" } }), close);
    return top;
  }

  function viewport() {
    const view = doc.defaultView;
    return { width: view.innerWidth, height: view.innerHeight };
  }

  /**
   * Show a card for `model` next to `box` (the words' line box, viewport coordinates) and move the focus into it,
   * so that Tab and Esc work there; the focus goes back where it was when the card closes.
   */
  function show(model, { box, point = null, current = null }) {
    attach();
    untip();
    const currentLabel = point ? "You clicked this quote" : "The quote you are on";
    card.replaceChildren(header(model), ...cardBody(doc, model, { current, currentLabel, onQuote }));
    Object.assign(card.dataset, { kind: model.kind, ref: model.id });
    card.hidden = false;
    const size = card.getBoundingClientRect();
    const place = placeCard({ box, point, size: { width: size.width, height: size.height }, viewport: viewport() });
    card.classList.toggle("sheet", Boolean(place.sheet));
    card.style.top = place.sheet ? "" : `${place.top}px`;
    card.style.left = place.sheet ? "" : `${place.left}px`;
    const active = doc.activeElement;
    if (active !== host) returnFocus = active;
    card.focus({ preventScroll: true });
    root.querySelector("[aria-current=true]")?.scrollIntoView({ block: "nearest" });
  }

  function hide() {
    if (card.hidden) return;
    card.hidden = true;
    card.replaceChildren();
    const back = returnFocus;
    returnFocus = null;
    if (back?.isConnected && typeof back.focus === "function") back.focus({ preventScroll: true });
    else if (doc.activeElement === host) host.blur();
    onClose();
  }

  /** Show the hover text beside the pointer, or under the words when the keyboard focus is on them. */
  function showTip(text, { point = null, box = null }) {
    attach();
    tip.textContent = text;
    tip.hidden = false;
    const { width, height } = tip.getBoundingClientRect();
    const view = viewport();
    const x = point ? point.x + TIP_GAP : box.left;
    const y = point ? point.y + TIP_GAP : box.bottom + 4;
    tip.style.left = `${Math.max(4, Math.min(x, view.width - width - 4))}px`;
    tip.style.top = `${y + height > view.height - 4 ? Math.max(4, (point?.y ?? box.top) - height - TIP_GAP) : y}px`;
  }

  function untip() {
    tip.hidden = true;
  }

  /** Tell screen-reader users what happened (the next quote, an analysis result). */
  function announce(message) {
    attach();
    live.textContent = "";
    live.textContent = message;
  }

  /** A small notice with an optional action (e.g. "This page changed: analyse again"). */
  function offer(message, actionLabel = null, action = null) {
    attach();
    const dismiss = element(doc, "button", { text: "×", className: "close", attrs: { type: "button", "aria-label": "Dismiss" } });
    dismiss.addEventListener("click", () => { toast.hidden = true; });
    const parts = [element(doc, "span", { text: message })];
    if (actionLabel) {
      const run = element(doc, "button", { text: actionLabel, attrs: { type: "button" } });
      run.addEventListener("click", () => { toast.hidden = true; action(); });
      parts.push(run);
    }
    toast.replaceChildren(...parts, dismiss);
    toast.hidden = false;
  }

  function remove() {
    hide();
    host.remove();
  }

  return {
    host, root, card, show, hide, showTip, untip, announce, offer, remove,
    isOpen: () => !card.hidden,
    dismissNotice: () => { toast.hidden = true; },
  };
}
