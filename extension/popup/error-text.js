/** What the popup tells the reader for each failure: what happened and what to do about it. */

const EXPLANATIONS = {
  unreachable: (settings) => `Cannot reach the Quotelens server at ${settings.serverUrl}. `
    + "Start it with “make run”, or check the server address in Options.",
  timeout: (settings) => `The server did not answer within ${Math.round(settings.timeoutMs / 1000)} seconds. `
    + "Try again, or raise the time limit in Options.",
  too_large: () => "This page is too large for the server to analyse (HTTP 413).",
  no_article: () => "No article found on this page. Quotelens reads news articles, not home pages or lists.",
  unauthorized: () => "The server needs an API token: set it in Options.",
  unavailable: () => "The server is busy or the analysis ran out of time (HTTP 503). Try again in a moment.",
  cannot_access: (settings, error) => error.message,
  bad_response: () => "The server's answer is not a Quotelens analysis: is the server address right?",
};

/** Return the sentence to show for an error {code, message}. */
export function explainError(error, settings) {
  const explain = EXPLANATIONS[error?.code];
  if (explain) return explain(settings, error);
  return `The analysis failed: ${error?.message ?? "unknown error"}`;
}

export const EMPTY_RESULT = "No quotes, officials or sanctions found in this article.";
