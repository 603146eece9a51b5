/**
 * The byline's markup, shared by <article-byline> and by <article-card>, which renders it in its
 * own shadow root (one shadow root per card instead of four keeps a page of cards fast).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ArticleAuthor, TextDirection } from '../../model/article.js';
import { t } from '../../i18n/strings.js';
import { formatDate, formatRelative, listFormat, sameDay, type DateFormat } from '../../i18n/format.js';

export interface BylineView {
  authors: ArticleAuthor[];
  /** Normalized ISO dates. */
  published: string | undefined;
  modified: string | undefined;
  readingTime: number;
  dateFormat: DateFormat;
  lang: string;
  /** Set on the byline itself when it stands alone (inside a card, the card's article has them). */
  dir?: TextDirection;
  standalone?: boolean;
}

/**
 * One date. `long` dates carry a short form too, which narrow cards show instead (a container
 * query; the form not displayed is not read either). An update on the day of publication shows
 * its time alone, not the same date twice.
 */
function date(iso: string, part: string, view: BylineView, timeOnly = false): TemplateResult {
  const { lang, dateFormat } = view;
  const exact = formatDate(iso, lang, 'long');
  if (dateFormat === 'long' && !timeOnly) {
    return html`<time part=${part} datetime=${iso}><span class="date-long">${exact}</span><span class="date-short">${formatDate(iso, lang, 'short')}</span></time>`;
  }
  const shown = timeOnly
    ? formatDate(iso, lang, 'time')
    : dateFormat === 'relative'
      ? formatRelative(iso, lang)
      : formatDate(iso, lang, 'short');
  // The exact date stays one hover (and one accessibility-tree description) away.
  return html`<time part=${part} datetime=${iso} title=${exact}>${shown}</time>`;
}

/** A UI string with one placeholder filled by a template: "By {names}", "Updated {date}". */
export function around(lang: string, key: 'by' | 'updated' | 'writtenBy', name: string, value: unknown): TemplateResult {
  const [before, after] = t(lang, key, { [name]: '\u0000' }).split('\u0000');
  return html`${before}${value}${after}`;
}

/** Author names joined the way the language joins lists, each a link where it has one. */
function names(authors: ArticleAuthor[], lang: string): TemplateResult[] {
  let index = 0;
  return listFormat(lang)
    .formatToParts(authors.map((a) => a.name))
    .map((part) => {
      if (part.type === 'literal') return html`${part.value}`;
      return authorName(authors[index++]!);
    });
}

const authorName = (author: ArticleAuthor): TemplateResult =>
  author.url ? html`<a href=${author.url} rel="author"><bdi>${author.name}</bdi></a>` : html`<bdi>${author.name}</bdi>`;

/** "By {names}": one name as it is (no list formatter to load), several joined the language's way. */
function authorsLine(authors: ArticleAuthor[], lang: string): TemplateResult {
  const [before, after] = t(lang, 'by', { names: '\u0000' }).split('\u0000');
  return html`<p class="authors" part="authors">${before}${authors.length > 1 ? names(authors, lang) : authorName(authors[0]!)}${after}</p>`;
}

export function renderByline(view: BylineView): TemplateResult {
  const { authors, published, modified, lang } = view;
  const showModified = modified && (!published || Date.parse(modified) > Date.parse(published));
  const avatars = authors.some((a) => a.image) ? renderAvatars(authors) : nothing;
  const line = authors.length ? authorsLine(authors, lang) : nothing;
  const shownPublished = published ? date(published, 'published', view) : nothing;
  const timeOnly = Boolean(published && view.dateFormat !== 'relative' && showModified && sameDay(published, modified));
  const shownModified = showModified
    ? html`<span>${around(lang, 'updated', 'date', date(modified, 'modified', view, timeOnly))}</span>`
    : nothing;
  const reading =
    view.readingTime > 0 ? html`<span part="reading-time">${t(lang, 'readingTime', { n: Math.round(view.readingTime) })}</span>` : nothing;
  // Reading time first: on a phone, "3 min read · Mar 14, 2026" then "Updated Mar 15, 2026" make
  // two tidy lines. Inside a card the card's article carries lang and dir.
  return html`<div class="byline" part="byline" lang=${ifDefined(view.standalone ? lang : undefined)} dir=${ifDefined(view.standalone ? view.dir : undefined)}>
    ${avatars}<div>${line}<p class="meta" part="meta">${reading}${shownPublished}${shownModified}</p></div>
  </div>`;
}

function renderAvatars(authors: ArticleAuthor[]): TemplateResult {
  return html`<span class="avatars">${authors
    .filter((a) => a.image)
    .slice(0, 3)
    .map(
      (a) => html`<img class="avatar" part="avatar" src=${a.image!} alt="" width="40" height="40"
        loading="lazy" decoding="async" referrerpolicy="no-referrer" />`,
    )}</span>`;
}
