/**
 * Everything between a card's inputs and the article it shows, as one Lit reactive controller:
 * it loads `src` (through `SourceController`), reads and watches the inline data, merges the
 * layers (`resolveArticle`), sanitizes the result and tells the page (`article-load`,
 * `article-error`). The card reads `{ status, article, error, body }` and renders.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { articleBody, sanitizeArticle, type Article, type ArticleInput } from '../model/article.js';
import { ArticleError } from '../model/errors.js';
import { resolveArticle, type ArticleAttributes } from '../model/resolve-article.js';
import { readInline, type InlineData } from '../sources/inline.js';
import { readingMinutes } from '../i18n/format.js';
import { bodyText } from '../text/body-text.js';
import { truncate } from '../text/truncate.js';
import { ArticleErrorEvent, ArticleLoadEvent } from '../events/events.js';
import { observeChildren } from './child-observer.js';
import { SourceController, type SourceRequest } from './source-controller.js';

/** What the card gives the controller on every update. */
export interface ArticleInputs {
  /** The `src` load, or `undefined` when the card has no `src`. */
  source: SourceRequest | undefined;
  /** Which JSON Feed item of inline data. */
  item: string | undefined;
  attributes: Partial<ArticleAttributes>;
  property: ArticleInput | null | undefined;
}

/**
 * `empty`: nothing to show (no data at all); `loading`: waiting for `src`; `ready`: `article` is
 * in; `error`: `error` says why.
 */
export type ArticleStatus = 'empty' | 'loading' | 'ready' | 'error';

/** Longest excerpt made from the body, in characters. */
const EXCERPT_LENGTH = 220;

export class ArticleController implements ReactiveController {
  status: ArticleStatus = 'empty';
  /** The article shown: normalized and safe. */
  article: Article | undefined;
  error: ArticleError | undefined;
  /** The article's sanitized body, ready to insert (`part="body"`). */
  body: HTMLElement | undefined;
  /** Minutes to read the body (0 without one). */
  minutes = 0;
  /** The article's excerpt, else the start of its body. */
  excerpt: string | undefined;

  private readonly source: SourceController;
  private inline: InlineData = {};
  private stopObserving: (() => void) | undefined;
  /** The inputs the shown outcome was made from: nothing is redone while they stay the same. */
  private seen: { inputs: ArticleInputs; sourceState: unknown; inline: InlineData } | undefined;
  private announced: Article | ArticleError | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly inputs: () => ArticleInputs,
  ) {
    this.source = new SourceController(host);
    host.addController(this);
  }

  hostConnected(): void {
    this.readInline();
    // Children a framework adds later are read too.
    this.stopObserving = observeChildren(this.host, () => {
      this.readInline();
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.stopObserving?.();
    this.stopObserving = undefined;
  }

  /** Loads `src` again (bypassing the cache), or reads the inline data again. */
  retry(): void {
    if (this.seen?.inputs.source) this.source.retry();
    else this.readInline();
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    const inputs = this.inputs();
    const last = this.seen;
    if (!sameSource(inputs.source, last?.inputs.source)) this.source.load(inputs.source);
    if (inputs.item !== last?.inputs.item && !inputs.source) this.readInline(inputs.item);
    if (
      last &&
      last.sourceState === this.source.state &&
      last.inline === this.inline &&
      last.inputs.property === inputs.property &&
      sameAttributes(last.inputs.attributes, inputs.attributes)
    ) {
      return;
    }
    this.seen = { inputs, sourceState: this.source.state, inline: this.inline };
    this.resolve(inputs);
  }

  hostUpdated(): void {
    const outcome = this.article ?? this.error;
    if (outcome === this.announced) return;
    this.announced = outcome;
    if (this.article) this.host.dispatchEvent(new ArticleLoadEvent({ article: this.article }));
    else if (this.error) this.host.dispatchEvent(new ArticleErrorEvent({ error: this.error, src: this.seen?.inputs.source?.src }));
  }

  private readInline(item = this.seen?.inputs.item): void {
    this.inline = readInline(this.host, item);
  }

  private resolve(inputs: ArticleInputs): void {
    this.show(undefined);
    const state = this.source.state;
    const src = inputs.source?.src;
    if (src && (state.status === 'idle' || state.status === 'loading')) {
      this.status = 'loading';
      return;
    }
    if (state.status === 'error') return this.fail(state.error, src);
    // Inline data stands in for `src` only when there is none (it is then the page's fallback).
    if (!src && this.inline.error && !inputs.property) return this.fail(this.inline.error);
    const fetched = state.status === 'done' ? state : undefined;
    const result = resolveArticle(
      { inline: src ? undefined : this.inline.input, fetched: fetched?.input, attributes: inputs.attributes, property: inputs.property },
      fetched?.base,
    );
    if (!result) return;
    const safe = result instanceof ArticleError ? result : sanitizeArticle(result, fetched?.base);
    if (safe instanceof ArticleError) return this.fail(safe, src);
    this.show(safe);
  }

  private show(article: Article | undefined): void {
    this.status = article ? 'ready' : 'empty';
    this.article = article;
    this.error = undefined;
    this.body = article && articleBody(article);
    const text = this.body ? bodyText(this.body) : '';
    this.minutes = text ? readingMinutes(text, article?.lang) : 0;
    this.excerpt = article?.excerpt ?? (text ? truncate(text, EXCERPT_LENGTH) : undefined);
    if (this.body) {
      this.body.className = 'body';
      this.body.setAttribute('part', 'body');
    }
  }

  private fail(error: ArticleError, src?: string): void {
    this.show(undefined);
    this.status = 'error';
    // The error names the `src` it came from; the cause stays attached.
    this.error = src && !error.src ? new ArticleError(error.code, error.message, { src, status: error.status, cause: error }) : error;
  }
}

function sameSource(a: SourceRequest | undefined, b: SourceRequest | undefined): boolean {
  if (!a || !b) return a === b;
  return (
    a.src === b.src &&
    a.format === b.format &&
    a.item === b.item &&
    a.timeout === b.timeout &&
    a.lazy === b.lazy &&
    a.resolver === b.resolver
  );
}

function sameAttributes(a: Partial<ArticleAttributes>, b: Partial<ArticleAttributes>): boolean {
  const keys = Object.keys(b) as Array<keyof ArticleAttributes>;
  return keys.length === Object.keys(a).length && keys.every((key) => a[key] === b[key]);
}
