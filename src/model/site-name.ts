import type { Article } from './article.js';

/** The name to credit a site by: the publisher's name, else the article's host without `www.`. */
export function siteName(article: Article): string | undefined {
  if (article.publisher?.name) return article.publisher.name;
  if (!article.url || article.url.startsWith('mailto:')) return undefined;
  return new URL(article.url).hostname.replace(/^www\./, '');
}
