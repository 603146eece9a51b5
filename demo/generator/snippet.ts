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
  layout: 'full' | 'summary';
  theme: 'auto' | 'light' | 'dark';
  /** BCP 47, or '' for "from the data, then the page". */
  lang: string;
  /** Share targets in order; [] means none; undefined means the share bar's default. */
  share: string[] | undefined;
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
  if (options.share) add('share', options.share.length ? options.share.join(',') : 'none');
  return attributes;
}

const script = (url: string) => `<script src="${escapeHtml(url)}" defer></script>`;

/**
 * article-embed.css, next to the script: the space the card takes before the script has run
 * (README, "Before the script runs"). It goes first, so the card has its size at first paint.
 */
export function stylesheetUrl(scriptUrl: string): string {
  const path = scriptUrl.split(/[?#]/)[0]!;
  return `${path.slice(0, path.lastIndexOf('/') + 1)}article-embed.css`;
}
const stylesheet = (scriptUrl: string) => `<link rel="stylesheet" href="${escapeHtml(stylesheetUrl(scriptUrl))}">`;

export function snippet(options: SnippetOptions): string {
  const attributes = cardAttributes(options);
  if (options.kind === 'element') {
    const attrs = attributes.map(([name, value]) => `\n  ${name}="${escapeHtml(value)}"`).join('');
    return `${stylesheet(options.scriptUrl)}\n<article-card${attrs}>\n</article-card>\n${script(options.scriptUrl)}\n`;
  }
  if (options.kind === 'blockquote') {
    // Without the script, readers get this link: make it the article's own address and headline.
    const href = options.fields.url?.trim() || options.src.trim();
    const text = options.fields.headline?.trim() || href;
    const data = attributes
      .filter(([name]) => name !== 'lang')
      .map(([name, value]) => `\n  data-${name}="${escapeHtml(value)}"`)
      .join('');
    const lang = options.lang.trim() ? ` lang="${escapeHtml(options.lang.trim())}"` : '';
    return `${stylesheet(options.scriptUrl)}\n<blockquote class="article-embed"${lang}${data}>\n  <a href="${escapeHtml(href)}">${escapeHtml(text)}</a>\n</blockquote>\n${script(options.scriptUrl)}\n`;
  }
  // The iframe needs no script on the page: it is for platforms that strip <script>.
  const url = new URL(options.embedUrl);
  for (const [name, value] of attributes) if (['src', 'layout', 'theme', 'lang', 'share'].includes(name)) url.searchParams.set(name, value);
  const title = options.fields.headline?.trim() || 'Embedded article';
  return `<iframe class="article-embed-frame" src="${escapeHtml(url.href)}" title="${escapeHtml(title)}"\n  width="600" height="480" loading="lazy" style="max-width:100%;border:0"\n  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>\n`;
}
