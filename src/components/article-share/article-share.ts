import { html, nothing } from 'lit';
import { property, state, query } from 'lit/decorators.js';
import { EmbedElement } from '../../internal/embed-element.js';
import { hostStyles, controlStyles } from '../../styles/tokens.styles.js';
import { shareStyles } from './article-share.styles.js';
import { SHARE_TARGETS, DEFAULT_TARGETS, parseTargets, type ShareData, type ShareTarget } from './share-targets.js';
import { vetUrl } from '../../safety/url.js';
import { text } from '../../model/article.js';
import { t } from '../../i18n/strings.js';
import { ArticleShareEvent } from '../../events/events.js';

/**
 * A share bar: the device's own share sheet where there is one, links to the networks in the
 * order asked for, and a copy-link button. Nothing is requested from any network until the
 * reader clicks.
 *
 * @summary Share bar: native share sheet, network links, copy link.
 * @fires article-share - `{ target, url }` after each share action.
 * @csspart list - The list of controls.
 * @csspart button - Every share control (link or button).
 * @csspart status - The live region announcing "Link copied".
 * @csspart field - The link, selected in a text field, where the clipboard cannot be used.
 * @cssproperty --article-color-text - Text colour (#1b1c1f light, #e8e9ec dark).
 * @cssproperty --article-color-muted - Secondary text (#55585f / #b4b7be).
 * @cssproperty --article-color-background - Background of controls (#ffffff / #17181b).
 * @cssproperty --article-color-surface - Raised surfaces, hovered controls (#f3f4f6 / #24262b).
 * @cssproperty --article-color-border - Borders of controls (#d5d8de / #43464d).
 * @cssproperty --article-color-accent - Links and the focus ring (#0b57d0 / #8ab4f8).
 * @cssproperty --article-color-accent-text - Text on the accent colour, as on the Share button (#ffffff / #10131a).
 * @cssproperty --article-color-error - Error text (#b3261e / #f2b8b5).
 * @cssproperty --article-font-family - Text font (system UI fonts).
 * @cssproperty --article-font-size - Base font size (1rem).
 * @cssproperty --article-font-size-small - Small text and controls (0.875rem).
 * @cssproperty --article-line-height - Line height (1.6).
 * @cssproperty --article-icon-size - Icon size (1.125em).
 * @cssproperty --article-control-size - Smallest width and height of buttons and links (2.75rem).
 * @cssproperty --article-radius-control - Button corner radius (0.5rem).
 * @cssproperty --article-space - Base spacing (1rem).
 * @cssproperty --article-space-small - Small spacing (0.5rem).
 * @cssproperty --article-focus-ring - Focus outline (2px solid accent).
 * @cssproperty --article-transition - Hover transitions (150ms ease; none with prefers-reduced-motion).
 */
export class ArticleShare extends EmbedElement {
  static override styles = [hostStyles, controlStyles, shareStyles];

  /** The URL to share; defaults to the page's canonical URL. */
  @property() url = '';
  /** Title of what is shared. */
  @property() headline = '';
  /** A short text to go with the link where the network takes one. */
  @property() text = '';
  /** Comma list of targets, in order: native, x, facebook, linkedin, whatsapp, telegram, reddit, bluesky, email, copy. */
  @property() targets = DEFAULT_TARGETS;
  /** Account to credit on X (without "@"). */
  @property() via = '';
  /** Comma list of hashtags (without "#") for networks that take them. */
  @property() hashtags = '';
  /** Query string added to the shared URL, e.g. `utm_source=partner&utm_medium=embed`. */
  @property() utm = '';

  @state() private status = '';
  @state() private fallbackUrl = '';
  @query('.fallback') private fallbackInput!: HTMLInputElement | null;

  /** The vetted URL to share, with `utm` parameters added. */
  get shareUrl(): string {
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
    const base = vetUrl(this.url || canonical || location.href, 'link');
    if (!base || base.startsWith('mailto:')) return '';
    const url = new URL(base);
    for (const [key, value] of new URLSearchParams(this.utm.replace(/^\?/, ''))) url.searchParams.set(key, value);
    return vetUrl(url.href, 'link') ?? base;
  }

  private data(url: string): ShareData {
    return {
      url,
      headline: text(this.headline, 300) ?? '',
      text: text(this.text, 500) ?? '',
      via: (this.via.replace(/^@/, '').match(/^\w{1,15}$/) ?? [''])[0],
      hashtags: this.hashtags
        .split(',')
        .map((tag) => tag.trim().replace(/^#/, ''))
        .filter((tag) => /^[\p{L}\p{N}_]{1,100}$/u.test(tag)),
    };
  }

  private shared(target: string, url: string): void {
    this.dispatchEvent(new ArticleShareEvent({ target, url }));
  }

  private async nativeShare(data: ShareData): Promise<void> {
    try {
      await navigator.share(nativeData(data));
      this.shared('native', data.url);
    } catch {
      // The reader closed the sheet, or the browser refused: the links are still there.
    }
  }

  private async copy(url: string, lang: string): Promise<void> {
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
      this.fallbackUrl = '';
    } catch {
      // No Clipboard API (insecure context, old browser, denied permission): show the link,
      // selected, so the reader can copy it by hand, and try the older copy command on it.
      this.fallbackUrl = url;
      await this.updateComplete;
      this.fallbackInput?.focus();
      this.fallbackInput?.select();
      try {
        copied = document.execCommand('copy');
      } catch {
        // Not supported either: the selected field is the way.
      }
    }
    await this.announce(t(lang, copied ? 'linkCopied' : 'copyFailed'));
    this.shared('copy', url);
  }

  /** Puts `message` in the live region; emptied first so that the same message is read again. */
  private async announce(message: string): Promise<void> {
    this.status = '';
    await this.updateComplete;
    this.status = message;
    await this.updateComplete;
  }

  override render() {
    const lang = this.uiLang();
    const url = this.shareUrl;
    if (!url) return nothing;
    const data = this.data(url);
    const canShare = typeof navigator.share === 'function' && (navigator.canShare?.(nativeData(data)) ?? true);
    const button = (label: string, target: ShareTarget, onClick: () => void, primary = false) =>
      html`<li><button class=${primary ? 'control primary' : 'control'} part="button" type="button" @click=${onClick}>
        ${target.icon}<span class="label">${label}</span></button></li>`;
    const items = parseTargets(this.targets).map((name) => {
      const target = SHARE_TARGETS[name]!;
      if (target.kind === 'native') return canShare ? button(t(lang, 'share'), target, () => this.nativeShare(data), true) : nothing;
      if (target.kind === 'copy') return button(t(lang, 'copyLink'), target, () => this.copy(url, lang));
      const label = name === 'email' ? t(lang, 'shareByEmail') : t(lang, 'shareOn', { network: target.label });
      return html`<li><a class="control" part="button" href=${target.href(data)} target=${name === 'email' ? nothing : '_blank'}
        rel="noopener noreferrer" aria-label=${label} title=${label} @click=${() => this.shared(name, url)}>${target.icon}</a></li>`;
    });
    return html`<div class="share" lang=${lang} dir=${this.uiDir(lang)}>
      <ul part="list" role="list" aria-label=${t(lang, 'shareBar')}>${items}</ul>
      <p class="status" part="status" role="status">${this.status}</p>
      ${this.fallbackUrl
        ? html`<input class="fallback" part="field" dir="ltr" readonly .value=${this.fallbackUrl} aria-label=${t(lang, 'copyLink')} />`
        : nothing}
    </div>`;
  }
}

/** What the device's share sheet gets. */
function nativeData(data: ShareData): { title: string; text: string; url: string } {
  return { title: data.headline, text: data.text, url: data.url };
}
