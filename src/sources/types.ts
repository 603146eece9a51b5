import type { ArticleInput } from '../model/article.js';
import type { ArticleError } from '../model/errors.js';

/** The formats a `src` (or inline data) may be in. */
export type SourceFormat = 'native' | 'wordpress' | 'jsonfeed' | 'oembed' | 'html';

/** A fetched or inline document: parsed JSON, or the text of an HTML page. */
export type SourceDocument = { kind: 'json'; value: unknown } | { kind: 'html'; text: string };

export interface SourceContext {
  /** Which JSON Feed item: its `id`, or a 0-based index. */
  item?: string | undefined;
  /** The URL the document came from: relative URLs inside resolve against it. */
  base?: string | undefined;
}

/** One format: recognise a document, and map it to raw Article input (known fields only). */
export interface Source {
  format: SourceFormat;
  detect(doc: SourceDocument): boolean;
  toArticle(doc: SourceDocument, context: SourceContext): ArticleInput | ArticleError;
}
