/** Pieces both layouts of the card render: the headline and the hero image. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Article } from '../../model/article.js';

export function headline(article: Article): TemplateResult {
  return html`<h2 class="headline" part="headline">${
    article.url ? html`<a href=${article.url}>${article.headline}</a>` : article.headline
  }</h2>`;
}

/** The picture; `hero` for the page's first card in view (hero.ts): loaded at once, first. */
export function heroImage(article: Article, hero: boolean): TemplateResult | typeof nothing {
  const image = article.image;
  if (!image) return nothing;
  return html`<figure part="image"><img class="hero" src=${image.url} alt=${image.alt ?? ''} width=${ifDefined(image.width)} height=${ifDefined(image.height)}
    loading=${hero ? 'eager' : 'lazy'} fetchpriority=${ifDefined(hero ? 'high' : undefined)} decoding="async" referrerpolicy="no-referrer" /></figure>`;
}
