/**
 * Which article a card shows, from its input layers. Pure and DOM-free: the card's loading
 * controller calls it, and so can anything else that holds the same layers.
 *
 * Layers merge field by field, later ones winning: inline data, then the fetched document, then
 * the element's attributes (a partner can correct a headline), then the `article` property.
 */
import { ArticleError } from './errors.js';
import { mergeInputs, normalizeData, type Article, type ArticleInput } from './article.js';

/** The card's attributes that carry article data, by property name. Empty strings are unset. */
export interface ArticleAttributes {
  headline: string;
  url: string;
  excerpt: string;
  section: string;
  publisher: string;
  publisherUrl: string;
  image: string;
  imageAlt: string;
  author: string;
  authorUrl: string;
  authorImage: string;
  published: string;
  modified: string;
  body: string;
  commentsUrl: string;
  commentsCount: number | undefined;
  lang: string;
  dir: string;
}

export interface ArticleLayers {
  /** Data inside the element (a child `<script>`, `<template>` or plain children). */
  inline?: ArticleInput | undefined;
  /** The document `src` pointed at, read by its source. */
  fetched?: ArticleInput | undefined;
  attributes?: Partial<ArticleAttributes> | undefined;
  /** The `article` property. */
  property?: ArticleInput | null | undefined;
}

/** The attributes as an input layer: only the fields that are set. */
export function attributeLayer(a: Partial<ArticleAttributes>): ArticleInput {
  const input: ArticleInput = {
    headline: a.headline,
    url: a.url,
    excerpt: a.excerpt,
    section: a.section,
    published: a.published,
    modified: a.modified,
    body: a.body,
    lang: a.lang,
    dir: a.dir,
  };
  if (a.image) input.image = { url: a.image, alt: a.imageAlt ?? '' };
  if (a.author) input.authors = [{ name: a.author, url: a.authorUrl, image: a.authorImage }];
  if (a.publisher) input.publisher = { name: a.publisher, url: a.publisherUrl };
  if (a.commentsUrl || a.commentsCount !== undefined) input.comments = { url: a.commentsUrl, count: a.commentsCount };
  return input;
}

/**
 * The article the layers describe, normalized (text as text, vetted URLs; the body still raw:
 * see `sanitizeArticle`), or:
 * - `undefined` when no layer holds anything (an empty card stays empty);
 * - an `ArticleError` when data was given (a document, inline data, the property) but holds no
 *   article: the page should hear of that.
 * `base` resolves relative URLs (the fetched document's URL, else the page).
 */
export function resolveArticle(layers: ArticleLayers, base?: string): Article | ArticleError | undefined {
  const attributes = layers.attributes ?? {};
  const merged = mergeInputs(layers.inline, layers.fetched, attributeLayer(attributes), layers.property ?? undefined);
  // An alt text given alone corrects the alt of an image that came with the data.
  if (attributes.imageAlt && !attributes.image && merged.image) {
    const image = typeof merged.image === 'string' ? { url: merged.image } : merged.image;
    merged.image = { ...image, alt: attributes.imageAlt };
  }
  if (!Object.keys(merged).length) {
    const given =
      layers.fetched !== undefined || layers.inline !== undefined || (layers.property !== undefined && layers.property !== null);
    return given ? new ArticleError('no-article', 'No article was found in the data.') : undefined;
  }
  return normalizeData(merged, base);
}
