/** Paint anchored spans with the CSS Custom Highlight API: one Highlight per category, no page DOM touched. */

export const HIGHLIGHT_PREFIX = "quotelens-";
// Transient highlights: the quote a card jumped to, and the quote keyboard navigation rests on.
export const FLASH = `${HIGHLIGHT_PREFIX}flash`;
export const FOCUS = `${HIGHLIGHT_PREFIX}focus`;
const FLASH_MS = 1600;

/** Return whether this browser can paint highlights at all. */
export function canPaint(win = globalThis) {
  return Boolean(win.CSS && win.CSS.highlights && typeof win.Highlight === "function");
}

function parseRgb(value) {
  const match = /rgba?\(([^)]+)\)/.exec(value ?? "");
  if (!match) return null;
  const [r, g, b, a = 1] = match[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  return { r, g, b, a };
}

function luminance({ r, g, b }) {
  const channel = (c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * Decide whether the page is dark by its own background, not the OS setting: a light site read in OS dark mode
 * still needs the light colours. Only a page without any background falls back to prefers-color-scheme.
 */
export function isDarkPage(doc = document) {
  const view = doc.defaultView;
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const colour = parseRgb(view.getComputedStyle(element).backgroundColor);
    if (colour && colour.a > 0.5) return luminance(colour) < 0.2;
  }
  const scheme = view.getComputedStyle(doc.documentElement).colorScheme ?? "";
  return scheme.includes("dark") && view.matchMedia("(prefers-color-scheme: dark)").matches;
}

// Every underline layer is painted above every fill: a sanction inside a quote keeps its own fill and its own
// line, and the quote's line stays visible around it (issue 19: the colour-blind cue must survive overlaps).
const LINE_PRIORITY_BASE = 20;
const FOCUS_PRIORITY = 100;
const FLASH_PRIORITY = 101;
export const LINE_SUFFIX = "-line";

/**
 * Build the ::highlight() rules: per category a fill (background and a text colour readable on it) and a line
 * layer (the category's own line, style and colour: the cue that does not depend on telling colours apart).
 */
export function highlightCss(categories, dark) {
  const rules = categories.flatMap((category) => {
    const name = `${HIGHLIGHT_PREFIX}${category.id}`;
    const fill = dark ? category.dark_color : category.color;
    const line = dark ? category.dark_line_color : category.line_color;
    return [
      `::highlight(${name}) { background-color: ${fill}; color: ${dark ? "#ffffff" : "#000000"}; }`,
      `::highlight(${name}${LINE_SUFFIX}) { text-decoration: ${category.line ?? "underline"} ${category.underline} ${line}; `
        + "text-decoration-thickness: 2px; }",
    ];
  });
  rules.push(`::highlight(${FOCUS}) { background-color: ${dark ? "#f59e0b" : "#1d4ed8"}; color: ${dark ? "#000" : "#fff"}; }`);
  rules.push(`::highlight(${FLASH}) { background-color: ${dark ? "#fbbf24" : "#f97316"}; color: #000; }`);
  return rules.join("\n");
}

/**
 * Create the painter for one document.
 * @param {{categories: Array<object>, doc?: Document, installCss?: (css: string) => Promise<void>|void}} options
 *   installCss adds a stylesheet to the page without adding an element (adoptedStyleSheets by default).
 */
export function createPainter({ categories, doc = document, installCss = adoptStyleSheet(doc) }) {
  const registry = doc.defaultView.CSS.highlights;
  const HighlightClass = doc.defaultView.Highlight;
  const highlights = new Map();
  const lines = new Map();
  const hidden = new Set();
  let flashTimer = null;
  let styled = null;

  categories.forEach((category, order) => {
    // Later categories paint over earlier ones: a name inside a quote, a sanction inside a quote stay visible.
    highlights.set(category.id, Object.assign(new HighlightClass(), { priority: order + 1 }));
    lines.set(category.id, Object.assign(new HighlightClass(), { priority: LINE_PRIORITY_BASE + order }));
  });

  function style() {
    const dark = isDarkPage(doc);
    if (styled === dark) return;
    styled = dark;
    installCss(highlightCss(categories, dark));
  }

  function register(id) {
    const highlight = highlights.get(id);
    const name = `${HIGHLIGHT_PREFIX}${id}`;
    if (!hidden.has(id) && highlight.size > 0) {
      registry.set(name, highlight);
      registry.set(`${name}${LINE_SUFFIX}`, lines.get(id));
    } else {
      registry.delete(name);
      registry.delete(`${name}${LINE_SUFFIX}`);
    }
  }

  function clear() {
    for (const id of highlights.keys()) {
      highlights.get(id).clear();
      lines.get(id).clear();
      register(id);
    }
    registry.delete(FOCUS);
    registry.delete(FLASH);
  }

  /** Replace what is painted with these anchors. */
  function paint(anchors) {
    style();
    for (const id of highlights.keys()) {
      highlights.get(id).clear();
      lines.get(id).clear();
    }
    for (const anchor of anchors) {
      for (const id of anchor.span.categories) {
        highlights.get(id)?.add(anchor.range);
        lines.get(id)?.add(anchor.range);
      }
    }
    for (const id of highlights.keys()) register(id);
  }

  /** Show or hide one category at once: the Highlight object is kept, only its registration changes. */
  function setVisible(id, visible) {
    if (!highlights.has(id)) return;
    if (visible) hidden.delete(id);
    else hidden.add(id);
    register(id);
  }

  function isVisible(id) {
    return highlights.has(id) && !hidden.has(id);
  }

  function focus(range) {
    if (range) registry.set(FOCUS, Object.assign(new HighlightClass(range), { priority: FOCUS_PRIORITY }));
    else registry.delete(FOCUS);
  }

  function flash(range) {
    registry.set(FLASH, Object.assign(new HighlightClass(range), { priority: FLASH_PRIORITY }));
    clearTimeout(flashTimer);
    flashTimer = setTimeout(() => registry.delete(FLASH), FLASH_MS);
  }

  return { paint, clear, setVisible, isVisible, focus, flash, restyle: () => { styled = null; style(); } };
}

/**
 * Return an installer that keeps one constructed stylesheet adopted by the document (not a DOM element).
 * It returns whether the document really adopted the sheet, so a caller can fall back when it did not.
 */
export function adoptStyleSheet(doc) {
  let sheet = null;
  return (css) => {
    const Sheet = doc.defaultView.CSSStyleSheet;
    sheet ??= new Sheet();
    sheet.replaceSync(css);
    // Re-adopted when the page replaced the list (some sites assign adoptedStyleSheets wholesale).
    if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return doc.adoptedStyleSheets.includes(sheet);
  };
}
