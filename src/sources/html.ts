/**
 * An ordinary article page (`text/html`). The page is parsed into an inert document with
 * `DOMParser` — scripts in it never run, its images never load, and it is never inserted
 * anywhere — and read in layers, merged field by field: each field comes from the first layer
 * whose value is usable (`layers.ts`: a broken date or an empty title does not hide a good one).
 *   1. schema.org JSON-LD (`<script type="application/ld+json">`: an object, an array, or an
 *      `@graph` whose nodes refer to each other by `@id`), via `schema-org.ts`;
 *   2. schema.org microdata (`itemprop`), via `microdata.ts`;
 *   3. `<link rel="canonical">` (the URL only);
 *   4. Open Graph and `article:*` meta tags (also the common `og:article:*` misspelling);
 *   5. Twitter cards;
 *   6. other meta tags: `author`, `description`, `date`, Dublin Core, Parse.ly, Sailthru, `keywords`;
 *   7. the document itself: the article's `<h1>` and `<time pubdate>`/`<time datetime>`, `<title>`, `<html lang dir>`,
 *      and the `<article>` element's HTML as the body (sanitized by `normalize()`).
 * So the canonical URL is the article's own `url`, then `mainEntityOfPage`'s page, then
 * `<link rel=canonical>`, then `og:url`, then the address the document came from.
 * Bylines are cleaned ("By ", "Por ", "Von ", " | Site"; `byline.ts`), and an author whose name is
 * a URL takes a name another layer gives (`<meta name=author>`, microdata, a `rel=author` link).
 * Images: the article's own (JSON-LD, microdata, `og:image`, `twitter:image`), with its size;
 * never the publisher's logo, the site's icon, or a file named as a logo or default share image.
 * Meta `content` and `<title>` are text: the parser has decoded them once; they are decoded once
 * more (`read.ts` `text`), since CMSs often encode titles twice ("Don&amp;#8217;t").
 */
import { INERT_PAGE_POLICY, inertPageHtml } from '../safety/trusted-types.js';
import { normalizeDate, type ArticleAuthor, type ArticleInput } from '../model/article.js';
import { ArticleError } from '../model/errors.js';
import type { Source } from './types.js';
import { findArticle, schemaToArticle } from './schema-org.js';
import { microdataToArticle } from './microdata.js';
import { firstUsable } from './layers.js';
import { authorsFromNames, isUrlName, withNames } from './byline.js';
import { text } from './read.js';

/** How many JSON-LD scripts, and how much of each, we read from one page. */
const MAX_LD_SCRIPTS = 20;
const MAX_LD_CHARS = 512 * 1024;
/** How many meta tags we read from one page (real pages have tens; a hostile one, any number). */
const MAX_METAS = 1000;
/** Parts of an `<article>` that are page furniture rather than the story. */
const FURNITURE = 'header, h1, footer, nav, aside, script, style, noscript, template, form, [role="navigation"], [aria-hidden="true"]';

/** The Trusted Types policy name a strict site must allow for HTML-page sources. */
export { INERT_PAGE_POLICY };

export function parsePage(text: string): Document {
  return new DOMParser().parseFromString(inertPageHtml(text), 'text/html');
}

type Metas = Map<string, string[]>;

/** Every meta tag's text, read once, keyed by its lower-cased `property` and `name` (pages mix them). */
function readMetas(root: Element): Metas {
  const metas: Metas = new Map();
  for (const meta of Array.from(root.getElementsByTagName('meta')).slice(0, MAX_METAS)) {
    const content = text(meta.getAttribute('content'));
    if (!content) continue;
    for (const attr of ['property', 'name']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const list = metas.get(key) ?? [];
      list.push(content);
      metas.set(key, list);
    }
  }
  return metas;
}

function jsonLdValues(root: Element): unknown[] {
  const values: unknown[] = [];
  const scripts = Array.from(root.getElementsByTagName('script')).filter(
    (s) => s.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json',
  );
  for (const script of scripts.slice(0, MAX_LD_SCRIPTS)) {
    const source = script.textContent ?? '';
    if (source.length > MAX_LD_CHARS) continue;
    try {
      values.push(JSON.parse(source) as unknown);
    } catch {
      // One broken block (common: a trailing comma) should not hide the rest of the page.
    }
  }
  return values;
}

/** The story's element: `articleBody` microdata, an `<article>` in `<main>`, else the longest `<article>`. */
function storyElement(root: Element): Element | undefined {
  // Never a form: its controls' names shadow the element's own methods (`<input name="querySelectorAll">`).
  const marked = root.querySelector('[itemprop="articleBody"]:not(form)') ?? root.querySelector('main article');
  if (marked) return marked;
  const articles = Array.from(root.getElementsByTagName('article'));
  if (articles.length < 2) return articles[0];
  return articles.map((a) => ({ a, n: a.textContent?.length ?? 0 })).sort((x, y) => y.n - x.n)[0]?.a;
}

/**
 * The story's HTML without its furniture. The furniture is removed from the parsed page itself
 * (ours alone, and read last): copying the story first cost ~77 ms on a big page on the server.
 */
function storyHtml(story: Element | undefined): string | undefined {
  if (!story) return undefined;
  story.querySelectorAll(FURNITURE).forEach((el) => el.remove());
  return story.innerHTML.trim() || undefined;
}

function pageTitle(root: Element, siteName: string | undefined): string | undefined {
  const title = text(root.querySelector('title')?.textContent) ?? '';
  if (!title || !siteName) return title || undefined;
  // "Headline | Site", "Headline – Site", "Headline - Site": keep the headline.
  for (const sep of [' | ', ' – ', ' — ', ' - ', ' · ', ' :: ']) {
    if (title.endsWith(`${sep}${siteName}`)) return title.slice(0, -(sep.length + siteName.length)).trim() || title;
  }
  return title;
}

/** Authors of meta tags: names, with an `article:author` profile URL when it pairs with them. */
function metaAuthors(names: string[], profiles: string[]): Array<Partial<ArticleAuthor>> {
  // `article:author` is a profile URL (Open Graph) or, on many sites, a name.
  const urls = profiles.filter(isUrlName);
  const all = [...names, ...(names.length ? [] : profiles.filter((p) => !isUrlName(p)))];
  return authorsFromNames(all).map((author, i, list) => ({
    ...author,
    url: list.length === urls.length ? urls[i] : i === 0 && urls.length === 1 ? urls[0] : undefined,
  }));
}

function imageFrom(url: string | undefined, alt: string | undefined, width?: string, height?: string): ArticleInput['image'] {
  if (!url) return undefined;
  return { url, alt: alt ?? '', width: Number(width) || undefined, height: Number(height) || undefined };
}

function tagList(...values: Array<string | undefined>): string[] {
  const found = values.find(Boolean);
  return found
    ? found
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean)
    : [];
}

/** The path of a URL without scheme, query or fragment, to compare two spellings of one image. */
function bare(url: string, base: string | undefined): string {
  try {
    const { host, pathname } = new URL(url, base ?? 'https://page.invalid/');
    return `${host}${pathname}`.toLowerCase();
  } catch {
    return url.toLowerCase();
  }
}

/**
 * A site-wide picture in a meta tag rather than the story's: the publisher's logo or the site's
 * icon, or a file named as a logo or a default share image ("site-logo.png", "default-og.jpg").
 */
function isLogo(image: ArticleInput['image'], logos: ReadonlyArray<string | undefined>, base: string | undefined): boolean {
  const url = typeof image === 'string' ? image : image?.url;
  if (!url) return false;
  const path = bare(url, base);
  if (logos.some((logo) => logo && bare(logo, base) === path)) return true;
  const file = path.split('/').pop() ?? '';
  return /^(?:(?:site|brand|header|default|og|share|social)[-_]?)?logo(?:[-_.\d]|$)|^(?:default|fallback|generic)[-_]?(?:og|share|social|image)/.test(
    file,
  );
}

/**
 * The page's root element, read through the prototype's getter: on a parsed page, a named
 * element (`<img name="documentElement">`, `<img name="querySelector">`) shadows the
 * document's own properties, so the page is read through its root element, never the document.
 */
function rootOf(doc: Document): Element | undefined {
  for (let proto: unknown = Object.getPrototypeOf(doc); proto; proto = Object.getPrototypeOf(proto)) {
    const getter = Object.getOwnPropertyDescriptor(proto, 'documentElement')?.get;
    if (getter) return (getter.call(doc) as Element | null) ?? undefined;
  }
  return undefined;
}

/** Maps an HTML page to raw Article input. */
export function pageToArticle(doc: Document, base?: string): ArticleInput {
  const root = rootOf(doc);
  if (!root) return {};
  const metas = readMetas(root);
  const all = (...keys: string[]) => keys.flatMap((k) => metas.get(k) ?? []);
  const meta = (...keys: string[]) => all(...keys)[0];
  // The first date that parses: one broken tag does not hide the next.
  const date = (...keys: string[]) => all(...keys).find((d) => normalizeDate(d) !== undefined);
  const found = findArticle(jsonLdValues(root));
  const fromLd = found ? schemaToArticle(found.node, found.resolve) : {};
  const fromMicrodata = microdataToArticle(root);
  const siteName = meta('og:site_name', 'application-name', 'parsely-site');
  const story = storyElement(root);
  const region = story?.closest('article') ?? story ?? root.querySelector('article') ?? root.querySelector('main');
  const times = Array.from(region?.getElementsByTagName('time') ?? []);
  const time = times.find((t) => t.hasAttribute('pubdate')) ?? times.find((t) => t.hasAttribute('datetime'));

  const og: ArticleInput = {
    headline: meta('og:title'),
    url: meta('og:url'),
    excerpt: meta('og:description'),
    image: imageFrom(
      meta('og:image:secure_url', 'og:image', 'og:image:url'),
      meta('og:image:alt'),
      meta('og:image:width'),
      meta('og:image:height'),
    ),
    authors: metaAuthors([], all('article:author', 'og:article:author')),
    published: date('article:published_time', 'og:article:published_time', 'article:published', 'og:published_time'),
    modified: date('article:modified_time', 'og:article:modified_time', 'article:modified', 'og:updated_time'),
    publisher: siteName ? { name: siteName } : undefined,
    section: meta('article:section', 'og:article:section'),
    tags: all('article:tag', 'og:article:tag'),
  };
  const twitter: ArticleInput = {
    headline: meta('twitter:title'),
    excerpt: meta('twitter:description'),
    image: imageFrom(meta('twitter:image', 'twitter:image:src'), meta('twitter:image:alt')),
  };
  const other: ArticleInput = {
    headline: meta('parsely-title', 'sailthru.title', 'dc.title'),
    url: meta('parsely-link'),
    excerpt: meta('description', 'sailthru.description', 'dc.description'),
    image: imageFrom(meta('parsely-image-url', 'sailthru.image.full', 'thumbnail'), undefined),
    authors: metaAuthors(all('author', 'parsely-author', 'sailthru.author', 'dc.creator'), all('article:author')),
    published: date(
      'date',
      'parsely-pub-date',
      'sailthru.date',
      'dc.date',
      'dc.date.issued',
      'dcterms.created',
      'dcterms.date',
      'pubdate',
      'publishdate',
      'publish-date',
      'article.published',
    ),
    modified: date('last-modified', 'dcterms.modified', 'article.updated'),
    section: meta('parsely-section'),
    tags: tagList(meta('parsely-tags'), meta('sailthru.tags'), meta('news_keywords'), meta('keywords')),
    lang: meta('og:locale', 'dc.language'),
  };
  const page: ArticleInput = {
    headline: (region ?? root).querySelector('h1')?.textContent?.trim() || pageTitle(root, siteName),
    published: time?.getAttribute('datetime') ?? time?.textContent ?? undefined,
    // The byline's links to author pages.
    authors: Array.from(region?.querySelectorAll('a[rel~="author" i]') ?? [])
      .slice(0, 10)
      .flatMap((a) => authorsFromNames([a.textContent]).map((author) => ({ ...author, url: a.getAttribute('href') ?? undefined }))),
    lang: root.getAttribute('lang')?.trim() || undefined,
    dir: root.getAttribute('dir')?.trim().toLowerCase() || undefined,
  };
  // One pass over the <link>s (a selector query walks the whole page on the server's DOM).
  const links = Array.from(root.getElementsByTagName('link')).slice(0, MAX_METAS);
  const rel = (link: Element, name: string) => (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes(name);
  const canonical: ArticleInput = { url: links.find((l) => rel(l, 'canonical'))?.getAttribute('href') ?? undefined };
  // `<html lang>` is the page's own statement; `og:locale` ("en_US") is often a site default.
  const langFirst: ArticleInput = { lang: page.lang };

  // The story's own image, never the site's logo or icon standing in for it.
  const icons = links.filter((l) => rel(l, 'icon') || rel(l, 'apple-touch-icon')).map((l) => l.getAttribute('href') ?? undefined);
  const logos = [typeof fromLd.publisher === 'object' ? fromLd.publisher.logo : undefined, ...icons];
  for (const layer of [og, twitter, other]) if (isLogo(layer.image, logos, base)) delete layer.image;
  const layers = [fromLd, fromMicrodata, canonical, langFirst, og, twitter, other, page, { url: base }];
  const merged = firstUsable(layers, base);
  // An author whose name is a URL takes a name the document gives elsewhere.
  const names = layers.flatMap((l) => (Array.isArray(l.authors) ? l.authors.map((a) => (typeof a === 'string' ? a : a.name)) : []));
  if (Array.isArray(merged.authors)) merged.authors = withNames(merged.authors as Array<Partial<ArticleAuthor>>, names);
  // Read last: taking the body out removes its furniture from the parsed page.
  const body = fromLd.body ?? storyHtml(story);
  if (body) merged.body = body;
  return merged;
}

export const htmlPage: Source = {
  format: 'html',
  detect: (doc) => doc.kind === 'html',
  toArticle: (doc, context) => {
    if (doc.kind !== 'html') return new ArticleError('unsupported', 'The document is not an HTML page.');
    let page: Document;
    try {
      page = (context.parseHtml ?? parsePage)(doc.text);
    } catch (cause) {
      // Only a Trusted Types CSP that does not list our policy name refuses to parse.
      return new ArticleError(
        'unsupported',
        `The page could not be parsed here: allow the "${INERT_PAGE_POLICY}" Trusted Types policy, or use inline data.`,
        { cause },
      );
    }
    return pageToArticle(page, context.base);
  },
};
