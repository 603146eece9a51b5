/**
 * Styles whose values are known only at run time (a share bar's label widths, a guarded accent
 * colour), as constructable stylesheets adopted by a shadow root: a strict CSP's `style-src`
 * allows these, and our templates carry no `style` attribute. One sheet per distinct text,
 * shared by every element that needs it.
 */
const sheets = new Map<string, CSSStyleSheet>();

export function runtimeSheet(css: string): CSSStyleSheet {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  return sheet;
}

/** Puts `next` in place of `previous` among `root`'s adopted sheets; returns what is adopted now. */
export function swapSheet(root: ShadowRoot | null | undefined, previous?: CSSStyleSheet, next?: CSSStyleSheet): CSSStyleSheet | undefined {
  if (!root?.adoptedStyleSheets || previous === next) return previous;
  const kept = root.adoptedStyleSheets.filter((sheet) => sheet !== previous);
  root.adoptedStyleSheets = next ? [...kept, next] : kept;
  return next;
}
