/**
 * The site menu (a WAI-ARIA disclosure: "Menu" button with aria-expanded and aria-controls,
 * Escape closes and returns focus, a click outside or focus leaving closes, no focus trap) and
 * the place of the "Exit mobile version" / "Switch to mobile version" toggle. Shared by <article-menu> and
 * <article-card>, which renders them in its own shadow root.
 *
 * `mode: 'auto'` renders both versions' controls and lets the card's container query pick:
 * a card that changes width re-lays out in CSS alone, without re-rendering.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { ArticleMenuItem } from '../../model/article.js';
import { t } from '../../i18n/strings.js';
import type { Mode } from '../../preferences/mode-preference.js';

export type MenuMode = Mode | 'auto';

/** Where a disclosure keeps its open state: the element's `open` property, or a card's state. */
export interface MenuState {
  isOpen(): boolean;
  setOpen(open: boolean): void;
}

export interface MenuView {
  id: string;
  items: ArticleMenuItem[];
  mode: MenuMode;
  lang: string;
  /** Part name of the row: `bar` alone, `menu-bar` in the card. */
  barPart: string;
  /** Extra content of the sections (the element's slot). */
  slot?: TemplateResult;
  /** Content after the sections, in the same row (the standalone element's toggle). */
  after?: TemplateResult | typeof nothing;
  hasSections: boolean;
}

let ids = 0;
/** A document-unique id for `aria-controls`. */
export const menuId = () => `article-menu-${++ids}`;

const menuIcon = svg`<svg class="menu-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 6h16M4 12h16M4 18h16"/></svg>`;

/**
 * Keyboard, focus and outside-click handling for one disclosure. `region` is the element that
 * counts as inside (the host alone, the menu's wrapper in the card).
 */
export class MenuController {
  constructor(
    private readonly state: MenuState,
    private readonly region: () => Element | null | undefined,
    private readonly button: () => HTMLElement | null | undefined,
  ) {}

  private listening = false;

  set(open: boolean): void {
    this.state.setOpen(open);
    this.sync();
  }

  /**
   * Listens to the whole document only while open (a page of closed menus stays free). Call after
   * each update: `open` may also have been set from outside.
   */
  sync(): void {
    const open = this.state.isOpen();
    if (open === this.listening) return;
    this.listening = open;
    if (open) document.addEventListener('click', this.onDocumentClick, true);
    else document.removeEventListener('click', this.onDocumentClick, true);
  }

  /** Closes and forgets the document listener (the element left the page). */
  disconnect(): void {
    this.set(false);
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.state.isOpen()) return;
    event.stopPropagation();
    this.set(false);
    this.button()?.focus();
  };

  // Tabbing past the last section closes the menu, as in the APG disclosure navigation example.
  readonly onFocusout = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    const region = this.region();
    if (this.state.isOpen() && region && next instanceof Node && next !== region && !region.contains(next)) this.set(false);
  };

  private readonly onDocumentClick = (event: Event): void => {
    const region = this.region();
    if (this.state.isOpen() && region && !event.composedPath().includes(region)) this.set(false);
  };

  render(view: MenuView): TemplateResult {
    const { lang, mode, items } = view;
    const open = this.state.isOpen();
    return html`<div class="bar ${mode}${open ? ' open' : ''}" part=${view.barPart}>${
      view.hasSections && mode !== 'desktop'
        ? html`<button class="control menu-button" part="menu-button" type="button" aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${view.id} @click=${() => this.set(!open)}>${menuIcon}${t(lang, 'menu')}</button>`
        : nothing
    }<nav id=${view.id} class="sections" part="sections" aria-label=${t(lang, 'sections')} ?hidden=${!view.hasSections || (mode === 'mobile' && !open)}>${
      items.length ? html`<ul role="list">${items.map((item) => html`<li><a href=${item.url}>${item.label}</a></li>`)}</ul>` : nothing
    }${view.slot ?? nothing}</nav>${view.after ?? nothing}</div>`;
  }
}
