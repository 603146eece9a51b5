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
