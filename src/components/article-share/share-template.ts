/**
 * The share bar's markup and behaviour, shared by <article-share> and <article-card> (which
 * renders it in its own shadow root). Links are built from the vetted URL; nothing is requested
 * from any network before the reader clicks.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { SHARE_TARGETS, parseTargets, type ShareData, type ShareTarget } from './share-targets.js';
import { vetUrl } from '../../safety/url.js';
import { text } from '../../model/article.js';
import { t } from '../../i18n/strings.js';
import { ArticleShareEvent } from '../../events/events.js';

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

const prototypes = new Map<string, HTMLLIElement>();

/**
 * The control of one target, icon and every fixed attribute included, that every share bar
 * clones: a clone keeps the attributes it was made with, so only the link's own are set after.
 */
function prototype(name: string, target: ShareTarget, part: string): HTMLLIElement {
  const id = `${name} ${part}`;
  let li = prototypes.get(id);
  if (li) return li;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', target.icon);
  svg.append(path);
  let control: HTMLElement;
  if (target.kind === 'link') {
    control = document.createElement('a');
    control.className = 'control';
    control.setAttribute('part', part);
    // Email stays in the page's own tab (the mail client opens); the networks get a new one.
    if (name !== 'email') control.setAttribute('target', '_blank');
    control.setAttribute('rel', 'noopener noreferrer');
    control.append(svg);
  } else {
    control = document.createElement('button');
    control.className = target.kind === 'native' ? 'control primary' : 'control';
    control.setAttribute('part', part);
    control.setAttribute('type', 'button');
    const label = document.createElement('span');
    label.className = 'label';
    control.append(svg, label);
  }
  li = document.createElement('li');
  li.append(control);
  prototypes.set(id, li);
  return li;
}

/** What the device's share sheet gets. */
function nativeData(data: ShareData): { title: string; text: string; url: string } {
  return { title: data.headline, text: data.text, url: data.url };
}

/** The share bar's state (the live region and the copy fallback) and its actions. */
export class ShareController implements ReactiveController {
  status = '';
  fallbackUrl = '';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {}

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
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
      this.fallbackUrl = '';
    } catch {
      // No Clipboard API (insecure context, old browser, denied permission): show the link,
      // selected, so the reader can copy it by hand, and try the older copy command on it.
      this.fallbackUrl = url;
      this.host.requestUpdate();
      await this.host.updateComplete;
      const field = this.host.shadowRoot?.querySelector<HTMLInputElement>('.fallback');
      field?.focus();
      field?.select();
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
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.status = message;
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  render(view: ShareView): TemplateResult | typeof nothing {
    if (!view.url) return nothing;
    const { lang, parts } = view;
    return html`${this.list(view)}<p class="status" part=${parts.status} role="status" .textContent=${this.status}></p>${
      this.fallbackUrl
        ? html`<input class="fallback" part=${parts.field} dir="ltr" readonly .value=${this.fallbackUrl} aria-label=${t(lang, 'copyLink')} />`
        : nothing
    }`;
  }

  private built: { key: string; list: HTMLUListElement } | undefined;

  /**
   * The list of controls, built from cloned prototypes and kept until what it shows changes: a
   * page of cards renders thousands of these, and plain clones cost far less than a template
   * instance and its parts per control. One listener on the list serves every control.
   */
  private list(view: ShareView): HTMLUListElement {
    const { lang, parts } = view;
    const data = shareData(view);
    const names = parseTargets(view.targets);
    // Asked only when the share sheet is one of the targets.
    const canShare = names.includes('native') && typeof navigator.share === 'function' && (navigator.canShare?.(nativeData(data)) ?? true);
    // What each control shows (links follow from `data`); strings registered later change the
    // labels, and so the key.
    const controls = names
      .filter((name) => name !== 'native' || canShare)
      .map((name) => {
        const target = SHARE_TARGETS[name]!;
        if (target.kind !== 'link') return { name, label: t(lang, target.kind === 'native' ? 'share' : 'copyLink') };
        return { name, label: name === 'email' ? t(lang, 'shareByEmail') : t(lang, 'shareOn', { network: target.label }) };
      });
    const listLabel = t(lang, 'shareBar');
    const key = JSON.stringify([controls, data, lang, listLabel, parts.list, parts.button]);
    if (this.built?.key === key) return this.built.list;
    const list = document.createElement('ul');
    list.setAttribute('part', parts.list);
    list.setAttribute('role', 'list');
    list.setAttribute('aria-label', listLabel);
    const actions: Array<() => void> = [];
    for (const { name, label } of controls) {
      const target = SHARE_TARGETS[name]!;
      const item = prototype(name, target, parts.button).cloneNode(true) as HTMLLIElement;
      const control = item.firstChild as HTMLElement;
      if (target.kind === 'link') {
        control.setAttribute('href', target.href(data));
        control.setAttribute('aria-label', label);
        control.setAttribute('title', label);
        actions.push(() => this.shared(name, data.url));
      } else {
        control.lastChild!.textContent = label;
        actions.push(target.kind === 'native' ? () => void this.nativeShare(data) : () => void this.copy(data.url, lang));
      }
      list.append(item);
    }
    list.addEventListener('click', (event) => {
      const control = (event.target as Element | null)?.closest?.('a, button');
      const item = control?.parentNode;
      if (!control || item?.parentNode !== list) return;
      actions[Array.prototype.indexOf.call(list.children, item)]?.();
    });
    this.built = { key, list };
    return list;
  }
}
