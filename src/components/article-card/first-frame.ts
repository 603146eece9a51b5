/**
 * A card far from the viewport skips its rendering (`content-visibility: auto`), but a browser
 * decides what is far only after a new card's first frame: until then it skips every new card
 * and draws it at its estimated height, so a card in view would be painted at that estimate and
 * jump to its real height one frame later, moving what follows it (a layout shift).
 *
 * So, in each frame in which cards were connected, before that frame is drawn, the new cards
 * are measured in one pass and those near the viewport are told to render now (they leave
 * skipped rendering for good); the others stay skipped until the reader scrolls near them.
 * Measuring repeats while it finds cards to render, since a card in view that takes its real
 * height moves the cards after it.
 */

/** The cards to measure, each with what it does when it turns out to be near the viewport. */
const pending = new Map<Element, () => void>();
let scheduled = false;
/** Passes of measuring per frame: each is a layout, and a few rendered cards fill any screen. */
const MAX_PASSES = 8;

/** Can cards skip rendering at all? (`:state()` marks the ones that must not; see the styles.) */
export const skipsOffScreen: boolean =
  typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('selector(:state(near))');

/** Is `rect` in the viewport, or within half a viewport of it? */
function near(rect: DOMRect): boolean {
  const height = innerHeight;
  const width = innerWidth;
  return rect.bottom >= -height / 2 && rect.top <= height * 1.5 && rect.right >= -width / 2 && rect.left <= width * 1.5;
}

function settle(): void {
  scheduled = false;
  for (let pass = 0; pass < MAX_PASSES && pending.size; pass++) {
    // One layout for the whole batch: skipped cards measure at their estimated height.
    const found = [...pending].filter(([card]) => !card.isConnected || near(card.getBoundingClientRect()));
    if (!found.length) break;
    for (const [card, renderNow] of found) {
      pending.delete(card);
      if (card.isConnected) renderNow();
    }
  }
  // The rest are off screen: the browser renders them when the reader scrolls near.
  pending.clear();
}

/** Measures `card` before the next frame is drawn (called when it is connected). */
export function checkBeforeFirstFrame(card: Element, renderNow: () => void): void {
  if (!skipsOffScreen) return;
  pending.set(card, renderNow);
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(settle);
}
