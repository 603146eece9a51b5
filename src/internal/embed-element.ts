/** The small base every element shares: theme, language resolution, string updates. */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { onStringsChange } from '../i18n/strings.js';

export type Theme = 'auto' | 'light' | 'dark';

/** Nearest `lang` above `node`, looking through shadow roots to their hosts. */
export function closestLang(node: Node | null): string | undefined {
  for (let current = node; current; ) {
    if (current instanceof Element && current.hasAttribute('lang')) return current.getAttribute('lang') || undefined;
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return undefined;
}

export class EmbedElement extends LitElement {
  /** `auto` follows the reader's `prefers-color-scheme`; `light` and `dark` force a theme. */
  @property({ reflect: true }) theme: Theme = 'auto';
  /** Mirrors the global `lang` attribute so that changing it re-renders. */
  @property({ attribute: 'lang' }) protected langAttribute: string | null = null;
  /** Mirrors the global `dir` attribute so that changing it re-renders. */
  @property({ attribute: 'dir' }) protected dirAttribute: string | null = null;

  private unsubscribe: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = onStringsChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  /** Language of the UI: the element's own `lang`, then `fallback`, then the page, then the browser. */
  protected uiLang(fallback?: string): string {
    return this.langAttribute || fallback || closestLang(this.parentNode) || navigator.language || 'en';
  }
}
