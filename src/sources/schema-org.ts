/**
 * schema.org Article / NewsArticle / BlogPosting, as JSON-LD: a single object, an array, or an
 * `@graph` whose nodes refer to each other by `@id`. Used for inline `application/ld+json` and
 * for HTML pages.
 */
import type { ArticleInput, ArticleAuthor } from '../model/article.js';
import { get, isRecord, arr, str, type Json } from './read.js';

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
  return arr(get(node, '@type'))
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
      const graph = get(value, '@graph');
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
    const id = str(get(node, '@id'));
    if (id && !byId.has(id)) byId.set(id, node);
  }
  const resolve = (ref: unknown): unknown => {
    if (!isRecord(ref)) return ref;
    const id = str(get(ref, '@id'));
    // A reference is an object with only "@id"; a full node is used as it is.
    return id && Object.keys(ref).length === 1 ? (byId.get(id) ?? ref) : ref;
  };
  const rank = (node: Json): number => {
    const t = types(node);
    if (t.includes('WebPage') && !t.some((x) => x !== 'WebPage' && ARTICLE_TYPES.has(x))) return get(node, 'headline') ? 1 : 0;
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
  const url = str(get(first, 'url')) ?? str(get(first, 'contentUrl'));
  if (!url) return undefined;
  return {
    url,
    alt: str(get(first, 'caption')) ?? str(get(first, 'name')) ?? '',
    width: Number(get(first, 'width')) || undefined,
    height: Number(get(first, 'height')) || undefined,
  } as ArticleInput['image'];
}

function personOf(value: unknown, resolve: (ref: unknown) => unknown): Partial<ArticleAuthor> | undefined {
  const node = resolve(value);
  if (typeof node === 'string') return { name: node };
  const name = str(get(node, 'name'));
  if (!name) return undefined;
  const image = resolve(get(node, 'image'));
  return {
    name,
    url: str(get(node, 'url')) ?? str(arr(get(node, 'sameAs'))[0]),
    image: typeof image === 'string' ? image : str(get(image, 'url')),
  };
}

/** Maps a schema.org article node to raw Article input. */
export function schemaToArticle(node: Json, resolve: (ref: unknown) => unknown): ArticleInput {
  const publisherNode = resolve(get(node, 'publisher'));
  const logo = resolve(get(publisherNode, 'logo'));
  const mainEntity = resolve(get(node, 'mainEntityOfPage'));
  const url = str(get(node, 'url')) ?? (typeof mainEntity === 'string' ? mainEntity : str(get(mainEntity, '@id')));
  const keywords = get(node, 'keywords');
  const section = arr(get(node, 'articleSection'))[0];
  const input: ArticleInput = {
    headline: str(get(node, 'headline')) ?? str(get(node, 'name')),
    url,
    excerpt: str(get(node, 'description')) ?? str(get(node, 'abstract')),
    body: str(get(node, 'articleBody')) ? textToHtml(str(get(node, 'articleBody'))!) : undefined,
    image: imageOf(get(node, 'image'), resolve) ?? imageOf(get(node, 'thumbnailUrl'), resolve),
    authors: arr(get(node, 'author'))
      .map((a) => personOf(a, resolve))
      .filter((a) => a !== undefined),
    published: str(get(node, 'datePublished')) ?? str(get(node, 'dateCreated')),
    modified: str(get(node, 'dateModified')),
    publisher: isRecord(publisherNode)
      ? {
          name: str(get(publisherNode, 'name')),
          url: str(get(publisherNode, 'url')),
          logo: typeof logo === 'string' ? logo : str(get(logo, 'url')),
        }
      : undefined,
    section: typeof section === 'string' ? section : undefined,
    tags:
      typeof keywords === 'string'
        ? keywords
            .split(',')
            .map((k) => k.trim())
            .filter(Boolean)
        : arr(keywords).filter((k): k is string => typeof k === 'string'),
    lang: str(get(node, 'inLanguage')) ?? str(get(resolve(get(node, 'inLanguage')), 'alternateName')),
    comments: get(node, 'commentCount') !== undefined ? { count: Number(get(node, 'commentCount')) } : undefined,
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
