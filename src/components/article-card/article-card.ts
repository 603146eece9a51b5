import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ArticleElement } from '../article-element.js';
import { hostStyles, controlStyles } from '../../styles/tokens.styles.js';
import { cardStyles } from './article-card.styles.js';
import { bylineStyles } from '../article-byline/byline-template.styles.js';
import { shareStyles } from '../article-share/share-template.styles.js';
import { menuStyles } from '../article-menu/menu-template.styles.js';
import { renderByline } from '../article-byline/byline-template.js';
import { ShareController, shareUrl, type ShareParts } from '../article-share/share-template.js';
import { MenuController, menuId, type MenuMode } from '../article-menu/menu-template.js';
import { ModeController } from '../article-menu/mode-toggle.js';
import { DEFAULT_TARGETS } from '../article-share/share-targets.js';
import type { Article, ArticleInput, TextDirection } from '../../model/article.js';
import type { ArticleError } from '../../model/errors.js';
import type { SourceFormat } from '../../sources/types.js';
import { ArticleController } from '../../load/article-controller.js';
import { DEFAULT_TIMEOUT } from '../../load/fetch-document.js';
import type { Mode } from '../../preferences/mode-preference.js';
import { checkBeforeFirstFrame, skipsOffScreen } from './first-frame.js';
import { fullArticle } from './full-article.js';
import { summaryCard } from './summary-card.js';
import { errorBox, skeleton, type FallbackLink } from './card-states.js';
import { reportOnce } from './error-message.js';
import { vetUrl } from '../../safety/url.js';
import { offerHero } from './hero.js';

const SHARE_PARTS: ShareParts = { list: 'share-list', button: 'share-button', status: 'share-status', field: 'share-field' };

/**
 * One whole news article: the site's menu, headline, hero image, byline, sanitized body, share
 * bar and footer ("Leave a Reply", "Written by …", source), with the "Exit mobile version"
 * toggle; or, with `layout="summary"`, a compact card with image, headline, excerpt and
 * "Read more". Data comes from attributes, the `article` property, inline data or `src`.
 *
 * A view: loading, merging and sanitizing are the `ArticleController`'s (src/load/); the card
 * renders what it exposes. Plain children, a child `<script>` or `<template>` are inline data
 * (children are what readers see before, or without, the script), not slotted content.
 *
 * @summary A whole news article, sanitized, from attributes, inline data or a URL.
 * @fires article-load - `{ article }` when an article is in and rendered.
 * @fires article-error - `{ error, src }` when data cannot be loaded or used.
 * @fires article-share - `{ target, url }` from the share bar.
 * @fires article-mode-change - `{ mode }` when the reader switches version.
 * @csspart card - The article box.
 * @csspart menu - The site menu at the top.
 * @csspart menu-bar - The menu's row (its `bar` part).
 * @csspart menu-button - The "Menu" disclosure button.
 * @csspart sections - The navigation with the section links.
 * @csspart header - Section, headline and byline.
 * @csspart section - The section name above the headline.
 * @csspart headline - The headline.
 * @csspart byline - The byline under the headline.
 * @csspart avatar - Each author picture in the byline.
 * @csspart authors - The line of author names.
 * @csspart meta - The line of dates and reading time.
 * @csspart published - The published date (`<time>`).
 * @csspart modified - The updated date (`<time>`).
 * @csspart reading-time - The reading time.
 * @csspart image - The hero image's figure.
 * @csspart body - The article body.
 * @csspart excerpt - The excerpt (summary layout).
 * @csspart read-more - The "Read more" link (summary layout).
 * @csspart share - The share bar.
 * @csspart share-list - The share bar's list of controls.
 * @csspart share-button - Every share control (link or button).
 * @csspart share-status - The live region announcing "Link copied".
 * @csspart share-field - The link in a text field, where the clipboard cannot be used.
 * @csspart footer - The footer.
 * @csspart comments - The "Leave a Reply" / "N Comments" link.
 * @csspart written-by - The "Written by …" line.
 * @csspart source - The source / publisher line (in the summary: the publisher's logo and name at the top).
 * @csspart tags - The list of tags.
 * @csspart mode-toggle - The "Exit mobile version" toggle at the foot.
 * @csspart toggle - The toggle's button.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The error box: the article's link as the reader had it, a plain sentence, Retry and a Details disclosure with the reason.
 * @csspart retry - The Retry button (keeps the focus while it retries; see docs/elements/article-card.md).
 * @cssproperty --article-color-text - Text colour (#1b1c1f light, #e8e9ec dark).
 * @cssproperty --article-color-muted - Secondary text: dates, captions (#55585f / #b4b7be).
 * @cssproperty --article-color-background - Card background (#ffffff / #17181b).
 * @cssproperty --article-color-surface - Raised surfaces: buttons on hover, skeleton (#f3f4f6 / #24262b).
 * @cssproperty --article-color-border - Borders and rules (#d5d8de / #43464d).
 * @cssproperty --article-color-accent - Links, focus ring, "Read more" (#0b57d0 / #8ab4f8).
 * @cssproperty --article-color-accent-dark - Accent in the dark theme (falls back to --article-color-accent); any accent is kept at 4.5:1 on the background.
 * @cssproperty --article-color-accent-text - Text on the accent colour (#ffffff / #10131a).
 * @cssproperty --article-color-error - The error box (#b3261e / #f2b8b5).
 * @cssproperty --article-font-family - Text font (system UI fonts).
 * @cssproperty --article-font-family-headline - Headline font (Georgia, serif).
 * @cssproperty --article-font-size - Base font size (1rem).
 * @cssproperty --article-font-size-small - Small text: meta, controls (0.875rem).
 * @cssproperty --article-body-font-size - Body text size (1.0625rem).
 * @cssproperty --article-line-height - Line height (1.6).
 * @cssproperty --article-headline-size - Headline size (1.625rem mobile, 2.125rem desktop).
 * @cssproperty --article-headline-line-height - Headline line height (1.2).
 * @cssproperty --article-icon-size - Share and menu icons, the "Read more" arrow (1.125em).
 * @cssproperty --article-control-size - Smallest width and height of buttons and menu links (2.75rem).
 * @cssproperty --article-summary-headline-size - Headline size in the summary layout (1.25rem).
 * @cssproperty --article-summary-text-height - Text space a loading summary reserves (and article-embed.css before the script); the loaded card fits its text (17.5rem).
 * @cssproperty --article-script-wait - How long article-embed.css reserves an embed's space for the drop-in script; after it, the fallback content shows at its own size (4s).
 * @cssproperty --article-radius - Card corner radius (0.75rem).
 * @cssproperty --article-radius-control - Button corner radius (0.5rem).
 * @cssproperty --article-radius-tag - Tag corner radius (999px).
 * @cssproperty --article-space - Base spacing (1rem).
 * @cssproperty --article-space-small - Small spacing (0.5rem).
 * @cssproperty --article-card-padding - Card padding (--article-space mobile, 1.75x desktop).
 * @cssproperty --article-max-width - Widest the card gets (48rem).
 * @cssproperty --article-avatar-size - Size of each avatar (2.5rem).
 * @cssproperty --article-skeleton-height - Least placeholder height while loading (full: a screen, at least 28rem; summary: its exact size).
 * @cssproperty --article-focus-ring - Focus outline (2px solid accent).
 * @cssproperty --article-transition - Hover transitions (150ms ease; none with prefers-reduced-motion).
 */
export class ArticleCard extends ArticleElement {
  // The byline, share bar and menu render inside the card's own shadow root (not as nested
  // elements): one shadow root and one style scope per card keeps a page of cards fast.
  static override styles = [hostStyles, controlStyles, bylineStyles, shareStyles, menuStyles, cardStyles];

  /**
   * The page-wide resolver for cross-origin `src` (a card's own `resolver` attribute wins). The
   * drop-in sets it from `data-resolver` on its script tag.
   */
  static resolver = '';

  /** URL of the article data; the format is detected unless `format` is set. */
  @property() src = '';
  /** Forces a format for `src`: `native`, `wordpress`, `jsonfeed`, `oembed` or `html`. */
  @property() format: SourceFormat | '' = '';
  /** Which JSON Feed item to show: its `id` or a 0-based index. */
  @property() item = '';
  /** Milliseconds before a `src` load gives up. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;
  /** `eager` (default) or `lazy`: fetch `src` only when the card nears the viewport. */
  @property() loading: 'eager' | 'lazy' = 'eager';
  /** A resolver that fetches a cross-origin `src` server-side (`https://resolver.example/`); see docs/resolver.md. */
  @property() resolver = '';
  /** Headline (text). */
  @property() headline = '';
  /** Canonical link of the article. */
  @property() url = '';
  /** Short plain-text summary. */
  @property() excerpt = '';
  /** Section name, e.g. "World". */
  @property() section = '';
  /** Publisher name. */
  @property() publisher = '';
  /** Publisher home page. */
  @property({ attribute: 'publisher-url' }) publisherUrl = '';
  /** Hero image URL. */
  @property() image = '';
  /** Text alternative of the hero image. */
  @property({ attribute: 'image-alt' }) imageAlt = '';
  /** One author's name (the `article` property takes several). */
  @property() author = '';
  /** Link to the author's page. */
  @property({ attribute: 'author-url' }) authorUrl = '';
  /** The author's picture. */
  @property({ attribute: 'author-image' }) authorImage = '';
  /** ISO 8601 publication date. */
  @property() published = '';
  /** ISO 8601 date of the last update. */
  @property() modified = '';
  /** Article HTML; sanitized before it is rendered. */
  @property() body = '';
  /** Link to the comments ("Leave a Reply" / "N Comments"). */
  @property({ attribute: 'comments-url' }) commentsUrl = '';
  /** Number of comments. */
  @property({ attribute: 'comments-count', type: Number }) commentsCount: number | undefined;
  /** `full` (whole body) or `summary` (image, headline, excerpt, "Read more"). */
  @property({ reflect: true }) layout: 'full' | 'summary' = 'full';
  /** `auto` (from the card's own width), `mobile` or `desktop`. */
  @property() mode: 'auto' | Mode = 'auto';
  /** Comma list of share targets in order, or `none`. */
  @property() share = '';
  /** A whole Article object; wins over attributes, inline data and `src`. */
  @property({ attribute: false }) article: ArticleInput | undefined;

  @state() private menuOpen = false;
  /** The page's first card in view with a picture (hero.ts): its picture loads at once, first. */
  @state() private hero = false;
  /** The error a running retry started from: its box stays, busy, until the retry ends. */
  private retrying: ArticleError | undefined;
  /** Keyboard focus was on Retry when this update began (see updated()). */
  private focusOnRetry = false;

  /** The article being shown, normalized and safe; `undefined` while loading or on error. */
  get currentArticle(): Article | undefined {
    return this.loader.article;
  }

  /** The error being shown, if any. */
  get error(): ArticleError | undefined {
    return this.loader.error;
  }

  private readonly loader = new ArticleController(this, () => ({
    source: this.src
      ? {
          src: this.src,
          format: this.format || undefined,
          item: this.item || undefined,
          timeout: this.timeout,
          lazy: this.loading === 'lazy',
          resolver: this.resolver || ArticleCard.resolver || undefined,
        }
      : undefined,
    item: this.item || undefined,
    attributes: {
      headline: this.headline,
      url: this.url,
      excerpt: this.excerpt,
      section: this.section,
      publisher: this.publisher,
      publisherUrl: this.publisherUrl,
      image: this.image,
      imageAlt: this.imageAlt,
      author: this.author,
      authorUrl: this.authorUrl,
      authorImage: this.authorImage,
      published: this.published,
      modified: this.modified,
      body: this.body,
      commentsUrl: this.commentsUrl,
      commentsCount: this.commentsCount,
      lang: this.langAttribute ?? '',
      dir: this.dirAttribute ?? '',
    },
    property: this.article,
  }));
  private readonly shareBar = new ShareController(this);
  private readonly menuId = menuId();
  private readonly menu = new MenuController(
    { isOpen: () => this.menuOpen, setOpen: (open) => (this.menuOpen = open) },
    () => this.shadowRoot?.querySelector('.menu'),
    () => this.shadowRoot?.querySelector<HTMLElement>('.menu-button'),
  );
  /** The version toggle: an `auto` card's switch is remembered for the site, a fixed mode's is this card's alone. */
  private readonly modes = new ModeController(this, {
    get: () => this.mode,
    set: (mode) => (this.mode = mode),
    remembers: () => this.mode === 'auto',
    switched: () => this.menu.set(false),
  });

  /** Custom states: `near` once the card was in view at its first frame (see first-frame.ts). */
  private readonly internals = skipsOffScreen ? this.attachInternals() : undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    checkBeforeFirstFrame(this, () => this.internals?.states.add('near'));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.menu.disconnect();
  }

  /** Loads `src` again (bypassing the cache), or re-reads inline data. */
  retry(): void {
    this.loader.retry();
  }

  protected override update(changed: Map<PropertyKey, unknown>): void {
    this.focusOnRetry = this.shadowRoot?.activeElement?.getAttribute('part') === 'retry';
    super.update(changed);
  }

  protected override updated(): void {
    this.menu.sync();
    const { status, article, error } = this.loader;
    if (!this.hero && article?.image) offerHero(this, () => (this.hero = true));
    if (error) reportOnce(error, this.src || undefined);
    if (status === 'loading') return;
    // A retry that loaded the article: Retry is gone, so a reader who pressed it from the
    // keyboard continues at the article's headline (a link, or the heading itself), which a
    // screen reader then reads. A retry that failed again kept the same button, and the focus.
    const loaded = this.retrying && article;
    this.retrying = undefined;
    if (loaded && this.focusOnRetry) focusHeadline(this.renderRoot);
  }

  /** The article's language, which is also the UI language. */
  private articleLang(): string {
    return this.uiLang(this.loader.article?.lang);
  }

  /** Direction of the article: the card's `dir`, then the article's, then its language's. */
  private articleDir(): TextDirection {
    return this.uiDir(this.articleLang(), this.loader.article?.dir);
  }

  private readonly onRetry = (): void => {
    if (this.retrying) return;
    this.retrying = this.loader.error;
    this.retry();
  };

  /**
   * What the reader had before the card took over, kept in the error state: the `url` and
   * `headline` attributes, else the page's own link inside the card (a fallback blockquote's,
   * moved here by the upgrade), else `src` when it is the article's page itself (`format="html"`,
   * or a page-like path); the URL itself when there is no text. Never a data endpoint.
   */
  private fallbackLink(): FallbackLink | undefined {
    const anchor = this.url ? null : this.querySelector(':scope > a[href], :scope > * > a[href]');
    const page = anchor ? anchor.getAttribute('href') : this.url || (isArticlePage(this.src, this.format) ? this.src : '');
    const href = vetUrl(page);
    if (!href) return undefined;
    const text = (anchor ? anchor.textContent : this.headline)?.replace(/\s+/g, ' ').trim();
    return { href, text: text || href };
  }

  private renderError(error: ArticleError, busy: boolean): TemplateResult {
    return errorBox({ error, lang: this.articleLang(), onRetry: this.onRetry, link: this.fallbackLink(), busy });
  }

  /** After an internal failure (ArticleElement's guard): the error box, with Retry. */
  protected override renderFailure(error: ArticleError): TemplateResult {
    reportOnce(error, this.src || undefined);
    return this.renderError(error, false);
  }

  protected override failedSrc(): string | undefined {
    return this.src || undefined;
  }

  override render() {
    const lang = this.articleLang();
    const { status, article, error } = this.loader;
    // `auto` without a remembered choice is left to the container query: no re-render on resize.
    const mode = this.modes.chosen() ?? 'auto';
    if (status === 'error' && error) return this.renderError(error, false);
    if (status === 'loading') return this.retrying ? this.renderError(this.retrying, true) : skeleton(lang, this.layout, mode);
    if (!article) return nothing;
    const summary = this.layout === 'summary';
    return html`<article class=${classMap({ card: true, summary, full: !summary, [mode]: true })} part="card" lang=${lang}
      dir=${this.articleDir()}>${summary ? this.renderSummary(article, lang) : this.renderFull(article, lang, mode)}</article>`;
  }

  private renderFull(article: Article, lang: string, mode: MenuMode): TemplateResult {
    return fullArticle({
      article,
      lang,
      body: this.loader.body,
      hero: this.hero,
      menu: this.renderMenu(article, lang, mode),
      byline: this.renderByline(article, lang, false),
      share: this.renderShare(article, lang),
      toggle: this.modes.render(lang),
    });
  }

  private renderSummary(article: Article, lang: string): TemplateResult {
    return summaryCard({
      article,
      lang,
      excerpt: this.loader.excerpt,
      hero: this.hero,
      byline: this.renderByline(article, lang, true),
    });
  }

  private renderByline(article: Article, lang: string, summary: boolean): TemplateResult | typeof nothing {
    if (!article.authors.length && !article.published) return nothing;
    return renderByline({
      authors: article.authors,
      published: article.published,
      modified: article.modified,
      readingTime: summary ? 0 : this.loader.minutes,
      dateFormat: summary ? 'short' : 'long',
      lang,
    });
  }

  private renderMenu(article: Article, lang: string, mode: MenuMode): TemplateResult | typeof nothing {
    if (!article.menu.length) return nothing;
    return html`<div class="menu" part="menu" @keydown=${this.menu.onKeydown} @focusout=${this.menu.onFocusout}>${this.menu.render({
      id: this.menuId,
      items: article.menu,
      mode,
      lang,
      barPart: 'menu-bar',
      hasSections: true,
    })}</div>`;
  }

  private renderShare(article: Article, lang: string): TemplateResult | typeof nothing {
    if (this.share === 'none' || !article.url) return nothing;
    return html`<div class="share" part="share">${this.shareBar.render({
      url: shareUrl(article.url, ''),
      headline: article.headline,
      text: article.excerpt ?? '',
      via: '',
      hashtags: '',
      targets: this.share || DEFAULT_TARGETS,
      lang,
      parts: SHARE_PARTS,
    })}</div>`;
  }
}

/** Focuses the headline's link, or the headline itself (focusable by script only). */
function focusHeadline(root: HTMLElement | DocumentFragment): void {
  const heading = root.querySelector<HTMLElement>('.headline');
  const link = heading?.querySelector<HTMLElement>('a[href]');
  if (link) return link.focus();
  heading?.setAttribute('tabindex', '-1');
  heading?.focus();
}

/**
 * Is `src` the article's own web page (which a reader can open) rather than data? With
 * `format="html"`, yes; otherwise when its path looks like a page (ends in `/`, `.html` or
 * `.htm`) and not like an API (`/wp-json/`, `/oembed`, `/feed`).
 */
function isArticlePage(src: string, format: string): boolean {
  if (!src || (format && format !== 'html')) return false;
  if (format === 'html') return true;
  let path: string;
  try {
    path = new URL(src, document.baseURI).pathname.toLowerCase();
  } catch {
    return false;
  }
  return /(\/|\.html?)$/.test(path) && !/\/(wp-json|oembed|feed)(\/|$)/.test(path);
}
