/**
 * The summary layout: the picture (only when there is one), then the publisher (logo and name),
 * section, headline, short byline, excerpt and "Read more". The text takes the height it needs:
 * headline and excerpt are clamped to whole lines, and nothing is padded out.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
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
}

export function summaryCard(view: SummaryView): TemplateResult {
  const { article, lang } = view;
  return html`${heroImage(article, view.hero)}
    <div class="text">
      ${publisher(article)}
      ${when(article.section, () => html`<p class="section" part="section">${article.section}</p>`)}
      ${headline(article)} ${view.byline}
      ${when(view.excerpt, () => html`<p class="excerpt" part="excerpt">${view.excerpt}</p>`)}
      ${when(article.url, () => readMore(article, lang))}
    </div>`;
}

/** Who published it, as X and WordPress embeds show: the site's logo where the data has one, and its name. */
function publisher(article: Article): TemplateResult | typeof nothing {
  const name = siteName(article);
  if (!name) return nothing;
  const logo = article.publisher?.logo;
  // The logo is decorative: the name beside it says the same.
  return html`<p class="publisher" part="source">${
    logo
      ? html`<img class="logo" src=${logo} alt="" width="20" height="20" loading="lazy" decoding="async" referrerpolicy="no-referrer" />`
      : nothing
  }<bdi>${name}</bdi></p>`;
}

/**
 * "Read more", named after the article: the rest of the name ("Read more: {headline}") is the
 * link's own text, visually hidden, so that every reader of the link text (screen readers, a
 * search engine's crawler, a list of the page's links) gets the headline, and the visible words
 * begin the name (WCAG 2.5.3).
 */
function readMore(article: Article, lang: string): TemplateResult {
  const shown = t(lang, 'readMore');
  const name = t(lang, 'readMoreAbout', { headline: article.headline });
  const rest = name.startsWith(shown) ? name.slice(shown.length) : ` ${article.headline}`;
  return html`<a class="read-more" part="read-more" href=${article.url!}>${shown}<span class="visually-hidden">${rest}</span>${readMoreArrow}</a>`;
}
