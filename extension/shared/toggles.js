/** The category switches with their swatches and counts: the popup's, the panel's and the demo page's. */

function element(doc, tag, text, className) {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/**
 * Draw one labelled checkbox per category into `holder`: on when the category is not hidden, with a swatch in the
 * category's fill and underline, and its count once there is an analysis (`counts` null before: no table of zeros).
 * @param {{counts?: object|null, hidden?: string[], onToggle: (id: string, visible: boolean) => void}} options
 */
export function renderToggles(holder, categories, { counts = null, hidden = [], onToggle }) {
  const doc = holder.ownerDocument;
  holder.replaceChildren();
  for (const category of categories) {
    const label = element(doc, "label", undefined, "category");
    const box = element(doc, "input");
    box.type = "checkbox";
    box.dataset.category = category.id;
    box.checked = !hidden.includes(category.id);
    box.addEventListener("change", () => onToggle(category.id, box.checked));
    const swatch = element(doc, "span", undefined, "swatch");
    swatch.setAttribute("aria-hidden", "true");
    swatch.style.background = category.color;
    swatch.style.borderBottom = `3px ${category.underline} ${category.line_color ?? "currentColor"}`;
    const count = element(doc, "span", counts ? String(counts[category.id] ?? 0) : "", "count");
    count.dataset.count = category.id;
    label.title = category.description;
    label.append(box, swatch, element(doc, "span", category.label), count);
    holder.append(label);
  }
}
