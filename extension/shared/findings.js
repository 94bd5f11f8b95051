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
  const own = withoutRepeatedReported(analysis.quotes.filter((quote) => quote.speaker === entity.id)).sort(byStart);
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

const MEASURE_LABELS = {
  sanctions: "Sanctions", embargo: "Embargo", asset_freeze: "Asset freeze", seizure: "Seizure",
  travel_ban: "Travel ban", designation: "Designation", export_control: "Export control", trade_ban: "Trade ban",
};

/** Return what kind of measure it is and the sectors it hits: "Embargo · sectors: energy sector". */
export function measureLine(sanction) {
  const measure = MEASURE_LABELS[sanction.measure] ?? MEASURE_LABELS.sanctions;
  return sanction.sectors?.length ? `${measure} · sectors: ${sanction.sectors.join(", ")}` : measure;
}

export function describeSanction(analysis, sanctionId) {
  const sanction = analysis.sanctions.find((candidate) => candidate.id === sanctionId);
  if (!sanction) return null;
  return { kind: "sanction", id: sanction.id, name: `Sanction: ${sanction.text}`, line: sanctionLine(sanction),
    measure: measureLine(sanction) };
}

/** Describe whatever a span refers to: a person, a quote or a sanction. */
export function describeRef(analysis, ref) {
  return describeEntity(analysis, ref) ?? describeQuote(analysis, ref) ?? describeSanction(analysis, ref);
}

/**
 * Drop reported statements that share words with a direct quote (usually the sentence around it): the reader
 * already sees the quote itself, and listing its sentence again doubles every quoted speaker's entry.
 */
export function withoutRepeatedReported(quotes) {
  const direct = quotes.filter((quote) => quote.kind === "direct");
  return quotes.filter((quote) => quote.kind !== "reported"
    || !direct.some((inner) => inner.start < quote.end && inner.end > quote.start));
}

function roleOf(entity) {
  return [entity?.title, entity?.organization].filter(Boolean).join(", ");
}

/**
 * What the side panel and the Markdown export list: the people quoted (named people only, in order of their first
 * quote), the officials named, the sanctions, and the quotes no named person is credited with. Sources the server
 * could only name loosely ("some reports", a photo credit) are not people: their quotes go to `unattributed`.
 */
export function readingGroups(analysis) {
  const quotes = withoutRepeatedReported(analysis.quotes.filter((quote) => quote.kind !== "term")).sort(byStart);
  const entities = new Map(analysis.entities.map((entity) => [entity.id, entity]));
  const speakers = new Map();
  const unattributed = [];
  for (const quote of quotes) {
    const entity = entities.get(quote.speaker);
    const said = { id: quote.id, kind: quote.kind, text: quote.text };
    if (!entity) {
      unattributed.push({ ...said, source: quote.speaker_name ?? null });
      continue;
    }
    if (!speakers.has(entity.id)) {
      speakers.set(entity.id, { id: entity.id, speaker: entity.name, title: roleOf(entity), isOfficial: entity.is_official,
        quotes: [] });
    }
    speakers.get(entity.id).quotes.push(said);
  }
  const officials = analysis.entities.filter((entity) => entity.is_official)
    .map((entity) => ({ id: entity.id, name: entity.name, title: roleOf(entity), quoted: speakers.has(entity.id) }));
  const sanctions = [...analysis.sanctions].sort(byStart).map((sanction) => ({
    id: sanction.id, text: sanction.text, status: STATUS_LABELS[sanction.status] ?? STATUS_LABELS.other,
    authority: sanction.authority ?? null, targets: sanction.targets, line: sanctionLine(sanction),
  }));
  return { speakers: [...speakers.values()], officials, sanctions, unattributed };
}

/** Group quotes by named speaker (the panel's first list). */
export function quotesBySpeaker(analysis) {
  return readingGroups(analysis).speakers;
}

const CATEGORY_WORDS = { quote: "Direct quote", reported: "Reported speech", speaker: "Speaker", official: "Official",
  sanction: "Sanction" };

/**
 * The one line shown when the pointer or the focus rests on a highlight: what it is, who said it, and for a
 * sanction its status. `categories` are the span's categories that are shown, innermost first.
 */
export function hoverText(analysis, span, categories = span.categories) {
  const kinds = categories.map((id) => CATEGORY_WORDS[id] ?? id).join(" · ");
  const entity = analysis.entities.find((candidate) => candidate.id === span.ref);
  if (entity) {
    const role = roleOf(entity);
    const count = analysis.quotes.filter((quote) => quote.speaker === entity.id && quote.kind === "direct").length;
    const quoted = count ? ` · ${count} quote${count === 1 ? "" : "s"}` : "";
    return `${kinds}: ${entity.name}${role ? ` (${role})` : ""}${quoted}`;
  }
  const quote = analysis.quotes.find((candidate) => candidate.id === span.ref);
  if (quote) {
    const speaker = analysis.entities.find((candidate) => candidate.id === quote.speaker)?.name ?? quote.speaker_name;
    return `${kinds} · ${speaker ? `said by ${speaker}` : "speaker not named"}`;
  }
  const sanction = analysis.sanctions.find((candidate) => candidate.id === span.ref);
  if (sanction) return `${kinds} · ${sanctionLine(sanction)}`;
  return kinds;
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
  const said = (quote) => {
    const words = quote.kind === "reported" ? `(reported) ${markdownText(quote.text)}` : `“${markdownText(quote.text)}”`;
    return url ? `- ${words} ([link](${quoteLink(url, quote.text)}))` : `- ${words}`;
  };
  const { speakers, unattributed, sanctions } = readingGroups(analysis);
  for (const group of speakers) {
    lines.push(`**${markdownText(group.speaker)}**${group.title ? ` (${markdownText(group.title)})` : ""}`, "");
    lines.push(...group.quotes.map(said), "");
  }
  if (unattributed.length) lines.push("**Without a named speaker**", "", ...unattributed.map(said), "");
  if (sanctions.length) {
    lines.push("**Sanctions**", "", ...sanctions.map((sanction) => `- ${markdownText(sanction.line)}: “${markdownText(sanction.text)}”`), "");
  }
  return `${lines.join("\n").trim()}\n`;
}
