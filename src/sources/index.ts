/**
 * Picks the source for a document (by `format`, or by detection) and maps it to raw Article
 * input. Detection order matters: the most specific shapes first, the native schema last.
 *   1. WordPress (`title.rendered`), 2. JSON Feed (`version` is a jsonfeed.org URL),
 *   3. oEmbed (`type` + `version: "1.0"`), 4. an HTML page (any `text/html` document),
 *   5. schema.org JSON-LD (an Article node, also in an `@graph`), 6. native (`headline`).
 * WordPress, JSON Feed and oEmbed documents have no `headline` string, so none of them is
 * mistaken for another or for native; JSON-LD goes before native because it has one.
 */
import type { ArticleInput } from '../model/article.js';
import { ArticleError } from '../model/errors.js';
import type { Source, SourceContext, SourceDocument, SourceFormat } from './types.js';
import { native } from './native.js';
import { jsonLd } from './json-ld.js';
import { wordpress } from './wordpress.js';
import { jsonFeed } from './jsonfeed.js';
import { oembed } from './oembed.js';
import { htmlPage } from './html.js';

export type { SourceFormat, SourceDocument, SourceContext, Source };

const sources: readonly Source[] = [wordpress, jsonFeed, oembed, htmlPage, jsonLd, native];

export function toArticleInput(doc: SourceDocument, context: SourceContext = {}, format?: SourceFormat): ArticleInput | ArticleError {
  const candidates = format ? sources.filter((s) => s.format === format) : sources;
  const source = candidates.find((s) => s.detect(doc));
  if (!source) {
    if (format) return new ArticleError('unsupported', `The document is not in the "${format}" format.`);
    // An object that is almost an article (say, one without a headline) deserves that answer.
    return doc.kind === 'json' && typeof doc.value === 'object' && doc.value !== null && !Array.isArray(doc.value)
      ? new ArticleError('no-article', 'No article was found: the data has no headline and is in no format this library reads.')
      : new ArticleError('unsupported', 'The document is in no format this library reads.');
  }
  try {
    return source.toArticle(doc, context);
  } catch (cause) {
    return new ArticleError('unsupported', `The ${source.format} document could not be read.`, { cause });
  }
}
