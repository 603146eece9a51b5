/**
 * The embed generator's one job that matters: turn the chosen options into a snippet a person
 * can paste. Every value is escaped for an HTML attribute or text, so whatever is typed into
 * the form stays a value and never becomes markup.
 */
export type SnippetKind = 'element' | 'blockquote' | 'iframe';

export interface SnippetOptions {
  kind: SnippetKind;
  /** Where the article data comes from (a JSON, WordPress, JSON Feed, oEmbed or page URL). */
  src: string;
  /** Fields typed by hand (used without `src`, and to correct the data with it). */
  fields: Partial<
    Record<'headline' | 'url' | 'excerpt' | 'image' | 'image-alt' | 'author' | 'published' | 'section' | 'publisher', string>
  >;
  /**
   * The article's own address and headline as read from `src` (the generator loads it): the
   * fallback link readers get without the script. Never the data URL, which is JSON to a reader.
   */
  article?: { url?: string; headline?: string };
  layout: 'full' | 'summary';
  theme: 'auto' | 'light' | 'dark';
  /** BCP 47, or '' for "from the data, then the page". */
  lang: string;
  /** Share targets in order; [] means none; undefined means the share bar's default. */
  share: string[] | undefined;
  /** The resolver that fetches a cross-origin `src` server-side (docs/resolver.md); '' for none. */
  resolver?: string;
  /** The drop-in script's URL. */
  scriptUrl: string;
  /** The hosted embed page's URL (for `iframe`). */
  embedUrl: string;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}

/** The card attributes the options ask for, in a stable order; empty values left out. */
export function cardAttributes(options: SnippetOptions): Array<[string, string]> {
  const attributes: Array<[string, string]> = [];
  const add = (name: string, value: string | undefined) => {
    const trimmed = value?.trim();
    if (trimmed) attributes.push([name, trimmed]);
  };
  add('src', options.src);
  for (const [name, value] of Object.entries(options.fields)) add(name, value);
  if (options.layout !== 'full') add('layout', options.layout);
  if (options.theme !== 'auto') add('theme', options.theme);
  add('lang', options.lang);
  // A summary card has no share bar: a share setting would do nothing there.
  if (options.share && options.layout === 'full') add('share', options.share.length ? options.share.join(',') : 'none');
  if (options.src.trim()) add('resolver', options.resolver);
  return attributes;
}

/** The drop-in; on the blockquote snippet it also carries the page-wide resolver (`data-resolver`). */
const script = (url: string, resolver = '') =>
  `<script src="${escapeHtml(url)}"${resolver.trim() ? ` data-resolver="${escapeHtml(resolver.trim())}"` : ''} defer></script>`;

/** A URL next to the drop-in script (same folder), e.g. its stylesheet or the embed host module. */
function besideScript(scriptUrl: string, file: string): string {
  const path = scriptUrl.split(/[?#]/)[0]!;
  return `${path.slice(0, path.lastIndexOf('/') + 1)}${file}`;
}

/**
 * article-embed.css, next to the script: the space the card takes before the script has run
 * (docs/drop-in.md, "Before the script runs"). It goes first, so the card has its size at first paint.
 */
export function stylesheetUrl(scriptUrl: string): string {
  return besideScript(scriptUrl, 'article-embed.css');
}
const stylesheet = (scriptUrl: string) => `<link rel="stylesheet" href="${escapeHtml(stylesheetUrl(scriptUrl))}">`;

/**
 * The iframe's height before the embed page has told its own: about what a card of that layout
 * takes at 600 px (a summary card; a full article's opening screen, which then grows).
 */
export const FRAME_HEIGHT = { summary: 560, full: 900 } as const;

/** The host module that sizes embed frames (src/hosted/embed-host.ts), beside the drop-in in dist/. */
export function embedHostUrl(scriptUrl: string): string {
  return besideScript(scriptUrl, 'hosted/embed-host.js');
}

/** The fallback link: the article's own page and headline, typed or read from `src`. */
export function fallbackLink(options: SnippetOptions): { href: string; text: string } | undefined {
  const href = options.fields.url?.trim() || options.article?.url?.trim() || '';
  const text = options.fields.headline?.trim() || options.article?.headline?.trim() || href;
  return href ? { href, text } : undefined;
}

function blockquote(options: SnippetOptions, attributes: Array<[string, string]>): string {
  const data = attributes
    .filter(([name]) => name !== 'lang' && name !== 'resolver')
    .map(([name, value]) => `\n  data-${name}="${escapeHtml(value)}"`)
    .join('');
  const lang = options.lang.trim() ? ` lang="${escapeHtml(options.lang.trim())}"` : '';
  const link = fallbackLink(options);
  // Without the script, readers get this link. Until the article's address is known there is
  // no honest link to give (the data URL is JSON to a reader): the headline alone, if any.
  const inner = link
    ? `<a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a>`
    : `<p>${escapeHtml(options.fields.headline?.trim() || options.article?.headline?.trim() || 'Article')}</p>`;
  return `${stylesheet(options.scriptUrl)}\n<blockquote class="article-embed"${lang}${data}>\n  ${inner}\n</blockquote>\n${script(options.scriptUrl, options.resolver)}\n`;
}

/** A string literal for script text: entities mean nothing there, and `</script` must not appear. */
const scriptString = (value: string) => JSON.stringify(value).replace(/</g, '\\u003c');

function iframe(options: SnippetOptions, attributes: Array<[string, string]>): string {
  const url = new URL(options.embedUrl);
  for (const [name, value] of attributes) if (['src', 'layout', 'theme', 'lang', 'share'].includes(name)) url.searchParams.set(name, value);
  const title = options.fields.headline?.trim() || options.article?.headline?.trim() || 'Embedded article';
  const frame =
    `<iframe class="article-embed-frame" src="${escapeHtml(url.href)}" title="${escapeHtml(title)}"\n` +
    `  width="600" height="${FRAME_HEIGHT[options.layout]}" loading="lazy" style="width:100%;max-width:600px;border:0"\n` +
    `  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>\n`;
  // The frame cannot grow by itself: the embed page reports its height (the WordPress
  // post-embed protocol) and this script sizes the frame. Where scripts are stripped it is
  // simply removed, and the frame keeps the height above.
  const resize =
    `<!-- Sizes the frame to the article. Platforms that strip scripts drop this; the frame then keeps its height. -->\n` +
    `<script type="module">import { connectEmbeds } from ${scriptString(embedHostUrl(options.scriptUrl))}; connectEmbeds();</script>\n`;
  return frame + resize;
}

export function snippet(options: SnippetOptions): string {
  const attributes = cardAttributes(options);
  if (options.kind === 'blockquote') return blockquote(options, attributes);
  if (options.kind === 'iframe') return iframe(options, attributes);
  const attrs = attributes.map(([name, value]) => `\n  ${name}="${escapeHtml(value)}"`).join('');
  return `${stylesheet(options.scriptUrl)}\n<article-card${attrs}>\n</article-card>\n${script(options.scriptUrl)}\n`;
}
