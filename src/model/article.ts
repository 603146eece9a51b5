/**
 * The Article: the one shape every input becomes before a component sees it.
 * `normalize()` reads only the fields named here from whatever it is given, copies them
 * into fresh objects, vets every URL and sanitizes the body, so a normalized Article is safe
 * to render field by field.
 */
import { ArticleError } from './errors.js';
import { sanitizeHtml } from '../safety/sanitize.js';
import { vetUrl } from '../safety/url.js';
import { MAX_BODY_DEPTH, nestingDepth } from '../safety/limits.js';
import { isRecord as isObject, own } from './own.js';

export interface ArticleImage {
  url: string;
  alt?: string;
  width?: number;
  height?: number;
}

export interface ArticleAuthor {
  name: string;
  url?: string;
  image?: string;
}

export interface ArticlePublisher {
  name: string;
  url?: string;
  logo?: string;
}

export interface ArticleComments {
  url?: string;
  count?: number;
}

export interface ArticleMenuItem {
  label: string;
  url: string;
}

export type TextDirection = 'ltr' | 'rtl' | 'auto';

/** A normalized, safe article. */
export interface Article {
  headline: string;
  url?: string;
  excerpt?: string;
  /** Sanitized body HTML (for consumers; components render the sanitized DOM, see `articleBody`). */
  body?: string;
  image?: ArticleImage;
  authors: ArticleAuthor[];
  published?: string;
  modified?: string;
  publisher?: ArticlePublisher;
  section?: string;
  tags: string[];
  lang?: string;
  dir?: TextDirection;
  comments?: ArticleComments;
  menu: ArticleMenuItem[];
}

/** What `normalize()` accepts: the native JSON schema, with its lenient shorthands. */
export interface ArticleInput {
  headline?: string;
  url?: string;
  excerpt?: string;
  body?: string;
  image?: string | Partial<ArticleImage>;
  authors?: string | Partial<ArticleAuthor> | Array<string | Partial<ArticleAuthor>>;
  published?: string;
  modified?: string;
  publisher?: string | Partial<ArticlePublisher>;
  section?: string;
  tags?: string[];
  lang?: string;
  dir?: string;
  comments?: Partial<ArticleComments>;
  menu?: Array<Partial<ArticleMenuItem>>;
}

/** The fields of an Article, in the order layers are merged. */
export const ARTICLE_FIELDS = [
  'headline',
  'url',
  'excerpt',
  'body',
  'image',
  'authors',
  'published',
  'modified',
  'publisher',
  'section',
  'tags',
  'lang',
  'dir',
  'comments',
  'menu',
] as const satisfies ReadonlyArray<keyof ArticleInput>;

/** Longest plain-text field we keep; longer text is cut (nothing real needs more). */
export const MAX_TEXT_LENGTH = 2000;
/** Longest body HTML accepted, in characters. */
export const MAX_BODY_LENGTH = 1_000_000;
const MAX_LIST = 50;

const bodies = new WeakMap<Article, HTMLElement>();

/**
 * The article's sanitized body in a `<div>` of this document, ready to insert, or `undefined`
 * when it has none. The first call gets the very tree the sanitizer checked (moved, not
 * copied: a page of cards keeps one body each, not two); later calls get a copy of it.
 */
export function articleBody(article: Article): HTMLElement | undefined {
  const body = bodies.get(article);
  if (!body) return undefined;
  return body.ownerDocument === document ? (body.cloneNode(true) as HTMLElement) : document.adoptNode(body);
}

export function text(value: unknown, max = MAX_TEXT_LENGTH): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  if (typeof value !== 'string') return undefined;
  const clean = value.replace(/\s+/g, ' ').trim();
  if (!clean) return undefined;
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

function count(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.floor(n) : undefined;
}

export function normalizeDate(value: unknown): string | undefined {
  const s = text(value, 64);
  if (!s) return undefined;
  const time = Date.parse(s);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function language(value: unknown): string | undefined {
  const s = text(value, 35);
  if (!s) return undefined;
  try {
    return Intl.getCanonicalLocales(s.replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

function direction(value: unknown): TextDirection | undefined {
  return value === 'ltr' || value === 'rtl' || value === 'auto' ? value : undefined;
}

function image(value: unknown, base?: string): ArticleImage | undefined {
  if (typeof value === 'string') value = { url: value };
  if (!isObject(value)) return undefined;
  const url = vetUrl(own(value, 'url'), 'resource', base);
  if (!url) return undefined;
  const result: ArticleImage = { url };
  const alt = own(value, 'alt');
  if (typeof alt === 'string') result.alt = text(alt) ?? '';
  const width = count(own(value, 'width'));
  const height = count(own(value, 'height'));
  if (width && height) Object.assign(result, { width, height });
  return result;
}

function author(value: unknown, base?: string): ArticleAuthor | undefined {
  if (typeof value === 'string') value = { name: value };
  if (!isObject(value)) return undefined;
  const name = text(own(value, 'name'), 200);
  if (!name) return undefined;
  const result: ArticleAuthor = { name };
  const url = vetUrl(own(value, 'url'), 'link', base);
  const avatar = vetUrl(own(value, 'image'), 'resource', base);
  if (url) result.url = url;
  if (avatar) result.image = avatar;
  return result;
}

function publisher(value: unknown, base?: string): ArticlePublisher | undefined {
  if (typeof value === 'string') value = { name: value };
  if (!isObject(value)) return undefined;
  const name = text(own(value, 'name'), 200);
  if (!name) return undefined;
  const result: ArticlePublisher = { name };
  const url = vetUrl(own(value, 'url'), 'link', base);
  const logo = vetUrl(own(value, 'logo'), 'resource', base);
  if (url) result.url = url;
  if (logo) result.logo = logo;
  return result;
}

function list<T>(value: unknown, map: (item: unknown) => T | undefined): T[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const result: T[] = [];
  for (const item of items.slice(0, MAX_LIST)) {
    const mapped = map(item);
    if (mapped !== undefined) result.push(mapped);
  }
  return result;
}

/** Menu sections from `[{ label, url }]`, vetted; anything else is dropped. */
export function menuItems(value: unknown, base?: string): ArticleMenuItem[] {
  return list(value, (m) => {
    if (!isObject(m)) return undefined;
    const label = text(own(m, 'label'), 100);
    const url = vetUrl(own(m, 'url'), 'link', base);
    return label && url ? { label, url } : undefined;
  });
}

/** Authors from a name, an author object or a list of either, vetted. */
export function normalizeAuthors(value: unknown, base?: string): ArticleAuthor[] {
  return list(value, (a) => author(a, base));
}

/**
 * Turns raw input (the native schema, possibly lenient) into an Article whose text fields are
 * text and whose URLs are vetted, without touching a DOM: the resolver runs it on a server.
 * `body` is the raw HTML, only trimmed and size-checked: it is data for the browser, whose
 * `normalize()` sanitizes it before anything renders it.
 * `base` resolves relative URLs: the URL the data came from, or the page.
 * Returns an `ArticleError` (never throws) when there is no usable article.
 */
export function normalizeData(raw: unknown, base?: string): Article | ArticleError {
  if (!isObject(raw)) return new ArticleError('no-article', 'The data is not an article object.');
  const headline = text(own(raw, 'headline'), 500);
  if (!headline) return new ArticleError('no-article', 'The article has no headline.');

  const article: Article = {
    headline,
    authors: normalizeAuthors(own(raw, 'authors'), base),
    tags: list(own(raw, 'tags'), (t) => text(t, 100)),
    menu: menuItems(own(raw, 'menu'), base),
  };
  const optional: Partial<Article> = {
    url: vetUrl(own(raw, 'url'), 'link', base),
    excerpt: text(own(raw, 'excerpt')),
    image: image(own(raw, 'image'), base),
    published: normalizeDate(own(raw, 'published')),
    modified: normalizeDate(own(raw, 'modified')),
    publisher: publisher(own(raw, 'publisher'), base),
    section: text(own(raw, 'section'), 100),
    lang: language(own(raw, 'lang')),
    dir: direction(own(raw, 'dir')),
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (article as unknown as Record<string, unknown>)[key] = value;
  }

  const comments = own(raw, 'comments');
  if (isObject(comments)) {
    const commentsUrl = vetUrl(own(comments, 'url'), 'link', base);
    const commentsCount = count(own(comments, 'count'));
    if (commentsUrl || commentsCount !== undefined) {
      article.comments = {};
      if (commentsUrl) article.comments.url = commentsUrl;
      if (commentsCount !== undefined) article.comments.count = commentsCount;
    }
  }

  const body = own(raw, 'body');
  if (typeof body === 'string' && body.trim()) {
    if (body.length > MAX_BODY_LENGTH) {
      return new ArticleError('too-large', `The article body is longer than ${MAX_BODY_LENGTH} characters.`);
    }
    article.body = body.trim();
  }
  return article;
}

/**
 * The article with its body sanitized: the body's tree is kept for `articleBody()` and its
 * string re-read from that tree. Relative URLs in the body resolve against the article's own
 * URL, then `base`. Returns an `ArticleError` when the body is absurd (too deep).
 */
export function sanitizeArticle(article: Article, base?: string): Article | ArticleError {
  if (article.body === undefined) return article;
  const fragment = sanitizeHtml(article.body, article.url ?? base);
  const safe: Article = { ...article };
  delete safe.body;
  if (nestingDepth(fragment, MAX_BODY_DEPTH) > MAX_BODY_DEPTH) {
    return new ArticleError('too-large', `The article body nests elements more than ${MAX_BODY_DEPTH} deep.`);
  }
  // The sanitized tree goes into a holder in the sanitizer's inert document; the string for
  // consumers is read off it (serialized once, never parsed again).
  const holder = fragment.ownerDocument.createElement('div');
  holder.append(fragment);
  if (!holder.firstChild) return safe;
  bodies.set(safe, holder);
  safe.body = holder.innerHTML;
  return safe;
}

/**
 * Turns raw input into a safe Article, ready to render: `normalizeData()`, then
 * `sanitizeArticle()`. Returns an `ArticleError` (never throws) when there is no usable article.
 */
export function normalize(raw: unknown, base?: string): Article | ArticleError {
  const article = normalizeData(raw, base);
  return article instanceof ArticleError ? article : sanitizeArticle(article, base);
}

/**
 * Merges input layers field by field, later layers winning. Only the known Article fields
 * are read, into a fresh object: parsed documents are never merged into anything.
 */
export function mergeInputs(...layers: Array<ArticleInput | undefined>): ArticleInput {
  const merged: Record<string, unknown> = {};
  for (const layer of layers) {
    if (!isObject(layer)) continue;
    for (const field of ARTICLE_FIELDS) {
      const value = own(layer, field);
      if (value !== undefined && value !== null && value !== '') merged[field] = value;
    }
  }
  return merged as ArticleInput;
}
