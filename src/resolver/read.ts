/**
 * Reading a fetched document into an Article, with the browser's own source modules and
 * `normalizeData()` (text fields as text, URLs vetted, the body left raw for the browser's
 * sanitizer). Pure: the handler runs it inline, and Node runs HTML pages in a worker thread
 * (`read-worker.ts`) so that a big page never holds up the server's other requests.
 */
import { normalizeData, type Article } from '../model/article.js';
import { ArticleError, type ArticleErrorCode } from '../model/errors.js';
import { toArticleInput, type SourceFormat } from '../sources/index.js';
import type { ParseHtml, SourceDocument } from '../sources/types.js';

export interface ReadJob {
  doc: SourceDocument;
  /** The URL the document came from (the last redirect hop). */
  base: string;
  format?: SourceFormat | undefined;
  item?: string | undefined;
}

/** Plain data, so that it crosses a thread boundary as it is. */
export type ReadResult = { article: Article } | { error: { code: ArticleErrorCode; message: string; status?: number | undefined } };

export function readArticle(job: ReadJob, parseHtml: ParseHtml): ReadResult {
  const input = toArticleInput(job.doc, { parseHtml, item: job.item, base: job.base }, job.format);
  if (input instanceof ArticleError) return { error: { code: input.code, message: input.message, status: input.status } };
  // An HTML page is the article: its address is the article's when the page names none.
  const article = normalizeData(job.doc.kind === 'html' ? { url: job.base, ...input } : input, job.base);
  if (article instanceof ArticleError) return { error: { code: article.code, message: article.message, status: article.status } };
  return { article };
}

/** How a platform reads documents: inline by default; Node hands HTML pages to a worker thread. */
export type Reader = (job: ReadJob) => Promise<ReadResult>;
