import type { ArticleInput } from '../model/article.js';
import type { ArticleError } from '../model/errors.js';

/** The formats a `src` (or inline data) may be in. */
export type SourceFormat = 'native' | 'wordpress' | 'jsonfeed' | 'oembed' | 'html';

/** A fetched or inline document: parsed JSON, or the text of an HTML page. */
export type SourceDocument = { kind: 'json'; value: unknown } | { kind: 'html'; text: string };

/**
 * Parses an HTML page into an inert document (no script runs, nothing loads): the browser's
 * `DOMParser` by default (`sources/html.ts`), a server-side DOM in the resolver.
 */
export type ParseHtml = (html: string) => Document;

export interface SourceContext {
  /** How to parse HTML pages; the browser's `DOMParser` when not given. */
  parseHtml?: ParseHtml | undefined;
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
