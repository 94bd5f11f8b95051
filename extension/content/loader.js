// Load the content-script modules once per page. Manifest content scripts cannot be ES modules, so this classic
// script, injected on demand, imports the module graph (listed in web_accessible_resources) into the isolated world.
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  globalThis.quotelensLoading ??= import(api.runtime.getURL("content/main.js"));
})();
