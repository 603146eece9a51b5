/** Small helpers shared by the browser tests. */
import { oneEvent } from '@open-wc/testing';

/** The element's shadow root (every element here has an open one). */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

/** First match in the element's shadow root, or an error naming the selector. */
export function $(el: Element, selector: string): HTMLElement {
  const found = shadow(el).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in ${el.localName}`);
  return found;
}

/** Whether the selector matches anything in the element's shadow root. */
export function has(el: Element, selector: string): boolean {
  return shadow(el).querySelector(selector) !== null;
}

/** Trimmed, whitespace-folded text. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits for a Lit element (and any Lit children in its shadow root) to finish rendering. */
export async function settled(el: Element): Promise<void> {
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  for (const child of Array.from(el.shadowRoot?.querySelectorAll('*') ?? [])) {
    if (child.localName.startsWith('article-')) await settled(child);
  }
}

export { oneEvent };

/**
 * Resolves at the element's first IntersectionObserver report, which the browser delivers after
 * the next rendering update has laid the page out — after that update's animation-frame callbacks
 * (a new card's first-frame check among them). Use it before measuring a new card, or before
 * reading `innerText`, which is empty while a card still skips rendering (`content-visibility: auto`).
 */
export function laidOut(el: Element): Promise<void> {
  // The element's own window: an element in a frame is laid out by that frame.
  const View = (el.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
  return new Promise((resolve) => {
    const observer = new View.IntersectionObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(el);
  });
}

/** Resolves when an element with `content-visibility: auto` starts (`true`) or stops (`false`) skipping its content. */
export function skipping(el: Element, skipped: boolean): Promise<void> {
  return new Promise((resolve) => {
    const listener = (event: Event) => {
      if ((event as Event & { skipped: boolean }).skipped !== skipped) return;
      el.removeEventListener('contentvisibilityautostatechange', listener);
      resolve();
    };
    el.addEventListener('contentvisibilityautostatechange', listener);
  });
}

/**
 * Resolves after `n` rendering updates. Only for asserting that something does NOT change over the
 * next updates (nothing moves, nothing renders); to wait for something, wait for its event.
 */
export async function renderingUpdates(n: number, win: Window = window): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
}

/**
 * Resolves once every image in `root` (and in shadow roots below it) has loaded or failed; lazy
 * images are left out, since those out of view never load.
 */
export async function imagesSettled(root: ParentNode): Promise<void> {
  const images: HTMLImageElement[] = [];
  const visit = (node: ParentNode) => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      // By name: an image in a frame is no instance of this window's HTMLImageElement.
      if (el.localName === 'img' && !(el as HTMLImageElement).complete && (el as HTMLImageElement).loading !== 'lazy')
        images.push(el as HTMLImageElement);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  await Promise.all(
    images.map((img) => new Promise((resolve) => (img.addEventListener('load', resolve), img.addEventListener('error', resolve)))),
  );
}
