/** The library's own Article JSON (see API.md): passed through; `normalize()` reads only known fields. */
import type { Source } from './types.js';
import type { ArticleInput } from '../model/article.js';
import { own, isRecord } from './read.js';

export const native: Source = {
  format: 'native',
  detect: (doc) => doc.kind === 'json' && typeof own(doc.value, 'headline') === 'string',
  toArticle: (doc) => (doc.kind === 'json' && isRecord(doc.value) ? (doc.value as ArticleInput) : {}),
};
