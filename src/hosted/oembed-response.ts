/**
 * The oEmbed response a publisher serves for an article, so that platforms which strip
 * scripts but speak oEmbed (WordPress among them) show the article: an iframe of the hosted
 * embed page, with a plain link before it for where iframes are refused too. The markup is the
 * shape WordPress itself uses for post embeds, so WordPress keeps it and sizes the iframe with
 * its own script. Pure data in, JSON out: runs in Node on the publisher's server as well.
 *
 * The frame carries `max-width: 100%` inline: its `width` attribute (600 by default) would
 * otherwise overflow a phone's column, and an inline style is the one place that survives the
 * platforms that keep only the markup. The host script (embed-host.ts) and WordPress's own remove
 * only the hiding properties, so the cap stays once the frame is shown. While hidden, the frame
 * is positioned at its containing block's left edge (`left: 0`): at its static position, a
 * frame as wide as that block would stick out by the column's padding and let a phone's page
 * scroll sideways until the frame answers (or for good, where it never does).
 */
import { escapeHtml } from '../text/escape-html.js';
import { isSecret, newSecret } from './protocol.js';

export interface OEmbedOptions {
  /** The article's canonical URL (what the reader pastes). */
  url: string;
  /** Headline, shown in the fallback link and as the iframe's title. */
  title: string;
  /** URL of the article data the card loads (JSON, WordPress REST, JSON Feed…). */
  dataUrl: string;
  /** URL of the hosted embed page (demo/embed.html, served by the publisher). */
  embedPageUrl: string;
  providerName?: string;
  providerUrl?: string;
  authorName?: string;
  authorUrl?: string;
  thumbnailUrl?: string;
  thumbnailWidth?: number;
  thumbnailHeight?: number;
  /** Card options passed on to the embed page. */
  layout?: 'full' | 'summary';
  theme?: 'auto' | 'light' | 'dark';
  lang?: string;
  /** Frame size; the embed then reports its real height. */
  width?: number;
  height?: number;
  /** The per-embed secret; a fresh one by default. */
  secret?: string;
}

export interface OEmbedResponse {
  version: '1.0';
  type: 'rich';
  title: string;
  html: string;
  width: number;
  height: number;
  provider_name?: string;
  provider_url?: string;
  author_name?: string;
  author_url?: string;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
  cache_age?: number;
}

/** Only http(s) URLs go into the markup. */
function httpUrl(value: string, what: string): URL {
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError(`${what} must be an http(s) URL`);
  return url;
}

export function oembedResponse(options: OEmbedOptions): OEmbedResponse {
  const articleUrl = httpUrl(options.url, 'url');
  const frame = httpUrl(options.embedPageUrl, 'embedPageUrl');
  frame.searchParams.set('src', httpUrl(options.dataUrl, 'dataUrl').href);
  if (options.layout) frame.searchParams.set('layout', options.layout);
  if (options.theme) frame.searchParams.set('theme', options.theme);
  if (options.lang) frame.searchParams.set('lang', options.lang);
  const secret = isSecret(options.secret) ? options.secret : newSecret();
  frame.hash = `?secret=${secret}`;
  const width = options.width ?? 600;
  const height = options.height ?? 400;
  const title = options.title.trim() || articleUrl.href;
  const html =
    `<blockquote class="wp-embedded-content" data-secret="${secret}"><a href="${escapeHtml(articleUrl.href)}">${escapeHtml(title)}</a></blockquote>` +
    `<iframe class="wp-embedded-content article-embed-frame" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" security="restricted"` +
    ` style="position: absolute; left: 0; visibility: hidden; max-width: 100%;" title="${escapeHtml(title)}" src="${escapeHtml(frame.href)}" data-secret="${secret}"` +
    ` width="${width}" height="${height}" frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe>`;
  const response: OEmbedResponse = { version: '1.0', type: 'rich', title, html, width, height };
  if (options.providerName) response.provider_name = options.providerName;
  if (options.providerUrl) response.provider_url = httpUrl(options.providerUrl, 'providerUrl').href;
  if (options.authorName) response.author_name = options.authorName;
  if (options.authorUrl) response.author_url = httpUrl(options.authorUrl, 'authorUrl').href;
  if (options.thumbnailUrl) {
    response.thumbnail_url = httpUrl(options.thumbnailUrl, 'thumbnailUrl').href;
    if (options.thumbnailWidth) response.thumbnail_width = options.thumbnailWidth;
    if (options.thumbnailHeight) response.thumbnail_height = options.thumbnailHeight;
  }
  return response;
}

/** The `<link>` that lets consumers discover the oEmbed endpoint from the article page's `<head>`. */
export function oembedDiscoveryLink(endpoint: string, articleUrl: string, title: string): string {
  const href = httpUrl(endpoint, 'endpoint');
  href.searchParams.set('url', httpUrl(articleUrl, 'articleUrl').href);
  href.searchParams.set('format', 'json');
  return `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(href.href)}" title="${escapeHtml(title)}">`;
}
