import { property } from 'lit/decorators.js';
import { ArticleElement } from '../article-element.js';
import { hostStyles } from '../../styles/tokens.styles.js';
import { bylineHostStyles } from './article-byline.styles.js';
import { bylineStyles } from './byline-template.styles.js';
import { renderByline } from './byline-template.js';
import { normalizeAuthors, normalizeDate, type ArticleAuthor } from '../../model/article.js';
import type { DateFormat } from '../../i18n/format.js';

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
 * @cssproperty --article-color-accent-dark - Accent in the dark theme (falls back to --article-color-accent); any accent is kept at 4.5:1 on the background.
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
export class ArticleByline extends ArticleElement {
  static override styles = [hostStyles, bylineHostStyles, bylineStyles];

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

  override render() {
    const lang = this.uiLang();
    const authors = normalizeAuthors(
      this.authors ?? (this.author ? { name: this.author, url: this.authorUrl, image: this.authorImage } : undefined),
    );
    return renderByline({
      authors,
      published: normalizeDate(this.published),
      modified: normalizeDate(this.modified),
      readingTime: this.readingTime,
      dateFormat: this.dateFormat,
      lang,
      dir: this.uiDir(lang),
      standalone: true,
    });
  }
}
