// The byline's dates on phones and in narrow columns, measured as laid out: one tidy line or two,
// no line that begins with the "·" separator, nothing cut or wider than the column; an update on
// the day of publication shows its time; long dates shortened on narrow cards.
import { fixture, html, expect } from '@open-wc/testing';
import '../../src/index.js';
import type { ArticleCard } from '../../src/index.js';
import { forgetMode } from '../../src/preferences/mode-preference.js';
import { $, laidOut, settled, shadow } from '../helpers.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

const story = {
  headline: 'Night ferries return to the fjord',
  url: 'https://ledger.example/2026/03/ferries/',
  body: `<p>${words(700)}</p>`,
  authors: [{ name: 'Ingrid Solberg', url: 'https://ledger.example/a/ingrid', image: 'https://ledger.example/never/ingrid.png' }],
  published: '2026-03-14T07:12:00Z',
  modified: '2026-03-15T09:30:00Z',
};

async function card(width: number, article: object): Promise<ArticleCard> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="inline-size: ${width}px"><article-card mode="auto" .article=${article}></article-card></div>`,
  );
  const el = wrapper.querySelector('article-card')!;
  await settled(el);
  await laidOut(el);
  return el;
}

const shownText = (node: HTMLElement) => node.innerText.replace(/\s+/g, ' ').trim();

/** Where each piece of the date line is, in the direction of the text. */
function measure(el: Element) {
  const meta = $(el, '[part="meta"]');
  const rtl = getComputedStyle(meta).direction === 'rtl';
  // The column the text lines up in: the content box of the line's parent (its padding is the
  // room the clip leaves for focus rings).
  const parent = meta.parentElement!;
  const outer = parent.getBoundingClientRect();
  const style = getComputedStyle(parent);
  const column = {
    left: outer.left + parseFloat(style.paddingLeft),
    right: outer.right - parseFloat(style.paddingRight),
    width: outer.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
  };
  const box = meta.getBoundingClientRect();
  // The part of the line box that is painted: its clip-path inset, start and end.
  const [, right = 0, , left = 0] = (getComputedStyle(meta).clipPath.match(/-?[\d.]+(?=px)/g) ?? []).map(parseFloat);
  const visible = { left: box.left + left, right: box.right - right };
  // Offsets from the column's start edge, whatever the direction.
  const from = (x: number) => (rtl ? column.right - x : x - column.left);
  const pieces = Array.from(meta.children as HTMLCollectionOf<HTMLElement>).map((piece) => {
    const range = document.createRange();
    range.selectNodeContents(piece);
    const text = range.getBoundingClientRect();
    const rect = piece.getBoundingClientRect();
    return {
      top: Math.round(rect.top),
      // The piece's box begins with its separator; its text follows.
      boxStart: from(rtl ? rect.right : rect.left),
      textStart: from(rtl ? text.right : text.left),
      end: from(rtl ? rect.left : rect.right),
    };
  });
  return {
    pieces,
    visibleStart: from(rtl ? visible.right : visible.left),
    visibleEnd: from(rtl ? visible.left : visible.right),
    width: column.width,
  };
}

function lines(pieces: Array<{ top: number }>): number {
  return new Set(pieces.map((p) => p.top)).size;
}

describe('the byline on narrow cards', () => {
  beforeEach(() => forgetMode());

  for (const lang of ['en', 'de', 'fr', 'ar', 'fa']) {
    for (const width of [320, 360, 390, 480, 560, 700, 900]) {
      it(`${lang} at ${width}px: one line or two, no line begins with "·", nothing cut`, async () => {
        const el = await card(width, { ...story, lang });
        const { pieces, visibleStart, visibleEnd, width: column } = measure(el);
        expect(pieces.length).to.equal(3);
        // The painted part of the line starts at the column's start, with the text.
        expect(Math.abs(visibleStart)).to.be.below(1);
        let previousTop = -Infinity;
        for (const piece of pieces) {
          const startsLine = piece.top > previousTop + 2;
          previousTop = piece.top;
          if (startsLine) {
            // Its separator lies before the painted part; its text begins the line.
            expect([piece.boxStart < visibleStart - 1, Math.abs(piece.textStart) < 1]).to.deep.equal([true, true]);
          } else {
            expect(piece.boxStart).to.be.at.least(visibleStart);
          }
          expect(piece.end).to.be.at.most(Math.min(visibleEnd, column) + 0.5);
        }
        expect(lines(pieces)).to.be.at.most(2);
      });
    }
  }

  const short = { ...story, body: '<p>A short one.</p>' };

  it('shortens long dates on narrow cards, and shows them whole on wide ones', async () => {
    const narrow = await card(360, { ...short, lang: 'en' });
    const wide = await card(900, { ...short, lang: 'en' });
    expect(shownText($(narrow, '[part="published"]'))).to.equal('Mar 14, 2026');
    expect(shownText($(wide, '[part="published"]'))).to.equal('March 14, 2026 at 7:12 AM');
    expect(shownText($(narrow, '[part="modified"]'))).to.equal('Mar 15, 2026');
  });

  it('shows the time of an update made on the day of publication, not the same date twice', async () => {
    for (const [lang, time, date] of [
      ['en', '3:40 PM', 'March 14, 2026'],
      ['de', '15:40', '14. März 2026'],
    ] as const) {
      const el = await card(900, { ...short, lang, modified: '2026-03-14T15:40:00Z' });
      const modified = $(el, '[part="modified"]');
      expect(shownText(modified)).to.equal(time);
      // The exact date and time stay in the title.
      expect(modified.title).to.contain(date);
      const meta = shownText($(el, '[part="meta"]'));
      expect(meta.split(date).length - 1).to.equal(1);
    }
    const summary = await card(900, { ...short, modified: '2026-03-14T15:40:00Z', lang: 'en' });
    summary.layout = 'summary';
    await settled(summary);
    expect(shownText($(summary, '[part="modified"]'))).to.equal('3:40 PM');
    expect(shadow(summary).querySelectorAll('[part="meta"] > *').length).to.equal(2);
  });
});
