import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ArticleElement } from '../article-element.js';
import { hostStyles, controlStyles } from '../../styles/tokens.styles.js';
import { cardStyles, DESKTOP_MIN_WIDTH } from './article-card.styles.js';
import { bylineStyles } from '../article-byline/byline-template.styles.js';
import { shareStyles } from '../article-share/share-template.styles.js';
import { menuStyles } from '../article-menu/menu-template.styles.js';
import { renderByline } from '../article-byline/byline-template.js';
import { ShareController, shareUrl, type ShareParts } from '../article-share/share-template.js';
import { MenuController, menuId, renderToggle } from '../article-menu/menu-template.js';
import { DEFAULT_TARGETS } from '../article-share/share-targets.js';
import { errorMessage } from './error-message.js';
import { normalize, mergeInputs, articleBody, type Article, type ArticleInput, type TextDirection } from '../../model/article.js';
import { ArticleError } from '../../model/errors.js';
import { readInline, type InlineData } from '../../sources/inline.js';
import type { SourceFormat } from '../../sources/types.js';
import { SourceController, type SourceState } from '../../load/source-controller.js';
import { t, directionOf } from '../../i18n/strings.js';
import { formatList, readingMinutes } from '../../i18n/format.js';
import { rememberedMode, rememberMode, type Mode } from '../../preferences/mode-preference.js';
import { checkBeforeFirstFrame, skipsOffScreen } from './first-frame.js';
import { ArticleLoadEvent, ArticleErrorEvent, ArticleModeChangeEvent } from '../../events/events.js';

const SHARE_PARTS: ShareParts = { list: 'share-list', button: 'share-button', status: 'share-status', field: 'share-field' };

/** Properties whose change means the article must be rebuilt. */
const DATA_PROPERTIES = new Set<PropertyKey>([
  'article',
  'headline',
  'url',
  'excerpt',
  'section',
  'publisher',
  'publisherUrl',
  'image',
  'imageAlt',
  'author',
  'authorUrl',
  'authorImage',
  'published',
  'modified',
  'body',
  'commentsUrl',
  'commentsCount',
  'inline',
  'langAttribute',
  'dirAttribute',
]);
const SOURCE_PROPERTIES = ['src', 'format', 'item', 'timeout', 'loading'];
const EXCERPT_LENGTH = 220;
const readMoreArrow = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M13.3 5.3 12 6.6l4.5 4.5H4v1.8h12.5L12 17.4l1.3 1.3 6.7-6.7z"/></svg>`;

let childObserver: MutationObserver | undefined;

/** The cards whose light DOM changed, each told once per batch of mutations. */
function onChildMutations(records: MutationRecord[]): void {
  const cards = new Set<ArticleCard>();
  for (const record of records) {
    // Every card at or above the target watches its whole subtree, as its own observer would.
    for (let node: Node | null = record.target; node; node = node.parentNode) {
      if (node instanceof ArticleCard) cards.add(node);
    }
  }
  // A card off the page ignores what it reports (it reads its children again when it comes back).
  for (const card of cards) if (card.isConnected) card['readInlineData']();
}

/**
 * One whole news article: the site's menu, headline, hero image, byline, sanitized body, share
 * bar and footer ("Leave a Reply", "Written by …", source), with the "Exit mobile version"
 * toggle; or, with `layout="summary"`, a compact card with image, headline, excerpt and
 * "Read more". Data comes from attributes, the `article` property, inline data or `src`.
 *
 * @summary A whole news article, sanitized, from attributes, inline data or a URL.
 * @slot - Plain children are the article body (shown as-is where the script does not run).
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
 * @csspart source - The source / publisher line.
 * @csspart tags - The list of tags.
 * @csspart mode-toggle - The "Exit mobile version" toggle at the foot.
 * @csspart toggle - The toggle's button.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The error box.
 * @csspart retry - The Retry button.
 * @cssproperty --article-color-text - Text colour (#1b1c1f light, #e8e9ec dark).
 * @cssproperty --article-color-muted - Secondary text: dates, captions (#55585f / #b4b7be).
 * @cssproperty --article-color-background - Card background (#ffffff / #17181b).
 * @cssproperty --article-color-surface - Raised surfaces: buttons on hover, skeleton (#f3f4f6 / #24262b).
 * @cssproperty --article-color-border - Borders and rules (#d5d8de / #43464d).
 * @cssproperty --article-color-accent - Links, focus ring, "Read more" (#0b57d0 / #8ab4f8).
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
 * @cssproperty --article-summary-text-height - Height of the summary's text; longer text is clamped (17.5rem).
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

  /** URL of the article data; the format is detected unless `format` is set. */
  @property() src = '';
  /** Forces a format for `src`: `native`, `wordpress`, `jsonfeed`, `oembed` or `html`. */
  @property() format: SourceFormat | '' = '';
  /** Which JSON Feed item to show: its `id` or a 0-based index. */
  @property() item = '';
  /** Milliseconds before a `src` load gives up. */
  @property({ type: Number }) timeout = 10_000;
  /** `eager` (default) or `lazy`: fetch `src` only when the card nears the viewport. */
  @property() loading: 'eager' | 'lazy' = 'eager';
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

  @state() private inline: InlineData = {};
  @state() private menuOpen = false;

  /** The article being shown, normalized and safe; `undefined` while loading or on error. */
  get currentArticle(): Article | undefined {
    return this.current;
  }

  /** The error being shown, if any. */
  get error(): ArticleError | undefined {
    return this.failure;
  }

  private readonly source = new SourceController(this);
  private readonly shareBar = new ShareController(this);
  private readonly menuId = menuId();
  private readonly menu = new MenuController(
    { isOpen: () => this.menuOpen, setOpen: (open) => (this.menuOpen = open) },
    () => this.shadowRoot?.querySelector('.menu'),
    () => this.shadowRoot?.querySelector<HTMLElement>('.menu-button'),
  );
  private current: Article | undefined;
  private failure: ArticleError | undefined;
  private bodyElement: HTMLElement | undefined;
  private minutes = 0;
  private seenSourceState: SourceState | undefined;
  private announced: Article | ArticleError | undefined;

  /** Custom states: `near` once the card was in view at its first frame (see first-frame.ts). */
  private readonly internals = skipsOffScreen ? this.attachInternals() : undefined;
  private readonly renderNow = (): void => {
    this.internals?.states.add('near');
  };

  override connectedCallback(): void {
    super.connectedCallback();
    checkBeforeFirstFrame(this, this.renderNow);
    this.readInlineData();
    // Children a framework adds later are read too. One observer serves every card on the page.
    childObserver ??= new MutationObserver(onChildMutations);
    childObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The shared child observer cannot forget one card: see onChildMutations.
    this.menu.disconnect();
  }

  /** Loads `src` again (bypassing the cache), or re-reads inline data. */
  retry(): void {
    if (this.src) this.source.retry();
    else this.readInlineData();
  }

  private readInlineData(): void {
    this.inline = readInline(this, this.item || undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (SOURCE_PROPERTIES.some((key) => changed.has(key as keyof ArticleCard))) {
      this.source.load({
        src: this.src,
        format: this.format || undefined,
        item: this.item || undefined,
        timeout: this.timeout,
        lazy: this.loading === 'lazy',
      });
    }
    if (changed.has('item') && !this.src) this.readInlineData();
    const sourceChanged = this.source.state !== this.seenSourceState;
    if (sourceChanged || [...changed.keys()].some((key) => DATA_PROPERTIES.has(key))) {
      this.seenSourceState = this.source.state;
      this.rebuild();
    }
  }

  /** The attributes, as an input layer: only the fields that are set. */
  private attributeInput(): ArticleInput {
    const input: ArticleInput = {
      headline: this.headline,
      url: this.url,
      excerpt: this.excerpt,
      section: this.section,
      published: this.published,
      modified: this.modified,
      body: this.body,
      lang: this.langAttribute ?? '',
      dir: this.dirAttribute ?? '',
    };
    if (this.image) input.image = { url: this.image, alt: this.imageAlt };
    if (this.author) input.authors = [{ name: this.author, url: this.authorUrl, image: this.authorImage }];
    if (this.publisher) input.publisher = { name: this.publisher, url: this.publisherUrl };
    if (this.commentsUrl || this.commentsCount !== undefined) input.comments = { url: this.commentsUrl, count: this.commentsCount };
    return input;
  }

  private rebuild(): void {
    this.current = undefined;
    this.failure = undefined;
    this.bodyElement = undefined;
    const state = this.source.state;
    let data: ArticleInput | undefined;
    let base: string | undefined;
    if (this.src) {
      if (state.status === 'error') this.failure = state.error;
      if (state.status !== 'done') return;
      data = state.input;
      base = state.base;
    } else if (this.inline.error && !this.article) {
      this.failure = this.inline.error;
      return;
    } else {
      data = this.inline.input;
    }
    const merged = mergeInputs(data, this.attributeInput(), this.article);
    // An alt text given alone corrects the alt of an image from the data.
    if (this.imageAlt && !this.image && merged.image) {
      const image = merged.image;
      merged.image =
        typeof image === 'string'
          ? { url: image, alt: this.imageAlt }
          : { url: image.url ?? '', width: image.width ?? 0, height: image.height ?? 0, alt: this.imageAlt };
    }
    if (!Object.keys(merged).length) {
      // A card with no data at all stays empty; data that was given (a fetched or inline
      // document, the `article` property) but holds nothing is an error the page should hear of.
      const given = this.src || this.inline.input !== undefined || (this.article !== undefined && this.article !== null);
      if (given) this.failure = new ArticleError('no-article', 'No article was found in the data.', { src: this.src || undefined });
      return;
    }
    const result = normalize(merged, base);
    if (result instanceof ArticleError) {
      this.failure = new ArticleError(result.code, result.message, { src: this.src || undefined });
      return;
    }
    this.current = result;
    const body = articleBody(result);
    if (body) {
      this.bodyElement = body;
      body.className = 'body';
      body.setAttribute('part', 'body');
      this.minutes = readingMinutes(body.textContent ?? '', result.lang);
    } else {
      this.minutes = 0;
    }
  }

  protected override updated(): void {
    this.menu.sync();
    const outcome = this.current ?? this.failure;
    if (outcome === this.announced) return;
    this.announced = outcome;
    if (this.current) this.dispatchEvent(new ArticleLoadEvent({ article: this.current }));
    else if (this.failure) this.dispatchEvent(new ArticleErrorEvent({ error: this.failure, src: this.src || undefined }));
  }

  /** The language the article is written in, which is also the UI language. */
  private articleLang(): string {
    return this.uiLang(this.current?.lang);
  }

  /** Direction of the article: the card's `dir`, then the article's, then its language's. */
  private articleDir(): TextDirection {
    return this.uiDir(this.articleLang(), this.current?.dir);
  }

  /** The version chosen for this card: its fixed `mode`, else the reader's remembered choice. */
  private chosenMode(): Mode | undefined {
    return this.mode === 'auto' ? rememberedMode() : this.mode;
  }

  /** The "Exit mobile version" / "Switch to mobile version" toggle. */
  private switchMode(): void {
    const current = this.chosenMode() ?? (this.clientWidth >= DESKTOP_MIN_WIDTH ? 'desktop' : 'mobile');
    const mode: Mode = current === 'mobile' ? 'desktop' : 'mobile';
    this.menu.set(false);
    // Remembered for the site: every `auto` card follows. A fixed mode takes the reader's choice.
    rememberMode(mode);
    if (this.mode !== 'auto') this.mode = mode;
    this.dispatchEvent(new ArticleModeChangeEvent({ mode }));
  }

  override render() {
    const lang = this.articleLang();
    const loading = this.src && (this.source.state.status === 'loading' || this.source.state.status === 'idle');
    if (this.failure) return this.renderError(this.failure, lang);
    if (loading) return this.renderSkeleton(lang);
    const article = this.current;
    if (!article) return nothing;
    const dir = this.articleDir();
    // `auto` without a remembered choice is left to the container query: no re-render on resize.
    const mode = this.chosenMode() ?? 'auto';
    const classes = `card ${this.layout === 'summary' ? 'summary' : 'full'} ${mode}`;
    if (this.layout === 'summary') {
      return html`<article class=${classes} part="card" lang=${lang} dir=${dir}>${this.renderSummary(article, lang)}</article>`;
    }
    // The full article is one template: nested templates only where a piece is optional.
    const names = article.authors.map((a) => a.name);
    return html`<article class=${classes} part="card" lang=${lang} dir=${dir}>${this.renderMenu(article, lang, mode)}<header part="header">${
      article.section ? html`<p class="section" part="section" .textContent=${article.section}></p>` : nothing
    }${this.renderHeadline(article)}${this.renderByline(article, lang)}</header>${this.renderImage(article)}${this.bodyElement ?? nothing}${this.renderShare(article, lang)}<footer part="footer">${this.renderComments(article, lang)}${
      names.length ? this.writtenBy(names, lang) : nothing
    }${this.renderSource(article, lang)}${
      article.tags.length
        ? html`<ul class="tags" part="tags" aria-label=${t(lang, 'tags')}>${article.tags.map((tag) => html`<li .textContent=${tag}></li>`)}</ul>`
        : nothing
    }<div class="mode-toggle" part="mode-toggle">${renderToggle(mode, lang, this.onToggle)}</div></footer></article>`;
  }

  private readonly onToggle = (): void => this.switchMode();

  private renderHeadline(article: Article): TemplateResult {
    return article.url
      ? html`<h2 class="headline" part="headline"><a href=${article.url} .textContent=${article.headline}></a></h2>`
      : html`<h2 class="headline" part="headline" .textContent=${article.headline}></h2>`;
  }

  private renderImage(article: Article): TemplateResult | typeof nothing {
    const image = article.image;
    if (!image) return nothing;
    return html`<figure part="image"><img class="hero" src=${image.url} alt=${image.alt ?? ''} width=${image.width ?? nothing} height=${image.height ?? nothing}
        loading="lazy" decoding="async" referrerpolicy="no-referrer" /></figure>`;
  }

  private renderByline(article: Article, lang: string, summary = false): TemplateResult | typeof nothing {
    if (!article.authors.length && !article.published) return nothing;
    return renderByline({
      authors: article.authors,
      published: article.published,
      modified: article.modified,
      readingTime: summary ? 0 : this.minutes,
      dateFormat: summary ? 'short' : 'long',
      lang,
    });
  }

  private renderMenu(article: Article, lang: string, mode: Mode | 'auto'): TemplateResult | typeof nothing {
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

  private writtenBy(names: string[], lang: string): TemplateResult {
    const [before, after] = t(lang, 'writtenBy', { names: '\u0000' }).split('\u0000');
    return html`<p part="written-by">${before}<bdi .textContent=${formatList(names, lang)}></bdi>${after}</p>`;
  }

  private renderComments(article: Article, lang: string): TemplateResult | typeof nothing {
    const comments = article.comments;
    if (!comments) return nothing;
    const href = comments.url ?? (article.url ? `${article.url.split('#')[0]}#comments` : undefined);
    if (!href) return nothing;
    const label = comments.count ? t(lang, 'comments', { n: comments.count }) : t(lang, 'leaveReply');
    return html`<a class="comments" part="comments" href=${href}>${label}</a>`;
  }

  private renderSource(article: Article, lang: string): TemplateResult | typeof nothing {
    const publisher = article.publisher;
    const name = publisher?.name ?? (article.url ? new URL(article.url).hostname.replace(/^www\./, '') : undefined);
    if (!name) return nothing;
    const href = publisher?.url ?? (publisher ? undefined : article.url);
    return href
      ? html`<p part="source">${t(lang, 'source')}: <a href=${href}><bdi .textContent=${name}></bdi></a></p>`
      : html`<p part="source">${t(lang, 'source')}: <bdi .textContent=${name}></bdi></p>`;
  }

  private renderSummary(article: Article, lang: string): TemplateResult {
    const excerpt = article.excerpt ?? this.excerptFromBody();
    return html`${article.image || !this.pictureExpected() ? this.renderImage(article) : this.renderPictureSpace(article)}
      <div class="text">
        ${article.section ? html`<p class="section" part="section">${article.section}</p>` : nothing}
        ${this.renderHeadline(article)} ${this.renderByline(article, lang, true)}
        ${excerpt ? html`<p class="excerpt" part="excerpt">${excerpt}</p>` : nothing}
        ${
          article.url
            ? html`<a class="read-more" part="read-more" href=${article.url}
              aria-label=${t(lang, 'readMoreAbout', { headline: article.headline })}>${t(lang, 'readMore')}${readMoreArrow}</a>`
            : nothing
        }
      </div>`;
  }

  /**
   * Could the data bring a picture the page cannot see up front? (From `src`, or a child
   * `<script>` or `<template>`.) Then the space was reserved for one: the loading placeholder,
   * and article-embed.css before the script ran.
   */
  private pictureExpected(): boolean {
    return Boolean(this.src) || this.querySelector(':scope > script, :scope > template') !== null;
  }

  /**
   * A summary that reserved a picture and has none keeps the space (a tile with the site's name)
   * so that nothing moves when the card comes in.
   */
  private renderPictureSpace(article: Article): TemplateResult {
    const site = article.publisher?.name ?? (article.url ? new URL(article.url).hostname.replace(/^www\./, '') : '');
    return html`<figure part="image"><div class="image placeholder" aria-hidden="true" .textContent=${site}></div></figure>`;
  }

  private excerptFromBody(): string | undefined {
    const text = (this.bodyElement?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) return undefined;
    if (text.length <= EXCERPT_LENGTH) return text;
    const cut = text.slice(0, EXCERPT_LENGTH);
    return `${cut.slice(0, cut.lastIndexOf(' ') > 100 ? cut.lastIndexOf(' ') : EXCERPT_LENGTH)}…`;
  }

  private renderSkeleton(lang: string): TemplateResult {
    const status = html`<span class="visually-hidden" role="status">${t(lang, 'loading')}</span>`;
    if (this.layout === 'summary') {
      // The summary's own grid and boxes, so the card takes exactly this space when it arrives.
      return html`<div class="card summary skeleton ${this.chosenMode() ?? 'auto'}" part="skeleton" aria-busy="true">
        ${status}<figure><div class="block image"></div></figure>
        <div class="text"><div class="block line short"></div><div class="block line"></div><div class="block line"></div></div>
      </div>`;
    }
    return html`<div class="card skeleton" part="skeleton" aria-busy="true">
      ${status}<div class="block line short"></div><div class="block line"></div>
      <div class="block image"></div><div class="block line"></div><div class="block line short"></div>
    </div>`;
  }

  private renderError(error: ArticleError, lang: string): TemplateResult {
    return html`<div class="card error" part="error" role="alert" lang=${lang} dir=${directionOf(lang)}>
      <p class="error-title">${t(lang, 'errorTitle')}</p>
      <p>${errorMessage(error, lang)}</p>
      <button class="control" part="retry" type="button" @click=${() => this.retry()}>${t(lang, 'retry')}</button>
    </div>`;
  }
}
