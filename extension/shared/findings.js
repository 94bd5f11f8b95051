/** Read an analysis for people: cards' contents, quotes grouped by speaker, the "Who said what" Markdown. */

const STATUS_LABELS = {
  imposed: "Imposed", threatened: "Threatened", considered: "Considered", lifted: "Lifted",
  extended: "Extended", violated: "Violated", other: "Mentioned",
};

/** Return the Wikipedia search address for a name: opened only when the reader clicks it. */
export function wikipediaSearchUrl(name) {
  return `https://en.wikipedia.org/w/index.php?search=${encodeURIComponent(name)}`;
}

function byStart(a, b) {
  return a.start - b.start;
}

/** Describe a person (or organisation) for its card. */
export function describeEntity(analysis, entityId) {
  const entity = analysis.entities.find((candidate) => candidate.id === entityId);
  if (!entity) return null;
  const own = analysis.quotes.filter((quote) => quote.speaker === entity.id).sort(byStart);
  return {
    kind: "entity",
    id: entity.id,
    name: entity.name,
    title: entity.title,
    organization: entity.organization,
    isOfficial: entity.is_official,
    former: entity.former === true,
    listed: (entity.listed ?? []).map((listing) => ({ list: listing.list, name: listing.name, programs: listing.programs })),
    mentionCount: entity.mentions.length,
    quotes: own.filter((quote) => quote.kind === "direct").map(({ id, text }) => ({ id, text })),
    reported: own.filter((quote) => quote.kind === "reported").map(({ id, text }) => ({ id, text })),
    searchUrl: wikipediaSearchUrl(entity.name),
  };
}

/** Describe a quote whose speaker is unknown (or an unnamed source) for its card. */
export function describeQuote(analysis, quoteId) {
  const quote = analysis.quotes.find((candidate) => candidate.id === quoteId);
  if (!quote) return null;
  if (quote.speaker) return describeEntity(analysis, quote.speaker);
  const list = quote.kind === "reported" ? "reported" : "quotes";
  return {
    kind: "quote",
    id: quote.id,
    name: quote.speaker_name ? `Source: ${quote.speaker_name}` : "Unattributed quote",
    quotes: list === "quotes" ? [{ id: quote.id, text: quote.text }] : [],
    reported: list === "reported" ? [{ id: quote.id, text: quote.text }] : [],
  };
}

/** Return the one line a sanction card shows: "Threatened · United States → Russia, North Korea". */
export function sanctionLine(sanction) {
  const status = STATUS_LABELS[sanction.status] ?? STATUS_LABELS.other;
  const authority = sanction.authority ?? "Unnamed authority";
  const targets = sanction.targets.length ? sanction.targets.join(", ") : "no target named";
  return `${status} · ${authority} → ${targets}`;
}

export function describeSanction(analysis, sanctionId) {
  const sanction = analysis.sanctions.find((candidate) => candidate.id === sanctionId);
  if (!sanction) return null;
  return { kind: "sanction", id: sanction.id, name: `Sanction: ${sanction.text}`, line: sanctionLine(sanction) };
}

/** Describe whatever a span refers to: a person, a quote or a sanction. */
export function describeRef(analysis, ref) {
  return describeEntity(analysis, ref) ?? describeQuote(analysis, ref) ?? describeSanction(analysis, ref);
}

/** Group direct and reported quotes by speaker, speakers in order of their first quote. */
export function quotesBySpeaker(analysis) {
  const groups = new Map();
  for (const quote of [...analysis.quotes].filter((q) => q.kind !== "term").sort(byStart)) {
    const key = quote.speaker ?? `name:${quote.speaker_name ?? ""}`;
    if (!groups.has(key)) {
      const entity = quote.speaker ? analysis.entities.find((e) => e.id === quote.speaker) : null;
      groups.set(key, {
        speaker: entity?.name ?? quote.speaker_name ?? "Unattributed",
        title: [entity?.title, entity?.organization].filter(Boolean).join(", "),
        quotes: [],
      });
    }
    groups.get(key).quotes.push({ id: quote.id, kind: quote.kind, text: quote.text });
  }
  return [...groups.values()];
}

const FRAGMENT_WORDS = 4;

/** Return a link to the quote itself with a text fragment (#:~:text=start,end), or the page when too short. */
export function quoteLink(url, text) {
  const words = text.replace(/^[\s"'“”‘’]+|[\s"'“”‘’,.]+$/g, "").split(/\s+/).filter(Boolean);
  if (!url || words.length === 0) return url ?? "";
  const base = url.split("#")[0];
  const encode = (part) => encodeURIComponent(part).replace(/-/g, "%2D");
  if (words.length <= FRAGMENT_WORDS * 2) return `${base}#:~:text=${encode(words.join(" "))}`;
  const start = words.slice(0, FRAGMENT_WORDS).join(" ");
  const end = words.slice(-FRAGMENT_WORDS).join(" ");
  return `${base}#:~:text=${encode(start)},${encode(end)}`;
}

function markdownText(text) {
  return text.replace(/\s+/g, " ").replace(/([\\`*_[\]<>])/g, "\\$1").trim();
}

/** Write "Who said what" as Markdown: a heading with the page link, then each speaker with their quotes. */
export function whoSaidWhatMarkdown(analysis, { url = analysis.article.url ?? "", title = analysis.article.title } = {}) {
  const lines = [`## Who said what: ${markdownText(title || "this article")}`, ""];
  if (url) lines.push(`Source: <${url}>`, "");
  for (const group of quotesBySpeaker(analysis)) {
    lines.push(`**${markdownText(group.speaker)}**${group.title ? ` (${markdownText(group.title)})` : ""}`, "");
    for (const quote of group.quotes) {
      const said = quote.kind === "reported" ? `(reported) ${markdownText(quote.text)}` : `“${markdownText(quote.text)}”`;
      lines.push(url ? `- ${said} ([link](${quoteLink(url, quote.text)}))` : `- ${said}`);
    }
    lines.push("");
  }
  return `${lines.join("\n").trim()}\n`;
}
