/** The summary layout: image, section, headline, short byline, excerpt and "Read more". */
import { html, type nothing, svg, type TemplateResult } from 'lit';
import { when } from 'lit/directives/when.js';
import type { Article } from '../../model/article.js';
import { siteName } from '../../model/site-name.js';
import { t } from '../../i18n/strings.js';
import { headline, heroImage } from './card-pieces.js';

const readMoreArrow = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M13.3 5.3 12 6.6l4.5 4.5H4v1.8h12.5L12 17.4l1.3 1.3 6.7-6.7z"/></svg>`;

export interface SummaryView {
  article: Article;
  lang: string;
  excerpt: string | undefined;
  /** The page's hero card (hero.ts): its picture loads at once. */
  hero: boolean;
  byline: TemplateResult | typeof nothing;
  /**
   * The data could have brought a picture the page could not see up front (from `src` or a
   * child `<script>`/`<template>`), so its space was reserved: keep it, with the site's name, when
   * there is none, so that nothing moves when the card comes in.
   */
  keepPictureSpace: boolean;
}

export function summaryCard(view: SummaryView): TemplateResult {
  const { article, lang } = view;
  return html`${article.image || !view.keepPictureSpace ? heroImage(article, view.hero) : pictureSpace(article)}
    <div class="text">
      ${when(article.section, () => html`<p class="section" part="section">${article.section}</p>`)}
      ${headline(article)} ${view.byline}
      ${when(view.excerpt, () => html`<p class="excerpt" part="excerpt">${view.excerpt}</p>`)}
      ${when(
        article.url,
        () => html`<a class="read-more" part="read-more" href=${article.url!}
          aria-label=${t(lang, 'readMoreAbout', { headline: article.headline })}>${t(lang, 'readMore')}${readMoreArrow}</a>`,
      )}
    </div>`;
}

function pictureSpace(article: Article): TemplateResult {
  return html`<figure part="image"><div class="image placeholder" aria-hidden="true">${siteName(article) ?? ''}</div></figure>`;
}
