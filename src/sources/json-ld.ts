/** Inline `application/ld+json` data: schema.org JSON-LD parsed already. */
import type { Source } from './types.js';
import { ArticleError } from '../model/errors.js';
import { findArticle, schemaToArticle } from './schema-org.js';

export const jsonLd: Source = {
  format: 'html',
  detect: (doc) => doc.kind === 'json' && findArticle([doc.value]) !== undefined,
  toArticle: (doc) => {
    const found = doc.kind === 'json' ? findArticle([doc.value]) : undefined;
    return found
      ? schemaToArticle(found.node, found.resolve)
      : new ArticleError('no-article', 'No schema.org Article was found in the JSON-LD.');
  },
};
