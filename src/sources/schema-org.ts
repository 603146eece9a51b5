/**
 * schema.org articles as JSON-LD, as publishers really write them: a single object, an array,
 * or an `@graph` whose nodes refer to each other by `@id`. Used for inline `application/ld+json`
 * and for HTML pages.
 *
 * - Every article-like type counts (`NewsArticle`, `BlogPosting`, `Report`, `LiveBlogPosting`,
 *   `Review`, `SocialMediaPosting`…), also when `@type` is an array or a full schema.org URL; a
 *   `WebPage` or `VideoObject` with a headline or name only when there is no article.
 * - `author`: a name, a Person or Organization (inline or by `@id`), an array of these, a
 *   `name` that is itself an array; bylines are cleaned (`byline.ts`).
 * - `image`: a URL, an ImageObject (inline or by `@id`), an array of either (the largest with a
 *   known size, else the first), keeping width and height; never the publisher's logo.
 * - The canonical URL: the article's own `url`, else `mainEntityOfPage` resolved to its
 *   WebPage node's `url`; a bare node id (`…#webpage`) is no page address and is never used.
 * - Dates: `datePublished`, else `dateCreated`, else `uploadDate`, the first that parses.
 * Text: `headline`, `name`, `description`, `articleSection`, `keywords`, names and captions are
 * plain text by spec, yet CMSs fill them from HTML titles: each is decoded once and stripped of
 * markup (`read.ts` `text`), so "&amp;#039;" (double-encoded) shows "&#039;", as a browser would.
 */
import { normalizeDate, type ArticleInput, type ArticleAuthor, type ArticleImage } from '../model/article.js';
import { own, isRecord, arr, str, text, type Json } from './read.js';
import { authorsFromNames } from './byline.js';

const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'BlogPosting',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'BackgroundNewsArticle',
  'AskPublicNewsArticle',
  'SatiricalArticle',
  'AdvertiserContentArticle',
  'TechArticle',
  'APIReference',
  'ScholarlyArticle',
  'MedicalScholarlyArticle',
  'Report',
  'LiveBlogPosting',
  'DiscussionForumPosting',
  'SocialMediaPosting',
  'Review',
  'CriticReview',
  'UserReview',
]);
/** Types that are an article only when nothing better is on the page (and they have a title). */
const FALLBACK_TYPES = new Set(['WebPage', 'ItemPage', 'VideoObject', 'CreativeWork']);
const MAX_NODES = 500;

export type Resolve = (ref: unknown) => unknown;

/** The node's types without their vocabulary prefix ("https://schema.org/NewsArticle", "schema:Report"). */
export function typesOf(node: unknown): string[] {
  return arr(own(node, '@type'))
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.trim().replace(/^(?:(?:https?:\/\/)?(?:www\.)?schema\.org\/|schema:)/i, ''));
}

export function isArticleType(type: string): boolean {
  return ARTICLE_TYPES.has(type);
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
export function findArticle(values: unknown[]): { node: Json; resolve: Resolve } | undefined {
  const nodes = nodesOf(values);
  const byId = new Map<string, Json>();
  for (const node of nodes) {
    const id = str(own(node, '@id'));
    // The fullest node wins: a graph may repeat an id as a bare reference.
    if (id && (!byId.has(id) || Object.keys(byId.get(id)!).length < Object.keys(node).length)) byId.set(id, node);
  }
  const resolve: Resolve = (ref) => {
    if (!isRecord(ref)) return ref;
    const id = str(own(ref, '@id'));
    // A reference is an object with only "@id"; a full node is used as it is.
    return id && Object.keys(ref).length === 1 ? (byId.get(id) ?? ref) : ref;
  };
  const rank = (node: Json): number => {
    const t = typesOf(node);
    // Among several articles (a story and the teasers of related ones), the page's own: it has
    // a headline and says it is the page's main entity.
    if (t.some(isArticleType))
      return 10 + (own(node, 'headline') !== undefined ? 1 : 0) + (own(node, 'mainEntityOfPage') !== undefined ? 1 : 0);
    return t.some((x) => FALLBACK_TYPES.has(x)) && (text(own(node, 'headline')) ?? text(own(node, 'name'))) ? 1 : 0;
  };
  let best: Json | undefined;
  for (const node of nodes) if (rank(node) > (best ? rank(best) : 0)) best = node;
  return best ? { node: best, resolve } : undefined;
}

/** A pixel size given as 1200, "1200", "1200px" or a QuantitativeValue. */
function pixels(value: unknown): number | undefined {
  const raw = isRecord(value) ? own(value, 'value') : value;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? parseFloat(raw) : NaN;
  return Number.isFinite(n) && n > 0 ? Math.round(n) : undefined;
}

function oneImage(value: unknown, resolve: Resolve): Partial<ArticleImage> | undefined {
  const node = resolve(value);
  if (typeof node === 'string') return str(node) ? { url: node.trim() } : undefined;
  if (!isRecord(node)) return undefined;
  const url = str(own(node, 'url')) ?? str(own(node, 'contentUrl'));
  if (!url) return undefined;
  const image: Partial<ArticleImage> = { url: url.trim(), alt: text(own(node, 'caption')) ?? text(own(node, 'name')) ?? '' };
  const width = pixels(own(node, 'width'));
  const height = pixels(own(node, 'height'));
  if (width && height) Object.assign(image, { width, height });
  return image;
}

/** The article's image: the largest of a list with known sizes, else the first; never the logo. */
export function imageOf(value: unknown, resolve: Resolve, logos: ReadonlyArray<string | undefined> = []): ArticleInput['image'] {
  const skip = new Set(logos.filter((l): l is string => !!l));
  const images = arr(value)
    .slice(0, 50)
    .map((v) => oneImage(v, resolve))
    .filter((i): i is Partial<ArticleImage> => i !== undefined && !skip.has(i.url!));
  const area = (i: Partial<ArticleImage>) => (i.width ?? 0) * (i.height ?? 0);
  const best = images.reduce<Partial<ArticleImage> | undefined>((a, b) => (!a || area(b) > area(a) ? b : a), undefined);
  return best && Object.keys(best).length === 1 ? best.url : best;
}

function personsOf(value: unknown, resolve: Resolve): Array<Partial<ArticleAuthor>> {
  const node = resolve(value);
  if (typeof node === 'string') return authorsFromNames([node]);
  if (!isRecord(node)) return [];
  // `name` may itself be an array ("name": ["Ana Ruiz", "Luis Vega"]): one author per name.
  const names = arr(own(node, 'name'));
  const image = resolve(own(node, 'image'));
  const url = str(own(node, 'url')) ?? str(arr(own(node, 'sameAs'))[0]);
  return authorsFromNames(names).map((author, i, all) => ({
    ...author,
    url: all.length === 1 || i === 0 ? url : undefined,
    image: all.length === 1 ? (typeof image === 'string' ? image : str(own(image, 'url'))) : undefined,
  }));
}

/** The page address of `mainEntityOfPage`: its WebPage node's `url`, or an `@id` that is a page, not a node id. */
function pageUrl(value: unknown, resolve: Resolve): string | undefined {
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

function firstDate(...values: unknown[]): string | undefined {
  return values.map(str).find((v) => v !== undefined && normalizeDate(v) !== undefined);
}

function listOf(value: unknown): string[] {
  const items = typeof value === 'string' ? value.split(',') : arr(value).flatMap((v) => (typeof v === 'string' ? v.split(',') : [v]));
  return items.map(text).filter((k): k is string => k !== undefined);
}

/** Maps a schema.org article node to raw Article input. */
export function schemaToArticle(node: Json, resolve: Resolve): ArticleInput {
  const publisherNode = resolve(own(node, 'publisher'));
  const logo = imageOf(own(publisherNode, 'logo'), resolve);
  const logoUrl = typeof logo === 'string' ? logo : logo?.url;
  const articleBody = str(own(node, 'articleBody'));
  const section = arr(own(node, 'articleSection')).map(text).find(Boolean);
  const input: ArticleInput = {
    headline: text(own(node, 'headline')) ?? text(own(node, 'name')) ?? text(own(node, 'alternativeHeadline')),
    url: str(own(node, 'url')) ?? pageUrl(own(node, 'mainEntityOfPage'), resolve),
    excerpt: text(own(node, 'description')) ?? text(own(node, 'abstract')),
    body: articleBody ? textToHtml(articleBody) : undefined,
    image: imageOf(own(node, 'image'), resolve, [logoUrl]) ?? imageOf(own(node, 'thumbnailUrl'), resolve, [logoUrl]),
    authors: arr(own(node, 'author'))
      .slice(0, 50)
      .flatMap((a) => personsOf(a, resolve)),
    published: firstDate(own(node, 'datePublished'), own(node, 'dateCreated'), own(node, 'uploadDate')),
    modified: firstDate(own(node, 'dateModified')),
    publisher: isRecord(publisherNode)
      ? { name: text(own(publisherNode, 'name')), url: str(own(publisherNode, 'url')), logo: logoUrl }
      : typeof publisherNode === 'string'
        ? text(publisherNode)
        : undefined,
    section,
    tags: listOf(own(node, 'keywords')),
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
