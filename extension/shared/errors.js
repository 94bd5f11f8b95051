/** The error codes of errors.json (a copy of the repository's shared/errors.json, the table the server answers by). */

let table = null;

/** Resolve to the codes, {code: {status, message, answers_status?}}; read once. An unreadable copy gives none. */
export function loadErrors(url = new URL("./errors.json", import.meta.url)) {
  table ??= fetch(url)
    .then((response) => response.json())
    .then(({ errors }) => errors)
    .catch(() => ({}));
  return table;
}

/** Resolve to the code a bare HTTP status stands for when the body carries none (e.g. a proxy in between). */
export async function codeOfStatus(status) {
  const errors = await loadErrors();
  const found = Object.entries(errors).find(([, entry]) => entry.answers_status && entry.status === status);
  return found?.[0] ?? "http_error";
}
