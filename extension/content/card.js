/** The card and notices, drawn in a shadow root under the one host element the extension adds to a page. */

import { CARD_CSS } from "./card-style.js";

export const HOST_TAG = "quotelens-host";
const MARGIN = 8;

function element(doc, tag, { text, className, attrs } = {}) {
  const node = doc.createElement(tag);
  // Every string from the server or the page goes in as text: never as markup.
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  for (const [name, value] of Object.entries(attrs ?? {})) node.setAttribute(name, value);
  return node;
}

/**
 * Create the host and its shadow root. The root is open so that assistive technology and tests can read the card;
 * it only ever shows what the page itself says, so a page reading it learns nothing new.
 * @param {{doc?: Document, onQuote: (quoteId: string) => void, onClose?: () => void}} options
 */
export function createCardHost({ doc = document, onQuote, onClose = () => {} }) {
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: "open" });
  const style = element(doc, "style", { text: CARD_CSS });
  const card = element(doc, "section", { className: "card", attrs: { role: "dialog", "aria-modal": "false",
    "aria-labelledby": "quotelens-card-title", tabindex: "-1", hidden: "" } });
  const live = element(doc, "div", { className: "sr-only", attrs: { role: "status", "aria-live": "polite" } });
  const toast = element(doc, "div", { className: "toast", attrs: { role: "status", hidden: "" } });
  root.append(style, card, live, toast);
  let returnFocus = null;

  function attach() {
    if (!host.isConnected) doc.documentElement.append(host);
  }

  card.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      hide();
    }
  });

  function renderHeader(model) {
    const header = element(doc, "header");
    header.append(element(doc, "h2", { text: model.name, attrs: { id: "quotelens-card-title" } }));
    const close = element(doc, "button", { text: "×", className: "close", attrs: { type: "button", "aria-label": "Close card" } });
    close.addEventListener("click", hide);
    header.append(close);
    return header;
  }

  function renderQuotes(heading, quotes, { marks = true, current = null } = {}) {
    if (!quotes?.length) return [];
    const list = element(doc, "ol");
    for (const quote of quotes) {
      const item = element(doc, "li");
      const button = element(doc, "button", { text: marks ? `“${quote.text}”` : quote.text, className: "quote",
        attrs: { type: "button", "data-quote": quote.id, "aria-label": `Go to quote: ${quote.text}` } });
      if (quote.id === current) button.setAttribute("aria-current", "true");
      button.addEventListener("click", () => onQuote(quote.id));
      item.append(button);
      list.append(item);
    }
    return [element(doc, "h3", { text: heading }), list];
  }

  function renderBody(model, current) {
    const parts = [];
    if (model.kind === "sanction") {
      parts.push(element(doc, "p", { text: model.line, className: "sanction-line" }));
      return parts;
    }
    const role = [model.title, model.organization].filter(Boolean).join(" · ");
    if (role) parts.push(element(doc, "p", { text: role, className: "role" }));
    const badges = element(doc, "p");
    const office = model.former ? "Former official" : "Official";
    if (model.isOfficial) badges.append(element(doc, "span", { text: office, className: "badge official" }));
    for (const listing of model.listed ?? []) {
      const programs = listing.programs.length ? `: ${listing.programs.join(", ")}` : "";
      badges.append(element(doc, "span", { text: `Listed · ${listing.list}${programs}`, className: "badge listed" }));
    }
    if (badges.childElementCount) parts.push(badges);
    if (model.mentionCount !== undefined) {
      const times = model.mentionCount === 1 ? "once" : `${model.mentionCount} times`;
      parts.push(element(doc, "p", { text: `Mentioned ${times} in this article`, className: "muted mentions" }));
    }
    parts.push(...renderQuotes("Quotes in this article", model.quotes, { current }));
    parts.push(...renderQuotes("Reported statements", model.reported, { marks: false, current }));
    if (model.searchUrl) {
      parts.push(element(doc, "p", { attrs: {} }));
      parts.at(-1).append(element(doc, "a", { text: `Search “${model.name}” on Wikipedia`,
        attrs: { href: model.searchUrl, target: "_blank", rel: "noopener noreferrer" } }));
    }
    return parts;
  }

  /**
   * Show a card for `model` beside `rect` (a DOMRect in viewport coordinates); `current` marks the quote the
   * keyboard rests on, and `focus` moves the focus into the card (keyboard use) so that Tab and Esc work there.
   */
  function show(model, rect, { focus = false, current = null } = {}) {
    attach();
    card.replaceChildren(renderHeader(model), ...renderBody(model, current));
    card.dataset.kind = model.kind;
    card.dataset.ref = model.id;
    card.hidden = false;
    place(card, rect);
    if (focus) {
      returnFocus = doc.activeElement;
      card.focus();
    }
  }

  function place(box, rect) {
    const view = doc.defaultView;
    const { width, height } = box.getBoundingClientRect();
    const below = rect.bottom + MARGIN;
    const above = rect.top - height - MARGIN;
    let top = below + height <= view.innerHeight ? below : above;
    let left = Math.min(Math.max(MARGIN, rect.left), Math.max(MARGIN, view.innerWidth - width - MARGIN));
    if (top < MARGIN) {
      // No room above or below the words (a long quote): keep the card in a corner instead of over the text.
      top = MARGIN;
      left = Math.max(MARGIN, view.innerWidth - width - MARGIN);
    }
    box.style.top = `${top}px`;
    box.style.left = `${left}px`;
  }

  function hide() {
    if (card.hidden) return;
    card.hidden = true;
    card.replaceChildren();
    if (returnFocus && returnFocus.isConnected && typeof returnFocus.focus === "function") returnFocus.focus();
    returnFocus = null;
    onClose();
  }

  /** Tell screen-reader users what happened (the next quote, an analysis result). */
  function announce(message) {
    attach();
    live.textContent = "";
    live.textContent = message;
  }

  /** Offer one action in a small notice (e.g. "This page changed: analyse again"). */
  function offer(message, actionLabel, action) {
    attach();
    const run = element(doc, "button", { text: actionLabel, attrs: { type: "button" } });
    const dismiss = element(doc, "button", { text: "×", className: "close", attrs: { type: "button", "aria-label": "Dismiss" } });
    run.addEventListener("click", () => { toast.hidden = true; action(); });
    dismiss.addEventListener("click", () => { toast.hidden = true; });
    toast.replaceChildren(element(doc, "span", { text: message }), run, dismiss);
    toast.hidden = false;
  }

  function remove() {
    hide();
    host.remove();
  }

  return {
    host, root, card, show, hide, announce, offer, remove,
    isOpen: () => !card.hidden,
    contains: (node) => node === host,
  };
}
