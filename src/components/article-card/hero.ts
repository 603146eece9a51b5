/**
 * The page's hero: the first card with a picture that is in the viewport when it renders. Its
 * picture is often the page's largest paint, so it loads at once and ahead of other images
 * (`loading="eager"`, `fetchpriority="high"`); every other card's picture stays lazy.
 *
 * Cards offer themselves after rendering a picture; candidates are measured in one batch, in the
 * next animation frame, before that frame is laid out: a picture that becomes the hero there is
 * still waiting for the lazy-loading check, which runs after animation frames, so it starts
 * loading in the same frame. One hero per document: once one is found, offers are ignored.
 */

const candidates = new Map<Element, () => void>();
let found = false;
let scheduled = false;

function inViewport(rect: DOMRect): boolean {
  return rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth;
}

function choose(): void {
  scheduled = false;
  // In document order: the first card in view, however the page positions its columns.
  const ordered = [...candidates].sort(([a], [b]) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING ? 1 : -1));
  candidates.clear();
  for (const [card, makeHero] of ordered) {
    if (found) break;
    if (card.isConnected && inViewport(card.getBoundingClientRect())) {
      found = true;
      makeHero();
    }
  }
}

/** Offers `card`, which has just rendered a picture; `makeHero` runs if it turns out to be the hero. */
export function offerHero(card: Element, makeHero: () => void): void {
  if (found || typeof requestAnimationFrame !== 'function') return;
  candidates.set(card, makeHero);
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(choose);
}
