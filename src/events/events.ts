/**
 * The library's events: typed CustomEvents that bubble and cross shadow roots, so a page
 * can listen on the element or on any ancestor.
 */
import type { Article } from '../model/article.js';
import type { ArticleError } from '../model/errors.js';

const init = { bubbles: true, composed: true } as const;

export interface ArticleLoadDetail {
  article: Article;
}
export interface ArticleErrorDetail {
  error: ArticleError;
  src: string | undefined;
}
export interface ArticleShareDetail {
  /** Which control was used: a network name, `native` or `copy`. */
  target: string;
  url: string;
}
export interface ArticleModeChangeDetail {
  mode: 'mobile' | 'desktop';
}

/** The data is in and rendered. */
export class ArticleLoadEvent extends CustomEvent<ArticleLoadDetail> {
  constructor(detail: ArticleLoadDetail) {
    super('article-load', { ...init, detail });
  }
}

/** The data could not be loaded or used; the element shows an error state. */
export class ArticleErrorEvent extends CustomEvent<ArticleErrorDetail> {
  constructor(detail: ArticleErrorDetail) {
    super('article-error', { ...init, detail });
  }
}

/** A share action was taken. */
export class ArticleShareEvent extends CustomEvent<ArticleShareDetail> {
  constructor(detail: ArticleShareDetail) {
    super('article-share', { ...init, detail });
  }
}

/** The reader switched between the mobile and desktop versions. */
export class ArticleModeChangeEvent extends CustomEvent<ArticleModeChangeDetail> {
  constructor(detail: ArticleModeChangeDetail) {
    super('article-mode-change', { ...init, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'article-load': ArticleLoadEvent;
    'article-error': ArticleErrorEvent;
    'article-share': ArticleShareEvent;
    'article-mode-change': ArticleModeChangeEvent;
  }
}
