/** What a card shows before and instead of an article: the loading placeholder and the error box. */
import { html, nothing, type TemplateResult } from 'lit';
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

export function errorBox(error: ArticleError, lang: string, onRetry: () => void): TemplateResult {
  return html`<div class="card error" part="error" role="alert" lang=${lang} dir=${directionOf(lang)}>
    <p class="error-title">${t(lang, 'errorTitle')}</p>
    ${error.code === 'internal' ? nothing : html`<p>${errorMessage(error, lang)}</p>`}
    <button class="control" part="retry" type="button" @click=${onRetry}>${t(lang, 'retry')}</button>
  </div>`;
}
