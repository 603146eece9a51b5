import { html, nothing } from 'lit';
import { property, state, query } from 'lit/decorators.js';
import { EmbedElement } from '../../internal/embed-element.js';
import { hostStyles, controlStyles } from '../../styles/tokens.styles.js';
import { shareStyles } from './article-share.styles.js';
import { SHARE_TARGETS, DEFAULT_TARGETS, parseTargets, type ShareData } from './share-targets.js';
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
      await navigator.share({ title: data.headline, text: data.text, url: data.url });
      this.shared('native', data.url);
    } catch {
      // The reader closed the sheet, or the browser refused: the links are still there.
    }
  }

  private async copy(url: string, lang: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.fallbackUrl = '';
      this.status = t(lang, 'linkCopied');
    } catch {
      // No Clipboard API (insecure context, old browser, denied permission): show the link,
      // selected, so the reader can copy it by hand.
      this.fallbackUrl = url;
      this.status = t(lang, 'copyFailed');
      await this.updateComplete;
      this.fallbackInput?.focus();
      this.fallbackInput?.select();
    }
    this.shared('copy', url);
  }

  override render() {
    const lang = this.uiLang();
    const url = this.shareUrl;
    if (!url) return nothing;
    const data = this.data(url);
    const canShare = typeof navigator.share === 'function';
    const items = parseTargets(this.targets).map((name) => {
      const target = SHARE_TARGETS[name]!;
      if (target.kind === 'native') {
        if (!canShare) return nothing;
        return html`<li><button class="control" part="button" type="button" @click=${() => this.nativeShare(data)}>
          ${target.icon}<span class="label">${t(lang, 'share')}</span></button></li>`;
      }
      if (target.kind === 'copy') {
        return html`<li><button class="control" part="button" type="button" @click=${() => this.copy(url, lang)}>
          ${target.icon}<span class="label">${t(lang, 'copyLink')}</span></button></li>`;
      }
      const label = name === 'email' ? t(lang, 'shareByEmail') : t(lang, 'shareOn', { network: target.label });
      const href = target.href(data);
      return html`<li><a class="control" part="button" href=${href} target=${name === 'email' ? nothing : '_blank'}
        rel="noopener noreferrer" aria-label=${label} title=${label} @click=${() => this.shared(name, url)}>${target.icon}</a></li>`;
    });
    return html`<ul part="list" role="list" aria-label=${t(lang, 'shareBar')}>${items}</ul>
      <p class="status" part="status" role="status">${this.status}</p>
      ${this.fallbackUrl
        ? html`<input class="fallback" readonly .value=${this.fallbackUrl} aria-label=${t(lang, 'copyLink')} />`
        : nothing}`;
  }
}
