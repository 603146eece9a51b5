/**
 * An ordinary article page (`text/html`). The page is parsed into an inert document with
 * `DOMParser` — scripts in it never run, its images never load, and it is never inserted
 * anywhere — and read in layers, the first that has a field winning:
 *   1. schema.org JSON-LD (`<script type="application/ld+json">`: an object, an array, or an
 *      `@graph` whose nodes refer to each other by `@id`), via `schema-org.ts`;
 *   2. Open Graph and `article:*` meta tags, `<meta name="author">`, `<meta name="description">`
 *      (their text decoded once more, `read.ts` `text`: CMSs often encode titles twice);
 *   3. the document itself: `<link rel="canonical">`, `<html lang>`, the article's `<h1>`,
 *      `<title>`, and the `<article>` element's HTML as the body (sanitized by `normalize()`).
 */
import { INERT_PAGE_POLICY, inertPageHtml } from '../safety/trusted-types.js';
import { mergeInputs, ARTICLE_FIELDS, type ArticleAuthor, type ArticleInput } from '../model/article.js';
import { ArticleError } from '../model/errors.js';
import type { Source } from './types.js';
import { findArticle, schemaToArticle } from './schema-org.js';
import { text } from './read.js';

/** How many JSON-LD scripts, and how much of each, we read from one page. */
const MAX_LD_SCRIPTS = 20;
const MAX_LD_CHARS = 512 * 1024;
/** Parts of an `<article>` that are page furniture rather than the story. */
const FURNITURE = 'header, h1, footer, nav, aside, script, style, noscript, template, form, [role="navigation"], [aria-hidden="true"]';

/** The Trusted Types policy name a strict site must allow for HTML-page sources. */
export { INERT_PAGE_POLICY };

export function parsePage(text: string): Document {
  return new DOMParser().parseFromString(inertPageHtml(text), 'text/html');
}

/** Every `content` of the meta tags named `key` (by `property` or `name`: pages mix them). */
function metas(doc: Document, key: string): string[] {
  const values: string[] = [];
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    const name = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').trim().toLowerCase();
    const content = text(meta.getAttribute('content'));
    if (name === key && content) values.push(content);
  }
  return values;
}

function meta(doc: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = metas(doc, key)[0];
    if (value) return value;
  }
  return undefined;
}

function jsonLdValues(doc: Document): unknown[] {
  const values: unknown[] = [];
  const scripts = Array.from(doc.querySelectorAll('script')).filter((s) => s.type.trim().toLowerCase() === 'application/ld+json');
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
function storyElement(doc: Document): Element | undefined {
  const marked = doc.querySelector('[itemprop="articleBody"]') ?? doc.querySelector('main article');
  if (marked) return marked;
  const articles = Array.from(doc.getElementsByTagName('article'));
  return articles.sort((a, b) => (b.textContent ?? '').length - (a.textContent ?? '').length)[0];
}

function storyHtml(story: Element | undefined): string | undefined {
  if (!story) return undefined;
  const copy = story.cloneNode(true) as Element;
  copy.querySelectorAll(FURNITURE).forEach((el) => el.remove());
  return copy.innerHTML.trim() || undefined;
}

function pageTitle(doc: Document, siteName: string | undefined): string | undefined {
  const title = text(doc.title) ?? '';
  if (!title || !siteName) return title || undefined;
  // "Headline | Site", "Headline – Site", "Headline - Site": keep the headline.
  for (const sep of [' | ', ' – ', ' — ', ' - ', ' · ', ' :: ']) {
    if (title.endsWith(`${sep}${siteName}`)) return title.slice(0, -(sep.length + siteName.length)).trim() || title;
  }
  return title;
}

function authorsOf(doc: Document): Array<Partial<ArticleAuthor>> {
  const names = metas(doc, 'author');
  // `article:author` is a profile URL (Open Graph) or, on many sites, a name.
  const profiles = metas(doc, 'article:author');
  const urls = profiles.filter((p) => /^https?:\/\//i.test(p));
  if (!names.length) names.push(...profiles.filter((p) => !/^https?:\/\//i.test(p)));
  return names.map((name, i) => ({
    name,
    url: names.length === urls.length ? urls[i] : i === 0 && urls.length === 1 ? urls[0] : undefined,
  }));
}

/** Only the fields that say something, so an empty list in one layer does not hide another. */
function compact(input: ArticleInput): ArticleInput {
  const out: Record<string, unknown> = {};
  for (const field of ARTICLE_FIELDS) {
    const value = input[field];
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length)) continue;
    // A JSON-LD publisher without a name, or an image without a URL, must not hide a good one.
    if (field === 'publisher' && typeof value === 'object' && !(value as { name?: unknown }).name) continue;
    if (field === 'image' && typeof value === 'object' && !(value as { url?: unknown }).url) continue;
    out[field] = value;
  }
  return out as ArticleInput;
}

/** Maps an HTML page to raw Article input. */
export function pageToArticle(doc: Document, base?: string): ArticleInput {
  const found = findArticle(jsonLdValues(doc));
  const fromLd = found ? schemaToArticle(found.node, found.resolve) : {};
  const siteName = meta(doc, 'og:site_name', 'application-name');
  const story = storyElement(doc);
  const imageUrl = meta(doc, 'og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src');
  const keywords = metas(doc, 'article:tag');
  const fromPage: ArticleInput = {
    headline: meta(doc, 'og:title', 'twitter:title') ?? story?.querySelector('h1')?.textContent?.trim() ?? pageTitle(doc, siteName),
    // After JSON-LD's own `url` and `mainEntityOfPage`: the canonical link, `og:url`, the page's own address.
    url: doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href')?.trim() || meta(doc, 'og:url') || base,
    excerpt: meta(doc, 'og:description', 'description', 'twitter:description'),
    body: storyHtml(story),
    image: imageUrl
      ? ({
          url: imageUrl,
          alt: meta(doc, 'og:image:alt', 'twitter:image:alt') ?? '',
          width: Number(meta(doc, 'og:image:width')) || undefined,
          height: Number(meta(doc, 'og:image:height')) || undefined,
        } as ArticleInput['image'])
      : undefined,
    authors: authorsOf(doc),
    published: meta(doc, 'article:published_time', 'date', 'dc.date'),
    modified: meta(doc, 'article:modified_time', 'og:updated_time'),
    publisher: siteName ? { name: siteName } : undefined,
    section: meta(doc, 'article:section'),
    tags: keywords.length
      ? keywords
      : (meta(doc, 'keywords') ?? '')
          .split(',')
          .map((k) => k.trim())
          .filter(Boolean),
    lang: doc.documentElement.getAttribute('lang')?.trim() || meta(doc, 'og:locale'),
    dir: doc.documentElement.getAttribute('dir')?.trim().toLowerCase() || undefined,
  };
  return mergeInputs(compact(fromPage), compact(fromLd));
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
