import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { ArticleElement } from '../article-element.js';
import { hostStyles, controlStyles } from '../../styles/tokens.styles.js';
import { shareHostStyles } from './article-share.styles.js';
import { shareStyles } from './share-template.styles.js';
import { ShareController, shareUrl, type ShareParts } from './share-template.js';
import { DEFAULT_TARGETS } from './share-targets.js';

const PARTS: ShareParts = { list: 'list', button: 'button', status: 'status', field: 'field' };

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
 * @cssproperty --article-color-accent-dark - Accent in the dark theme (falls back to --article-color-accent); any accent is kept at 4.5:1 on the background.
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
export class ArticleShare extends ArticleElement {
  static override styles = [hostStyles, controlStyles, shareHostStyles, shareStyles];

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

  private readonly controller = new ShareController(this);

  /** The vetted URL to share, with `utm` parameters added. */
  get shareUrl(): string {
    return shareUrl(this.url, this.utm);
  }

  override render() {
    const lang = this.uiLang();
    const { headline, text, via, hashtags, targets } = this;
    return html`<div class="share" lang=${lang} dir=${this.uiDir(lang)}>${this.controller.render({
      url: this.shareUrl,
      headline,
      text,
      via,
      hashtags,
      targets,
      lang,
      parts: PARTS,
    })}</div>`;
  }
}
