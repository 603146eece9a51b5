/**
 * The share bar's markup and behaviour, shared by <article-share> and <article-card> (which
 * renders it in its own shadow root). Links are built from the vetted URL; nothing is requested
 * from any network before the reader clicks.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { map } from 'lit/directives/map.js';
import { SHARE_TARGETS, parseTargets, type ShareData, type ShareTarget } from './share-targets.js';
import { vetUrl } from '../../safety/url.js';
import { text } from '../../model/article.js';
import { t } from '../../i18n/strings.js';
import { ArticleShareEvent } from '../../events/events.js';
import { runtimeSheet, swapSheet } from '../../styles/runtime-sheets.js';
import { registerInheritedLengths } from '../../styles/registered-lengths.js';

/** Names of the share bar's parts: `list` alone, `share-list` inside the card. */
export interface ShareParts {
  list: string;
  button: string;
  status: string;
  field: string;
}

export interface ShareView {
  /** The URL to share, already vetted (see `shareUrl`). */
  url: string;
  headline: string;
  text: string;
  via: string;
  hashtags: string;
  targets: string;
  lang: string;
  parts: ShareParts;
}

/** The vetted URL to share: `url`, else the page's canonical URL or address, with `utm` added. */
export function shareUrl(url: string, utm: string): string {
  const canonical = url ? undefined : document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const base = vetUrl(url || canonical || location.href, 'link');
  if (!base || base.startsWith('mailto:')) return '';
  if (!utm) return base;
  const shared = new URL(base);
  for (const [key, value] of new URLSearchParams(utm.replace(/^\?/, ''))) shared.searchParams.set(key, value);
  return vetUrl(shared.href, 'link') ?? base;
}

function shareData(view: ShareView): ShareData {
  return {
    url: view.url,
    headline: text(view.headline, 300) ?? '',
    text: text(view.text, 500) ?? '',
    via: (view.via.replace(/^@/, '').match(/^\w{1,15}$/) ?? [''])[0],
    // Most bars have none: the Unicode regex is not even compiled then (a third of a ms).
    hashtags: view.hashtags
      ? view.hashtags
          .split(',')
          .map((tag) => tag.trim().replace(/^#/, ''))
          .filter((tag) => /^[\p{L}\p{N}_]{1,100}$/u.test(tag))
      : [],
  };
}

/** What the device's share sheet gets. */
function nativeData(data: ShareData): { title: string; text: string; url: string } {
  return { title: data.headline, text: data.text, url: data.url };
}

/** The share bar's state (the live region and the copy fallback) and its actions. */
export class ShareController implements ReactiveController {
  /** Milliseconds "Link copied" stays in the live region (tests shorten it). */
  static statusDuration = 4000;

  status = '';
  fallbackUrl = '';
  private clearStatus: ReturnType<typeof setTimeout> | undefined;
  private fit = '';
  private fitSheet: CSSStyleSheet | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    registerInheritedLengths('--_article-share-fit-all', '--_article-share-fit-actions');
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.clearStatus);
  }

  /** The sheet with the bar's fitting values (see `fit`), adopted once it is rendered: before the first paint. */
  hostUpdated(): void {
    this.fitSheet = swapSheet(this.host.shadowRoot, this.fitSheet, this.fit ? runtimeSheet(this.fit) : undefined);
  }

  private shared(target: string, url: string): void {
    this.host.dispatchEvent(new ArticleShareEvent({ target, url }));
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
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (clipboard) {
      try {
        await clipboard.writeText(url);
        copied = true;
      } catch {
        // Refused (permission, a page without focus): the field below, never a false "Link copied".
      }
    }
    this.fallbackUrl = copied ? '' : url;
    if (!copied) {
      // Show the link, selected, so the reader can copy it by hand.
      this.host.requestUpdate();
      await this.host.updateComplete;
      const field = this.host.shadowRoot?.querySelector<HTMLInputElement>('.fallback');
      field?.focus();
      field?.select();
      // Without the Clipboard API at all (an http: page), the older copy command copies the selection.
      try {
        copied = !clipboard && document.execCommand('copy');
      } catch {
        // Not supported either: the selected field is the way.
      }
    }
    await this.announce(t(lang, copied ? 'linkCopied' : 'copyFailed'));
    // "Link copied" goes after a few seconds; the way to copy by hand stays while its field does.
    clearTimeout(this.clearStatus);
    if (copied) this.clearStatus = setTimeout(() => void this.announce(''), ShareController.statusDuration);
    this.shared('copy', url);
  }

  /** Puts `message` in the live region; emptied first so that the same message is read again. */
  private async announce(message: string): Promise<void> {
    this.status = '';
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.status = message;
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  render(view: ShareView): TemplateResult | typeof nothing {
    if (!view.url) return nothing;
    const { lang, parts } = view;
    const data = shareData(view);
    const controls = this.controls(view.targets, data, lang);
    const { name, css } = fit(controls);
    this.fit = css;
    return html`<ul class=${name} part=${parts.list} role="list" aria-label=${t(lang, 'shareBar')}>
        ${map(controls, (control) => this.renderControl(control, data, lang, parts.button))}
      </ul>
      <p class="status" part=${parts.status} role="status">${this.status}</p>
      ${
        this.fallbackUrl
          ? html`<input class="fallback" part=${parts.field} dir="ltr" readonly .value=${this.fallbackUrl} aria-label=${t(lang, 'copyLink')} />`
          : nothing
      }`;
  }

  /** The targets to show, in order: the share sheet only where the browser has one for this data. */
  private controls(targets: string, data: ShareData, lang: string): Control[] {
    const names = parseTargets(targets);
    // Asked only when the share sheet is one of the targets.
    const canShare = names.includes('native') && typeof navigator.share === 'function' && (navigator.canShare?.(nativeData(data)) ?? true);
    return names
      .filter((name) => name !== 'native' || canShare)
      .map((name) => {
        const target = SHARE_TARGETS[name]!;
        if (target.kind === 'native') return { name, target, label: t(lang, 'share') };
        if (target.kind === 'copy') return { name, target, label: t(lang, 'copyLink') };
        const email = name === 'email';
        // The visible word (the network, "Email") is part of the name, as WCAG 2.5.3 asks.
        return {
          name,
          target,
          label: email ? t(lang, 'shareByEmail') : t(lang, 'shareOn', { network: target.label }),
          shown: email ? t(lang, 'email') : target.label,
        };
      });
  }

  /**
   * One `<li>` per control, in one template each: the icon is written inline (an `<svg>` in an
   * `html` template is parsed as SVG), so a control costs one template instance, not three.
   */
  private renderControl({ name, target, label, shown }: Control, data: ShareData, lang: string, part: string): TemplateResult {
    if (target.kind === 'link') {
      // Email stays in the page's own tab (the mail client opens); the networks get a new one.
      return html`<li><a class="control" part=${part} href=${target.href(data)} target=${ifDefined(name === 'email' ? undefined : '_blank')}
        rel="noopener noreferrer" aria-label=${label} title=${label} @click=${() => this.shared(name, data.url)}
        ><svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${target.icon}></path></svg
        ><span class="label">${shown}</span></a></li>`;
    }
    const action = target.kind === 'native' ? () => void this.nativeShare(data) : () => void this.copy(data.url, lang);
    return html`<li><button class=${target.kind === 'native' ? 'control primary' : 'control'} part=${part} type="button" @click=${action}
      ><svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${target.icon}></path></svg
      ><span class="label">${label}</span></button></li>`;
  }
}

/**
 * What the bar's CSS needs to choose, by its own width, between every control labelled, the
 * actions (Share, Copy link) labelled, and icons only, each on one line; and, for icons on more
 * than one line, how many go on each so the last is never alone. Label widths are estimated
 * generously from their length (a little more than a character's average advance per
 * character), so a label is dropped a little early rather than wrapped.
 */
function fit(controls: Control[]): { name: string; css: string } {
  const ems = (labels: Control[]) =>
    labels.reduce((sum, control) => sum + (control.shown ?? control.label).length * 0.62 + 0.9, 0).toFixed(1);
  const values = [
    controls.length,
    Math.ceil(controls.length / 2),
    ems(controls),
    ems(controls.filter((control) => control.target.kind !== 'link')),
  ];
  const name = `fit-${values.join('-').replace(/\./g, '_')}`;
  const [count, half, all, actions] = values;
  return { name, css: `.share ul.${name}{--_count:${count};--_half:${half};--_all:${all};--_actions:${actions}}` };
}

interface Control {
  name: string;
  target: ShareTarget;
  /** The accessible name. */
  label: string;
  /** A network link's visible label (a button's is its name). */
  shown?: string;
}
