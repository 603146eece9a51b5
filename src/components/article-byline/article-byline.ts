import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { EmbedElement } from '../../internal/embed-element.js';
import { hostStyles } from '../../styles/tokens.styles.js';
import { bylineStyles } from './article-byline.styles.js';
import { normalizeAuthors, normalizeDate, type ArticleAuthor } from '../../model/article.js';
import { t, safeLocale } from '../../i18n/strings.js';
import { formatDate, formatRelative, type DateFormat } from '../../i18n/format.js';

/**
 * Who wrote the article and when: authors with avatars and links, the published and updated
 * dates in the article's language, and the reading time.
 *
 * @summary Authors, avatars, published/updated dates and reading time.
 * @csspart byline - The wrapper.
 * @csspart avatar - Each author picture.
 * @csspart authors - The line of author names.
 * @csspart meta - The line of dates and reading time.
 * @csspart published - The published date (`<time>`).
 * @csspart modified - The updated date (`<time>`).
 * @csspart reading-time - The reading time.
 * @cssproperty --article-color-text - Text colour (#1b1c1f light, #e8e9ec dark).
 * @cssproperty --article-color-muted - Secondary text (#55585f / #b4b7be).
 * @cssproperty --article-color-background - Background, and the ring around avatars (#ffffff / #17181b).
 * @cssproperty --article-color-surface - Avatar placeholder before the picture loads (#f3f4f6 / #24262b).
 * @cssproperty --article-color-border - Shared theme colour, unused by the byline (#d5d8de / #43464d).
 * @cssproperty --article-color-accent - Links and the focus ring (#0b57d0 / #8ab4f8).
 * @cssproperty --article-color-accent-text - Shared theme colour, unused by the byline (#ffffff / #10131a).
 * @cssproperty --article-color-error - Shared theme colour, unused by the byline (#b3261e / #f2b8b5).
 * @cssproperty --article-font-family - Text font (system UI fonts).
 * @cssproperty --article-font-size - Base font size (1rem).
 * @cssproperty --article-font-size-small - Small text and controls (0.875rem).
 * @cssproperty --article-line-height - Line height (1.6).
 * @cssproperty --article-avatar-size - Size of each avatar (2.5rem).
 * @cssproperty --article-space - Base spacing, shared theme (1rem).
 * @cssproperty --article-space-small - Small spacing (0.5rem).
 * @cssproperty --article-focus-ring - Focus outline (2px solid accent).
 * @cssproperty --article-transition - Shared theme transitions, unused by the byline (150ms ease).
 */
export class ArticleByline extends EmbedElement {
  static override styles = [hostStyles, bylineStyles];

  /** One author's name (the `authors` property takes several). */
  @property() author = '';
  /** Link to the author's page. */
  @property({ attribute: 'author-url' }) authorUrl = '';
  /** The author's picture. */
  @property({ attribute: 'author-image' }) authorImage = '';
  /** Several authors: names, `{ name, url, image }` objects, or a mix. Wins over `author`. */
  @property({ attribute: false }) authors: Array<string | Partial<ArticleAuthor>> | undefined;
  /** ISO 8601 publication date. */
  @property() published = '';
  /** ISO 8601 date of the last update; shown when later than `published`. */
  @property() modified = '';
  /** Minutes to read; hidden when 0 or absent. */
  @property({ attribute: 'reading-time', type: Number }) readingTime = 0;
  /** `long` (default), `short` or `relative` ("3 days ago", with the exact date as a tooltip). */
  @property({ attribute: 'date-format' }) dateFormat: DateFormat = 'long';

  private get authorList(): ArticleAuthor[] {
    if (this.authors) return normalizeAuthors(this.authors);
    return normalizeAuthors(this.author ? { name: this.author, url: this.authorUrl, image: this.authorImage } : undefined);
  }

  private date(iso: string, part: string, lang: string): TemplateResult {
    const exact = formatDate(iso, lang, 'long');
    const shown =
      this.dateFormat === 'relative' ? formatRelative(iso, lang) : this.dateFormat === 'short' ? formatDate(iso, lang, 'short') : exact;
    // The exact date stays one hover (and one accessibility-tree description) away.
    return html`<time part=${part} datetime=${iso} title=${shown === exact ? nothing : exact}>${shown}</time>`;
  }

  private names(authors: ArticleAuthor[], lang: string): TemplateResult[] {
    const parts = new Intl.ListFormat(safeLocale(lang), { type: 'conjunction' }).formatToParts(authors.map((a) => a.name));
    let index = 0;
    return parts.map((part) => {
      if (part.type === 'literal') return html`${part.value}`;
      const author = authors[index++]!;
      const name = html`<bdi>${author.name}</bdi>`;
      return author.url ? html`<a href=${author.url} rel="author">${name}</a>` : name;
    });
  }

  override render() {
    const lang = this.uiLang();
    const dir = this.uiDir(lang);
    const authors = this.authorList;
    const published = normalizeDate(this.published);
    const modified = normalizeDate(this.modified);
    const showModified = modified && (!published || Date.parse(modified) > Date.parse(published));
    const [before, after] = t(lang, 'by', { names: '\u0000' }).split('\u0000');
    const avatars = authors.filter((a) => a.image).slice(0, 3);
    return html`<div class="byline" part="byline" lang=${lang} dir=${dir}>
      ${avatars.length
        ? html`<span class="avatars">${avatars.map(
            (a) => html`<img class="avatar" part="avatar" src=${a.image!} alt="" width="40" height="40"
              loading="lazy" decoding="async" referrerpolicy="no-referrer" />`,
          )}</span>`
        : nothing}
      <div>
        ${authors.length ? html`<p class="authors" part="authors">${before}${this.names(authors, lang)}${after}</p>` : nothing}
        <p class="meta" part="meta">
          ${published ? this.date(published, 'published', lang) : nothing}
          ${showModified ? html`<span>${this.labelled('updated', this.date(modified, 'modified', lang), lang)}</span>` : nothing}
          ${this.readingTime > 0
            ? html`<span part="reading-time">${t(lang, 'readingTime', { n: Math.round(this.readingTime) })}</span>`
            : nothing}
        </p>
      </div>
    </div>`;
  }

  /** A UI string with a `{date}` placeholder filled by a template (the `<time>` element). */
  private labelled(key: 'updated', value: TemplateResult, lang: string) {
    const [before, after] = t(lang, key, { date: '\u0000' }).split('\u0000');
    return html`${before}${value}${after}`;
  }
}
