/** The card's stylesheet, scoped to the extension's shadow root so the page's CSS neither leaks in nor out. */

export const CARD_CSS = `
:host { all: initial; position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483647; }
* { box-sizing: border-box; }
.card, .toast {
  position: fixed; width: max-content; max-width: min(24rem, calc(100vw - 16px)); max-height: min(50vh, 30rem);
  overflow: auto; padding: 12px 14px; border-radius: 10px; border: 1px solid #cbd5e1;
  background: #ffffff; color: #0f172a; box-shadow: 0 10px 30px rgba(15, 23, 42, .25);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; text-align: left;
}
.card[hidden], .toast[hidden], .tip[hidden] { display: none; }
/* At narrow widths the card is a sheet along the bottom edge, at most half the screen, scrolling inside. */
.card.sheet { inset: auto 0 0 0; width: 100%; max-width: none; max-height: 50vh; border-radius: 12px 12px 0 0; }
.tip { position: fixed; pointer-events: none; max-width: min(22rem, calc(100vw - 8px)); padding: 4px 8px; border-radius: 6px;
  background: #0f172a; color: #f8fafc; font: 13px/1.35 system-ui, -apple-system, "Segoe UI", sans-serif;
  box-shadow: 0 4px 12px rgba(15, 23, 42, .3); }
.card:focus-visible, button:focus-visible, a:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
.head { display: flex; align-items: flex-start; gap: 8px; }
h2 { flex: 1; margin: 0; font-size: 16px; line-height: 1.3; }
h3 { margin: 10px 0 4px; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #475569; }
p { margin: 4px 0; }
ol { margin: 0; padding-left: 1.3em; }
li { margin: 2px 0; }
button { font: inherit; cursor: pointer; }
.close { border: 0; background: transparent; font-size: 18px; line-height: 1; padding: 2px 6px; color: inherit; }
.quote { display: block; width: 100%; text-align: left; border: 0; background: transparent; color: inherit;
  padding: 2px 4px; border-radius: 4px; }
.quote:hover { background: #f1f5f9; }
.quote[aria-current="true"] { box-shadow: inset 3px 0 0 #1d4ed8; font-weight: 600; background: #eff6ff; }
.clicked { display: block; font-size: 12px; font-weight: 600; color: #1d4ed8; }
.more { border: 0; background: transparent; color: #1d4ed8; text-decoration: underline; padding: 0 4px; font-size: 13px; }
.badge { display: inline-block; margin-right: 6px; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600; }
.official { background: #e0e7ff; color: #3730a3; }
.listed { background: #fee2e2; color: #7f1d1d; }
.muted { color: #475569; }
a { color: #1d4ed8; }
.toast { display: flex; gap: 8px; align-items: center; right: 16px; bottom: 16px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .card, .toast { background: #0f172a; color: #e2e8f0; border-color: #334155; }
  .quote:hover { background: #1e293b; }
  .quote[aria-current="true"] { background: #172554; box-shadow: inset 3px 0 0 #93c5fd; }
  .clicked, .more { color: #93c5fd; }
  .tip { background: #f8fafc; color: #0f172a; }
  h3, .muted { color: #94a3b8; }
  a { color: #93c5fd; }
}
`;
