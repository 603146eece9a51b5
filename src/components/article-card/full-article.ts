/**
 * The full layout: the site's menu, section, headline and byline, hero image, body, share bar,
 * and the footer ("Leave a Reply", "Written by …", the source, tags, the version toggle).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { map } from 'lit/directives/map.js';
import { when } from 'lit/directives/when.js';
import type { Article } from '../../model/article.js';
import { siteName } from '../../model/site-name.js';
import { t } from '../../i18n/strings.js';
import { formatList } from '../../i18n/format.js';
import { headline, heroImage } from './card-pieces.js';

type Piece = TemplateResult | typeof nothing;

export interface FullArticleView {
  article: Article;
  lang: string;
  /** The sanitized body (`part="body"`). */
  body: HTMLElement | undefined;
  /** The page's hero card (hero.ts): its picture loads at once. */
  hero: boolean;
  /** Rendered by the card's own controllers. */
  menu: Piece;
  byline: Piece;
  share: Piece;
  toggle: TemplateResult;
}

export function fullArticle(view: FullArticleView): TemplateResult {
  const { article, lang } = view;
  return html`${view.menu}
    <header part="header">
      ${when(article.section, () => html`<p class="section" part="section">${article.section}</p>`)}
      ${headline(article)}${view.byline}
    </header>
    ${heroImage(article, view.hero)}${view.body ?? nothing}${view.share}
    <footer part="footer">
      ${comments(article, lang)}${writtenBy(article, lang)}${source(article, lang)}
      ${when(
        article.tags.length,
        () => html`<ul class="tags" part="tags" aria-label=${t(lang, 'tags')}>${map(article.tags, (tag) => html`<li>${tag}</li>`)}</ul>`,
      )}
      <div class="mode-toggle" part="mode-toggle">${view.toggle}</div>
    </footer>`;
}

/** "Leave a Reply" or "N Comments", to the comments or to the article's `#comments`. */
function comments(article: Article, lang: string): Piece {
  const comments = article.comments;
  const href = comments?.url ?? (comments && article.url ? `${article.url.split('#')[0]}#comments` : undefined);
  if (!href) return nothing;
  const label = comments?.count ? t(lang, 'comments', { n: comments.count }) : t(lang, 'leaveReply');
  return html`<a class="comments" part="comments" href=${href}>${label}</a>`;
}

function writtenBy(article: Article, lang: string): Piece {
  if (!article.authors.length) return nothing;
  const [before, after] = t(lang, 'writtenBy', { names: '\u0000' }).split('\u0000');
  const names = formatList(
    article.authors.map((a) => a.name),
    lang,
  );
  return html`<p part="written-by">${before}<bdi>${names}</bdi>${after}</p>`;
}

/** "Source: <publisher>", linked to the publisher's site (or to the article when only its host is known). */
function source(article: Article, lang: string): Piece {
  const name = siteName(article);
  if (!name) return nothing;
  const href = article.publisher ? article.publisher.url : article.url;
  return html`<p part="source">${t(lang, 'source')}: ${href ? html`<a href=${href}><bdi>${name}</bdi></a>` : html`<bdi>${name}</bdi>`}</p>`;
}
