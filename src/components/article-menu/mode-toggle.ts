/**
 * Which version, mobile or desktop, an element shows, and the one toggle button that switches it.
 * Shared by <article-card> and <article-menu>.
 *
 * The reader's choice is remembered for the site only while it differs from what the element's
 * width gives: switching back forgets it, so one click returns every `auto` card on the site to
 * following its own width.
 */
import { html, type TemplateResult } from 'lit';
import { t } from '../../i18n/strings.js';
import { DESKTOP_MIN_WIDTH } from '../../styles/breakpoints.js';
import { forgetMode, rememberedMode, rememberMode, type Mode } from '../../preferences/mode-preference.js';
import { ArticleModeChangeEvent } from '../../events/events.js';

export interface ModeOptions {
  /** The element's own `mode`: `auto` follows the remembered choice, then the width. */
  get(): Mode | 'auto';
  /** Sets the element's own `mode` (a fixed mode switches that element only). */
  set(mode: Mode): void;
  /** Whether switching this element is remembered for the site. */
  remembers(): boolean;
  /** Called after each switch (the menu closes). */
  switched?(): void;
}

export class ModeController {
  constructor(
    private readonly host: HTMLElement,
    private readonly options: ModeOptions,
  ) {}

  /** The version chosen: a fixed mode, else the remembered one; `undefined` leaves it to the width (in CSS). */
  chosen(): Mode | undefined {
    const own = this.options.get();
    return own === 'auto' ? rememberedMode() : own;
  }

  /** The version the reader sees (in `auto` mode without a choice, a layout read: call it on use, not in render). */
  shown(): Mode {
    return this.chosen() ?? this.byWidth();
  }

  /** What the element's width gives (its container query, for a card in `auto` mode). */
  private byWidth(): Mode {
    return this.host.clientWidth >= DESKTOP_MIN_WIDTH ? 'desktop' : 'mobile';
  }

  /** Shows `mode` (default: the other version), and fires `article-mode-change`. */
  switch(mode: Mode = this.shown() === 'mobile' ? 'desktop' : 'mobile'): void {
    if (mode === this.shown()) return;
    if (this.options.get() !== 'auto') this.options.set(mode);
    if (this.options.remembers()) {
      if (mode === this.byWidth()) forgetMode();
      else rememberMode(mode);
    }
    this.options.switched?.();
    this.host.dispatchEvent(new ArticleModeChangeEvent({ mode }));
  }

  /**
   * One button whose label names the other version; it keeps focus when its label changes. Left to
   * the width, the card's container query shows the label that fits the layout the reader sees (the
   * other one is not displayed, so not in the button's name): no re-render, no shift after paint.
   */
  render(lang: string): TemplateResult {
    const chosen = this.chosen();
    const exit = t(lang, 'exitMobile');
    const enter = t(lang, 'switchMobile');
    return html`<button class="toggle" part="toggle" type="button" @click=${() => this.switch()}>${
      chosen ? (chosen === 'mobile' ? exit : enter) : html`<span class="to-desktop">${exit}</span><span class="to-mobile">${enter}</span>`
    }</button>`;
  }
}
