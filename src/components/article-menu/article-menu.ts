import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ArticleElement } from '../article-element.js';
import { hostStyles, controlStyles } from '../../styles/tokens.styles.js';
import { menuHostStyles } from './article-menu.styles.js';
import { menuStyles } from './menu-template.styles.js';
import { MenuController, menuId } from './menu-template.js';
import { ModeController } from './mode-toggle.js';
import { menuItems, type ArticleMenuItem } from '../../model/article.js';
import type { Mode } from '../../preferences/mode-preference.js';

/**
 * The site's sections behind a "Menu" button on small screens (a WAI-ARIA disclosure), as a
 * bar on wide ones, and the "Exit mobile version" / "Switch to mobile version" toggle.
 *
 * @summary Mobile menu disclosure and the mobile/desktop version toggle.
 * @slot - Links to the site's sections, used when the `items` property is empty.
 * @fires article-mode-change - `{ mode }` when the reader switches version.
 * @csspart bar - The row holding the button, sections and toggle.
 * @csspart menu-button - The "Menu" disclosure button.
 * @csspart sections - The navigation with the section links.
 * @csspart toggle - The "Exit mobile version" / "Switch to mobile version" button.
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
export class ArticleMenu extends ArticleElement {
  static override styles = [hostStyles, controlStyles, menuHostStyles, menuStyles];

  /** `mobile` shows the "Menu" disclosure, `desktop` a bar of sections. */
  @property({ reflect: true }) mode: Mode = 'mobile';
  /** Whether the sections are shown in mobile mode. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** The sections: `[{ label, url }]`. Slotted links are used when empty. */
  @property({ attribute: false }) items: ArticleMenuItem[] = [];
  /** Hides the mobile/desktop toggle (for pages that place it elsewhere). */
  @property({ type: Boolean, attribute: 'no-toggle' }) noToggle = false;

  @state() private hasSlotted = false;

  private readonly sectionsId = menuId();
  private readonly menu = new MenuController(
    { isOpen: () => this.open, setOpen: (open) => (this.open = open) },
    () => this,
    () => this.shadowRoot?.querySelector<HTMLElement>('.menu-button'),
  );

  private readonly modes = new ModeController(this, {
    get: () => this.mode,
    set: (mode) => (this.mode = mode),
    remembers: () => true,
    switched: () => (this.open = false),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.menu.onKeydown);
    this.addEventListener('focusout', this.menu.onFocusout);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.menu.onKeydown);
    this.removeEventListener('focusout', this.menu.onFocusout);
    this.menu.disconnect();
  }

  protected override updated(): void {
    this.menu.sync();
  }

  /** Shows the sections. */
  show(): void {
    this.open = true;
  }

  /** Hides the sections. */
  hide(): void {
    this.open = false;
  }

  /**
   * Switches between the mobile and desktop versions, as the toggle does. The choice is remembered
   * for the site while it differs from what the menu's width gives; switching back forgets it.
   */
  switchMode(mode?: Mode): void {
    this.modes.switch(mode);
  }

  override render() {
    const lang = this.uiLang();
    const items = menuItems(this.items);
    return html`<div class="menu" lang=${lang} dir=${this.uiDir(lang)}>${this.menu.render({
      id: this.sectionsId,
      items,
      mode: this.mode === 'desktop' ? 'desktop' : 'mobile',
      lang,
      barPart: 'bar',
      hasSections: items.length > 0 || this.hasSlotted,
      slot: html`<slot ?hidden=${items.length > 0} @slotchange=${this.onSlotChange}></slot>`,
      after: this.noToggle ? nothing : this.modes.render(lang),
    })}</div>`;
  }

  private onSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.hasSlotted = slot.assignedElements().length > 0;
  }
}
