/**
 * The small base every element shares: theme, language and direction, shared-state updates, and
 * the guard that turns a failure while updating into that element's error state.
 */
import { LitElement, nothing, render, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ArticleErrorEvent } from '../events/events.js';
import { ArticleError } from '../model/errors.js';
import { onStringsChange, directionOf, safeLocale, registerStrings } from '../i18n/strings.js';
import type { TextDirection } from '../model/article.js';
import { onModePreferenceChange } from '../preferences/mode-preference.js';
import { AccentGuard } from '../styles/contrast-guard.js';

export type Theme = 'auto' | 'light' | 'dark';

/** Nearest `lang` above `node`, looking through shadow roots to their hosts. */
export function closestLang(node: Node | null): string | undefined {
  for (let current = node; current;) {
    if (current instanceof Element && current.hasAttribute('lang')) return current.getAttribute('lang') || undefined;
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return undefined;
}

export class ArticleElement extends LitElement {
  /**
   * `registerStrings()`, reachable without an import: with the drop-in script,
   * `customElements.get('article-card').registerStrings('sv', { … })`.
   */
  static registerStrings = registerStrings;

  /** `auto` follows the reader's `prefers-color-scheme`; `light` and `dark` force a theme. */
  @property({ reflect: true }) theme: Theme = 'auto';
  /** Mirrors the global `lang` attribute so that changing it re-renders. */
  @property({ attribute: 'lang' }) protected langAttribute: string | null = null;
  /** Mirrors the global `dir` attribute so that changing it re-renders. */
  @property({ attribute: 'dir' }) protected dirAttribute: string | null = null;

  private unsubscribe: Array<() => void> = [];
  // A partner's accent stays readable on the background, in either theme.
  protected readonly accentGuard = new AccentGuard(this);

  /**
   * Every update (willUpdate, render, updated and the controllers' hooks) runs inside this guard:
   * whatever the data, a bug in one element must not reach the host page as an uncaught
   * exception or an unhandled rejection, nor leave its neighbours unrendered. A failed update
   * becomes an `internal` ArticleError: the element fires `article-error` and shows
   * `renderFailure()` instead. The next update that succeeds (new data, a new attribute)
   * replaces it.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    try {
      const result = super.scheduleUpdate();
      return result instanceof Promise ? result.catch((error: unknown) => this.failed(error)) : result;
    } catch (error) {
      this.failed(error);
    }
  }

  private failed(cause: unknown): void {
    const error = new ArticleError('internal', `<${this.localName}> failed to render: ${String(cause)}`, { cause });
    // Drawn directly, outside the update that failed: Lit has marked that update finished.
    try {
      render(this.renderFailure(error), this.renderRoot, this.renderOptions);
    } catch {
      // The error state itself failed: leave the element as it is.
    }
    this.dispatchEvent(new ArticleErrorEvent({ error, src: this.failedSrc() }));
  }

  /** What an element shows after an internal failure; by default, nothing. */
  protected renderFailure(_error: ArticleError): TemplateResult | typeof nothing {
    return nothing;
  }

  /** The `src` to report with an internal failure (elements that load one say which). */
  protected failedSrc(): string | undefined {
    return undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Strings registered later, or the reader's mobile/desktop choice made in another element
    // (or tab), change what every element shows.
    const update = () => this.requestUpdate();
    this.unsubscribe = [onStringsChange(update), onModePreferenceChange(update)];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const unsubscribe of this.unsubscribe) unsubscribe();
    this.unsubscribe = [];
  }

  /**
   * Language of the UI: the element's own `lang`, then `fallback` (the article's), then the
   * nearest `lang` on the page, then the browser's. Unusable tags are skipped.
   */
  protected uiLang(fallback?: string): string {
    // In order, and lazily: the walk up the page is needed only when neither the element nor
    // its article says.
    return (
      safeLocale(this.langAttribute ?? undefined) ??
      safeLocale(fallback) ??
      safeLocale(closestLang(this.parentNode)) ??
      safeLocale(navigator.language) ??
      'en'
    );
  }

  /** Direction of the element's content: its own `dir` when valid, else the UI language's. */
  protected uiDir(lang: string, fallback?: string): TextDirection {
    for (const candidate of [this.dirAttribute?.toLowerCase(), fallback]) {
      if (candidate === 'ltr' || candidate === 'rtl' || candidate === 'auto') return candidate;
    }
    return directionOf(lang);
  }
}
