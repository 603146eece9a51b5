/**
 * What went wrong, in one word a program can switch on. `internal` is a failure of this library
 * itself while showing the data (a bug): the element shows its error state instead of throwing
 * on the page, and the original error is the ArticleError's `cause`.
 */
export type ArticleErrorCode =
  'http' | 'timeout' | 'too-large' | 'bad-json' | 'unsupported' | 'no-article' | 'network' | 'blocked-url' | 'aborted' | 'internal';

/** The one error type of the library: every load or data problem becomes one of these. */
export class ArticleError extends Error {
  override readonly name = 'ArticleError';
  /** Machine-readable kind of failure. */
  readonly code: ArticleErrorCode;
  /** The `src` that failed, when there was one. */
  readonly src: string | undefined;
  /** HTTP status for `code: 'http'`. */
  readonly status: number | undefined;

  constructor(code: ArticleErrorCode, message: string, options: { src?: string; status?: number; cause?: unknown } = {}) {
    super(message);
    this.code = code;
    this.src = options.src;
    this.status = options.status;
    if (options.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}
