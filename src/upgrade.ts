/**
 * Progressive enhancement for the drop-in: `<blockquote class="article-embed" data-…>` fallback
 * markup (a plain link that works without any script) becomes an `<article-card>`.
 */
import { cardAttributes } from './components/article-card/card-attributes.js';

const SELECTOR = 'blockquote.article-embed';

/** Replaces one fallback blockquote by a card; returns the card. */
export function upgradeBlockquote(quote: HTMLElement): HTMLElement {
  const card = document.createElement('article-card');
  // Only the card's own attributes: anything else (data-onclick…) is ignored.
  const attributes = cardAttributes();
  for (const { name, value } of Array.from(quote.attributes)) {
    if (!name.startsWith('data-')) continue;
    const attribute = name.slice(5);
    if (attributes.has(attribute)) card.setAttribute(attribute, value);
  }
  for (const name of ['lang', 'dir']) {
    const value = quote.getAttribute(name);
    if (value && !card.hasAttribute(name)) card.setAttribute(name, value);
  }
  // With no data source, the fallback link itself is the article: its text and address.
  const link = quote.querySelector('a[href]');
  if (link && !card.hasAttribute('src')) {
    if (!card.hasAttribute('headline')) card.setAttribute('headline', link.textContent?.trim() ?? '');
    if (!card.hasAttribute('url')) card.setAttribute('url', link.getAttribute('href') ?? '');
  }
  if (!card.hasAttribute('layout')) card.setAttribute('layout', 'summary');
  // With a data source, the fallback content goes along: the card shows its link if loading
  // fails (children are not the body when there is a `src`).
  if (card.hasAttribute('src')) card.append(...Array.from(quote.childNodes));
  quote.replaceWith(card);
  return card;
}

/** Upgrades every fallback blockquote under `root`, now and as more are added. */
export function upgradeAll(root: ParentNode = document): MutationObserver {
  const run = (scope: ParentNode) => scope.querySelectorAll<HTMLElement>(SELECTOR).forEach(upgradeBlockquote);
  run(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (!(node instanceof HTMLElement)) continue;
        if (node.matches(SELECTOR)) upgradeBlockquote(node);
        else run(node);
      }
    }
  });
  observer.observe(root instanceof Document ? root.documentElement : (root as Node), { childList: true, subtree: true });
  return observer;
}
