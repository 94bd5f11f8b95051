/** The card's contents for a person, a quote or a sanction: plain nodes built from a model, every string as text. */

// Quotes longer than this show their first words and a "more" button: a card is a summary, the page has the rest.
export const SHORT_QUOTE = 140;

export function element(doc, tag, { text, className, attrs } = {}) {
  const node = doc.createElement(tag);
  // Every string from the server or the page goes in as text: never as markup.
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  for (const [name, value] of Object.entries(attrs ?? {})) node.setAttribute(name, value);
  return node;
}

/** Cut a quote at a word boundary before SHORT_QUOTE characters. */
export function shorten(text) {
  if (text.length <= SHORT_QUOTE) return text;
  const cut = text.slice(0, SHORT_QUOTE);
  const space = cut.lastIndexOf(" ");
  return `${(space > SHORT_QUOTE / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

function quoteItem(doc, quote, { marks, current, currentLabel, onQuote }) {
  const item = element(doc, "li");
  const words = (text) => (marks ? `“${text}”` : text);
  const button = element(doc, "button", { text: words(shorten(quote.text)), className: "quote",
    attrs: { type: "button", "data-quote": quote.id, "aria-label": `Go to quote: ${quote.text}` } });
  button.addEventListener("click", () => onQuote(quote.id));
  item.append(button);
  if (quote.id === current) {
    button.setAttribute("aria-current", "true");
    item.prepend(element(doc, "span", { text: currentLabel, className: "clicked" }));
  }
  if (quote.text.length > SHORT_QUOTE) {
    const more = element(doc, "button", { text: "more", className: "more", attrs: { type: "button", "aria-expanded": "false" } });
    more.addEventListener("click", () => {
      const open = more.getAttribute("aria-expanded") !== "true";
      button.textContent = words(open ? quote.text : shorten(quote.text));
      more.textContent = open ? "less" : "more";
      more.setAttribute("aria-expanded", String(open));
    });
    item.append(more);
  }
  return item;
}

function quoteList(doc, heading, quotes, options) {
  if (!quotes?.length) return [];
  const list = element(doc, "ol");
  list.append(...quotes.map((quote) => quoteItem(doc, quote, options)));
  return [element(doc, "h3", { text: heading }), list];
}

function badges(doc, model) {
  const line = element(doc, "p");
  const office = model.former ? "Former official" : "Official";
  if (model.isOfficial) line.append(element(doc, "span", { text: office, className: "badge official" }));
  for (const listing of model.listed ?? []) {
    const programs = listing.programs.length ? `: ${listing.programs.join(", ")}` : "";
    line.append(element(doc, "span", { text: `Listed · ${listing.list}${programs}`, className: "badge listed" }));
  }
  return line.childElementCount ? [line] : [];
}

/**
 * Return the card's body nodes for `model` (see shared/findings.js describeRef); `current` marks a quote, with
 * `currentLabel` above it ("You clicked this quote", or the keyboard's "The quote you are on").
 */
export function cardBody(doc, model, { current = null, currentLabel = "", onQuote }) {
  if (model.kind === "sanction") {
    return [element(doc, "p", { text: model.line, className: "sanction-line" }),
      element(doc, "p", { text: model.measure, className: "sanction-measure" })];
  }
  const parts = [];
  const role = [model.title, model.organization].filter(Boolean).join(" · ");
  if (role) parts.push(element(doc, "p", { text: role, className: "role" }));
  parts.push(...badges(doc, model));
  if (model.mentionCount !== undefined) {
    const times = model.mentionCount === 1 ? "once" : `${model.mentionCount} times`;
    parts.push(element(doc, "p", { text: `Mentioned ${times} in this article`, className: "muted mentions" }));
  }
  parts.push(...quoteList(doc, "Quotes in this article", model.quotes, { marks: true, current, currentLabel, onQuote }));
  parts.push(...quoteList(doc, "Reported statements", model.reported, { marks: false, current, currentLabel, onQuote }));
  if (model.searchUrl) {
    const link = element(doc, "p");
    link.append(element(doc, "a", { text: `Search “${model.name}” on Wikipedia`,
      attrs: { href: model.searchUrl, target: "_blank", rel: "noopener noreferrer" } }));
    parts.push(link);
  }
  return parts;
}
