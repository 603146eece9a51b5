/**
 * schema.org Article / NewsArticle / BlogPosting, as JSON-LD: a single object, an array, or an
 * `@graph` whose nodes refer to each other by `@id`. Used for inline `application/ld+json` and
 * for HTML pages. The canonical URL is the article's own `url`, else `mainEntityOfPage` resolved
 * to its WebPage node's `url`: a bare node id (`…#webpage`, `…#article`) is no page address.
 * Text: `headline`, `name`, `description`, `articleSection`, `keywords`, names and captions are
 * plain text by spec, yet CMSs fill them from HTML titles: each is decoded once and stripped of
 * markup (`read.ts` `text`), so "&amp;#039;" (double-encoded) shows "&#039;", as a browser would.
 */
import type { ArticleInput, ArticleAuthor } from '../model/article.js';
import { own, isRecord, arr, str, text, type Json } from './read.js';

const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'BlogPosting',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'BackgroundNewsArticle',
  'TechArticle',
  'ScholarlyArticle',
  'Report',
  'LiveBlogPosting',
  'SocialMediaPosting',
  'WebPage',
]);
const MAX_NODES = 500;

function types(node: unknown): string[] {
  return arr(own(node, '@type'))
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^(https?:\/\/)?schema\.org\//, ''));
}

/** Every node of one or more JSON-LD documents, `@graph`s flattened. */
function nodesOf(values: unknown[]): Json[] {
  const nodes: Json[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (nodes.length >= MAX_NODES || depth > 4) return;
    if (Array.isArray(value)) value.forEach((v) => visit(v, depth + 1));
    else if (isRecord(value)) {
      nodes.push(value);
      const graph = own(value, '@graph');
      if (graph !== undefined) visit(graph, depth + 1);
    }
  };
  values.forEach((v) => visit(v, 0));
  return nodes;
}

/** The article node of JSON-LD documents, with a resolver for `@id` references; or undefined. */
export function findArticle(values: unknown[]): { node: Json; resolve: (ref: unknown) => unknown } | undefined {
  const nodes = nodesOf(values);
  const byId = new Map<string, Json>();
  for (const node of nodes) {
    const id = str(own(node, '@id'));
    if (id && !byId.has(id)) byId.set(id, node);
  }
  const resolve = (ref: unknown): unknown => {
    if (!isRecord(ref)) return ref;
    const id = str(own(ref, '@id'));
    // A reference is an object with only "@id"; a full node is used as it is.
    return id && Object.keys(ref).length === 1 ? (byId.get(id) ?? ref) : ref;
  };
  const rank = (node: Json): number => {
    const t = types(node);
    if (t.includes('WebPage') && !t.some((x) => x !== 'WebPage' && ARTICLE_TYPES.has(x))) return own(node, 'headline') ? 1 : 0;
    return t.some((x) => ARTICLE_TYPES.has(x)) ? 2 : 0;
  };
  let best: Json | undefined;
  for (const node of nodes) if (rank(node) > (best ? rank(best) : 0)) best = node;
  return best ? { node: best, resolve } : undefined;
}

function imageOf(value: unknown, resolve: (ref: unknown) => unknown): ArticleInput['image'] {
  const first = resolve(arr(value)[0]);
  if (typeof first === 'string') return first;
  if (!isRecord(first)) return undefined;
  const url = str(own(first, 'url')) ?? str(own(first, 'contentUrl'));
  if (!url) return undefined;
  return {
    url,
    alt: text(own(first, 'caption')) ?? text(own(first, 'name')) ?? '',
    width: Number(own(first, 'width')) || undefined,
    height: Number(own(first, 'height')) || undefined,
  } as ArticleInput['image'];
}

function personOf(value: unknown, resolve: (ref: unknown) => unknown): Partial<ArticleAuthor> | undefined {
  const node = resolve(value);
  if (typeof node === 'string') return { name: text(node) };
  const name = text(own(node, 'name'));
  if (!name) return undefined;
  const image = resolve(own(node, 'image'));
  return {
    name,
    url: str(own(node, 'url')) ?? str(arr(own(node, 'sameAs'))[0]),
    image: typeof image === 'string' ? image : str(own(image, 'url')),
  };
}

/** The page address of `mainEntityOfPage`: its WebPage node's `url`, or an `@id` that is a page, not a node id. */
function pageUrl(value: unknown, resolve: (ref: unknown) => unknown): string | undefined {
  const node = resolve(value);
  if (typeof node === 'string') return isNodeId(node) ? undefined : node;
  const url = str(own(node, 'url'));
  if (url) return url;
  const id = str(own(node, '@id'));
  return id && !isNodeId(id) ? id : undefined;
}

/** "https://news.example/story/#webpage", "#article", "_:b0": a node's name, not a page to link to. */
export function isNodeId(id: string): boolean {
  return /#|^_:/.test(id.trim());
}

/** Maps a schema.org article node to raw Article input. */
export function schemaToArticle(node: Json, resolve: (ref: unknown) => unknown): ArticleInput {
  const publisherNode = resolve(own(node, 'publisher'));
  const logo = resolve(own(publisherNode, 'logo'));
  const url = str(own(node, 'url')) ?? pageUrl(own(node, 'mainEntityOfPage'), resolve);
  const keywords = own(node, 'keywords');
  const section = arr(own(node, 'articleSection'))[0];
  const input: ArticleInput = {
    headline: text(own(node, 'headline')) ?? text(own(node, 'name')),
    url,
    excerpt: text(own(node, 'description')) ?? text(own(node, 'abstract')),
    body: str(own(node, 'articleBody')) ? textToHtml(str(own(node, 'articleBody'))!) : undefined,
    image: imageOf(own(node, 'image'), resolve) ?? imageOf(own(node, 'thumbnailUrl'), resolve),
    authors: arr(own(node, 'author'))
      .map((a) => personOf(a, resolve))
      .filter((a) => a !== undefined),
    published: str(own(node, 'datePublished')) ?? str(own(node, 'dateCreated')),
    modified: str(own(node, 'dateModified')),
    publisher: isRecord(publisherNode)
      ? {
          name: text(own(publisherNode, 'name')),
          url: str(own(publisherNode, 'url')),
          logo: typeof logo === 'string' ? logo : str(own(logo, 'url')),
        }
      : undefined,
    section: text(section),
    tags:
      typeof keywords === 'string'
        ? keywords
            .split(',')
            .map(text)
            .filter((k) => k !== undefined)
        : arr(keywords)
            .map(text)
            .filter((k) => k !== undefined),
    lang: str(own(node, 'inLanguage')) ?? str(own(resolve(own(node, 'inLanguage')), 'alternateName')),
    comments: own(node, 'commentCount') !== undefined ? { count: Number(own(node, 'commentCount')) } : undefined,
  };
  return input;
}

/** Plain text as paragraphs of HTML: the text is escaped, blank lines split paragraphs. */
export function textToHtml(text: string): string {
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}
