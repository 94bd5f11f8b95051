/** Watch a page that changes: debounced DOM mutations (re-anchor) and history navigation (stale highlights). */

const DEBOUNCE_MS = 250;

function withoutHash(url) {
  return url.split("#")[0];
}

/**
 * @param {{doc?: Document, isOwn: (record: MutationRecord) => boolean, onMutation: () => void, onNavigate: (url: string) => void}} options
 */
export function watchPage({ doc = document, isOwn, onMutation, onNavigate, delay = DEBOUNCE_MS }) {
  const view = doc.defaultView;
  let timer = null;
  let url = withoutHash(view.location.href);
  let observer = null;

  function checkUrl() {
    const now = withoutHash(view.location.href);
    if (now === url) return false;
    url = now;
    onNavigate(view.location.href);
    return true;
  }

  function changed(records) {
    // The extension's own host changing (a card opening) is not the page changing.
    if (records.every(isOwn)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!checkUrl()) onMutation();
    }, delay);
  }

  // pushState is invisible to an isolated world except through its effects: popstate, the Navigation API
  // where the browser has it, and the URL read again after every batch of DOM changes (a SPA re-renders).
  const navigated = () => setTimeout(checkUrl, 0);

  function start() {
    if (observer) return;
    url = withoutHash(view.location.href);
    observer = new view.MutationObserver(changed);
    observer.observe(doc.documentElement, { subtree: true, childList: true, characterData: true });
    view.addEventListener("popstate", navigated);
    view.navigation?.addEventListener?.("navigatesuccess", navigated);
  }

  function stop() {
    clearTimeout(timer);
    observer?.disconnect();
    observer = null;
    view.removeEventListener("popstate", navigated);
    view.navigation?.removeEventListener?.("navigatesuccess", navigated);
  }

  return { start, stop };
}
