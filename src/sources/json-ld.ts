/** Inline `application/ld+json` data: schema.org JSON-LD parsed already. */
import type { Source } from './types.js';
import { ArticleError } from '../model/errors.js';
import { findArticle, schemaToArticle } from './schema-org.js';
import { withNames } from './byline.js';
import type { ArticleAuthor } from '../model/article.js';

export const jsonLd: Source = {
  format: 'html',
  detect: (doc) => doc.kind === 'json' && findArticle([doc.value]) !== undefined,
  toArticle: (doc) => {
    const found = doc.kind === 'json' ? findArticle([doc.value]) : undefined;
    if (!found) return new ArticleError('no-article', 'No schema.org Article was found in the JSON-LD.');
    const input = schemaToArticle(found.node, found.resolve);
    // Alone, JSON-LD has no other byline to name an author given as a URL: that author goes.
    return { ...input, authors: withNames((input.authors ?? []) as Array<Partial<ArticleAuthor>>, []) };
  },
};
