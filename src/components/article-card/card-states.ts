/** What a card shows before and instead of an article: the loading placeholder and the error box. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ArticleError } from '../../model/errors.js';
import { directionOf, t } from '../../i18n/strings.js';
import { errorMessage } from './error-message.js';

/**
 * Boxes in the shape of what is coming. The summary's are its own grid and boxes, so the card
 * takes exactly this space when it arrives.
 */
export function skeleton(lang: string, layout: 'full' | 'summary', mode: string): TemplateResult {
  const status = html`<span class="visually-hidden" role="status">${t(lang, 'loading')}</span>`;
  if (layout === 'summary') {
    return html`<div class="card summary skeleton ${mode}" part="skeleton" aria-busy="true">
      ${status}<figure><div class="block image"></div></figure>
      <div class="text"><div class="block line short"></div><div class="block line"></div><div class="block line"></div></div>
    </div>`;
  }
  return html`<div class="card skeleton" part="skeleton" aria-busy="true">
    ${status}<div class="block line short"></div><div class="block line"></div>
    <div class="block image"></div><div class="block line"></div><div class="block line short"></div>
  </div>`;
}

/** The link a reader had before the card took over: the page's own headline link, or its URL. */
export interface FallbackLink {
  href: string;
  text: string;
}

export interface ErrorView {
  error: ArticleError;
  lang: string;
  onRetry: () => void;
  link: FallbackLink | undefined;
  /** A retry is loading: the box stays (and Retry keeps the focus) until it ends. */
  busy: boolean;
}

/**
 * The error state: what the reader had (the link), a plain sentence, Retry, and the technical
 * reason under "Details" (and in the sentence's `title`), never in the sentence itself. Retry is
 * the same button from failure to failure, so keyboard focus stays on it.
 */
export function errorBox({ error, lang, onRetry, link, busy }: ErrorView): TemplateResult {
  const internal = error.code === 'internal';
  const reason = internal ? undefined : errorMessage(error, lang);
  // The box is an alert: a failure is announced with the link it concerns. While a retry loads,
  // the sentence says so; when the retry fails, it changes back, and is announced again.
  const sentence = busy ? t(lang, 'loading') : t(lang, internal ? 'errorTitle' : 'errorLoad');
  return html`<div class="card error" part="error" role="alert" lang=${lang} dir=${directionOf(lang)}>
    ${link ? html`<p class="error-link"><a href=${link.href}>${link.text}</a></p>` : nothing}
    <p class="error-title" title=${ifDefined(busy ? undefined : reason)}>${sentence}</p>
    <button class="control" part="retry" type="button" aria-disabled=${busy ? 'true' : 'false'} @click=${onRetry}>${t(lang, 'retry')}</button>
    ${reason ? html`<details class="error-details"><summary>${t(lang, 'errorDetails')}</summary><p>${reason}</p></details>` : nothing}
  </div>`;
}
