/** Loads a sample of test/fixtures/sources/ through the real loader and maps it. */
import { fetchDocument } from '../../src/load/fetch-document.js';
import { toArticleInput, type SourceFormat } from '../../src/sources/index.js';
import { normalize, articleBody, type Article, type ArticleInput } from '../../src/model/article.js';
import { ArticleError } from '../../src/model/errors.js';
import type { SourceDocument } from '../../src/sources/types.js';

export async function sampleDoc(name: string, query = ''): Promise<{ doc: SourceDocument; url: string }> {
  return fetchDocument(`/api/sources/${name}${query ? `?${query}` : ''}`, { fresh: true });
}

/** The raw input a sample maps to (before normalize), by detection or by `format`. */
export async function sampleInput(
  name: string,
  options: { item?: string; format?: SourceFormat; query?: string } = {},
): Promise<ArticleInput | ArticleError> {
  const { doc, url } = await sampleDoc(name, options.query);
  return toArticleInput(doc, { item: options.item, base: url }, options.format);
}

/** The normalized Article of a sample; fails the test when there is none. */
export async function sampleArticle(
  name: string,
  options: { item?: string; format?: SourceFormat; query?: string } = {},
): Promise<Article> {
  const { doc, url } = await sampleDoc(name, options.query);
  const input = toArticleInput(doc, { item: options.item, base: url }, options.format);
  if (input instanceof ArticleError) throw input;
  const article = normalize(input, url);
  if (article instanceof ArticleError) throw article;
  return article;
}

/** The sanitized body, as the components get it (a `<div>` holding it). */
export function bodyDom(article: Article): HTMLElement {
  return articleBody(article) ?? document.createElement('div');
}

/** Whitespace-folded text of the sanitized body. */
export function bodyText(article: Article): string {
  return (bodyDom(article).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The normalized Article of an HTML page made of `head` and `body`, read as if fetched from `base`; fails the test when there is none. */
export function pageArticle(head: string, body: string, base: string): Article {
  const text = `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  const input = toArticleInput({ kind: 'html', text }, { base });
  if (input instanceof ArticleError) throw input;
  const article = normalize(input, base);
  if (article instanceof ArticleError) throw article;
  return article;
}
