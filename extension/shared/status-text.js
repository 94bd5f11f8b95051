/** The sentences that sum up an analysis for the popup, the panel and the demo page. */

export const EMPTY_RESULT = "No quotes, officials or sanctions found in this article.";
export const NOT_YET = "Not analysed yet. “Analyse this page” sends it to your Quotelens server and highlights "
  + "who said what, the officials named and every mention of sanctions.";

/** "12 of 12 highlights placed." with what could not be placed, or the empty result. */
export function placedText(summary) {
  if (summary.spans === 0) return EMPTY_RESULT;
  const missed = summary.unanchored.length;
  return `${summary.anchored} of ${summary.spans} highlights placed`
    + (missed ? `; ${missed} could not be found on the page and are not shown.` : ".");
}

function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}

/** "7 quotes · 4 people quoted · 3 officials · 2 sanctions": people counted once however often they are named. */
export function countsText(summary) {
  return [
    plural(summary.counts.quote ?? 0, "quote"),
    `${plural(summary.speakers.length, "person", "people")} quoted`,
    plural(summary.officials.length, "official"),
    plural(summary.sanctions.length, "sanction"),
  ].join(" · ");
}
