/**
 * The one URL vetting function. Every URL that reaches an `href`, `src`, `srcset`,
 * a share link or a fetch goes through here first.
 */

/** Where a URL is going to be used: `link` may be `mailto:`, `resource` (images, fetches) may not. */
export type UrlKind = 'link' | 'resource';

/** URLs longer than this are refused: nothing legitimate in an article needs more. */
export const MAX_URL_LENGTH = 2048;

const LINK_SCHEMES = new Set(['https:', 'http:', 'mailto:']);
const RESOURCE_SCHEMES = new Set(['https:', 'http:']);
// The URL parser silently removes tabs and newlines inside a URL ("java\tscript:"), control
// characters have no business in a URL, and invisible or direction-changing characters make a
// URL read differently from where it goes: refuse them all rather than let them hide a scheme.
// Plain spaces are fine: the parser percent-encodes them.
// eslint-disable-next-line no-control-regex
const SUSPICIOUS = /[\u0000-\u001f\u007f-\u009f\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/;

/**
 * Returns the absolute, normalised URL when `value` is a URL we allow for `kind`,
 * otherwise `undefined`. Relative URLs resolve against `base` (the article's own URL
 * for fetched data, the page otherwise).
 */
export function vetUrl(value: unknown, kind: UrlKind = 'link', base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > MAX_URL_LENGTH || SUSPICIOUS.test(trimmed)) return undefined;
  let url: URL;
  try {
    // Without a base, relative URLs resolve against the page (a server has none: they fail).
    url = new URL(trimmed, base ?? globalThis.document?.baseURI);
  } catch {
    return undefined;
  }
  const schemes = kind === 'link' ? LINK_SCHEMES : RESOURCE_SCHEMES;
  if (!schemes.has(url.protocol)) return undefined;
  // "https://bank.example@evil.example/" reads like a bank link and is not one.
  if (url.username || url.password) return undefined;
  if (url.href.length > MAX_URL_LENGTH) return undefined;
  return url.href;
}

/** True when `href` (absolute) has the page's own origin: the browser may read it without CORS. */
export function isSameOrigin(href: string): boolean {
  try {
    return globalThis.location !== undefined && new URL(href).origin === location.origin;
  } catch {
    return false;
  }
}

/** True when `href` points away from the current page's origin (a new tab is then right). */
export function leavesPage(href: string): boolean {
  // `href` is absolute and normalised (it came out of vetUrl): a prefix test is exact and spares
  // a URL parse per link of every body.
  if (href.startsWith('mailto:')) return false;
  const origin = location.origin;
  return !(origin !== 'null' && (href === origin || href.startsWith(`${origin}/`)));
}
