/**
 * The loading lifecycle of a `src`, as a Lit reactive controller: starts a load, aborts it when
 * the element leaves the page or `src` changes, waits for the viewport when lazy, retries.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ArticleInput } from '../model/article.js';
import { ArticleError } from '../model/errors.js';
import { toArticleInput, type SourceFormat } from '../sources/index.js';
import { fetchDocument } from './fetch-document.js';
import { throughResolver } from './resolver-url.js';

export interface SourceRequest {
  src: string;
  format?: SourceFormat | undefined;
  item?: string | undefined;
  timeout?: number | undefined;
  lazy?: boolean | undefined;
  /** A resolver (`https://resolver.example/`) that fetches cross-origin `src` server-side. */
  resolver?: string | undefined;
}

export type SourceState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; input: ArticleInput; base: string }
  | { status: 'error'; error: ArticleError };

const FORMATS = new Set<SourceFormat>(['native', 'wordpress', 'jsonfeed', 'oembed', 'html']);

export class SourceController implements ReactiveController {
  state: SourceState = { status: 'idle' };
  private request: SourceRequest | undefined;
  private abort: AbortController | undefined;
  private observer: IntersectionObserver | undefined;
  private connected = false;
  /** The next fetch must not reuse a cached answer (set by `retry()`). */
  private fresh = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    // Back on the page after being removed mid-load: start again.
    if (this.request && (this.state.status === 'loading' || this.state.status === 'idle')) this.start(this.request);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
  }

  /** Loads `request.src`, cancelling whatever was loading. An empty `src` clears the state. */
  load(request: SourceRequest | undefined): void {
    this.stop();
    this.request = request?.src ? request : undefined;
    if (!this.request) {
      this.set({ status: 'idle' });
      return;
    }
    if (this.request.format && !FORMATS.has(this.request.format)) {
      this.set({
        status: 'error',
        error: new ArticleError('unsupported', `Unknown format "${this.request.format}".`, { src: this.request.src }),
      });
      return;
    }
    this.set({ status: 'loading' });
    if (this.connected) this.start(this.request);
  }

  /** Asks the server again, bypassing the cache (and revalidating the browser's). */
  retry(): void {
    if (!this.request) return;
    this.fresh = true;
    this.load(this.request);
  }

  private start(request: SourceRequest): void {
    if (request.lazy && typeof IntersectionObserver === 'function') {
      this.observer?.disconnect();
      this.observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          this.observer?.disconnect();
          this.observer = undefined;
          this.fetch(request);
        },
        { rootMargin: '400px' },
      );
      this.observer.observe(this.host);
      return;
    }
    this.fetch(request);
  }

  private fetch(request: SourceRequest): void {
    const abort = new AbortController();
    this.abort = abort;
    const fresh = this.fresh;
    this.fresh = false;
    // A cross-origin `src` goes through the resolver when there is one: it answers native JSON,
    // already read from whatever format the page was in.
    const resolved = throughResolver(request);
    fetchDocument(resolved ?? request.src, { timeout: request.timeout, fresh, resolver: resolved !== undefined }, abort.signal)
      .then(({ doc, url }) => {
        const input = resolved
          ? toArticleInput(doc, { base: request.src }, 'native')
          : toArticleInput(doc, { item: request.item, base: url }, request.format);
        if (input instanceof ArticleError) throw new ArticleError(input.code, input.message, { src: request.src, cause: input });
        return { input, base: url };
      })
      .then(
        ({ input, base }) => {
          if (this.abort === abort) this.set({ status: 'done', input, base });
        },
        (error: unknown) => {
          if (this.abort !== abort || (error instanceof ArticleError && error.code === 'aborted')) return;
          const failure = cardError(error, request.src, resolved !== undefined);
          this.set({ status: 'error', error: failure });
        },
      );
  }

  private stop(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private set(state: SourceState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}

/** A load failure as the card reports it: an ArticleError about the card's own `src` (not the resolver's URL). */
function cardError(error: unknown, src: string, viaResolver: boolean): ArticleError {
  if (!(error instanceof ArticleError)) return new ArticleError('network', String(error), { src, cause: error });
  if (!viaResolver || error.src === src) return error;
  return new ArticleError(error.code, error.message, { src, status: error.status, cause: error });
}
