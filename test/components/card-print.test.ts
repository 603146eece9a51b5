// Printing a card: the article alone (no menu, share bar, version toggle), in ink on white.
//
// Two ways, so that every engine checks it: in Chromium the driver emulates print media and the
// real `@media print` applies; in every engine (Firefox and WebKit cannot emulate print), the
// card's own `@media print` rules are copied, as they are, into a sheet without the condition and
// adopted by the card, so the engine computes exactly what those rules do to the card.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { ArticleCard } from '../../src/index.js';
import { forgetMode } from '../../src/preferences/mode-preference.js';
import { $, settled } from '../helpers.js';

const story = {
  headline: 'Night ferries return to the fjord',
  url: 'https://ledger.example/2026/03/ferries/',
  body: '<p>The first paragraph.</p>',
  image: { url: '/test/csp/pixel.svg', alt: 'A ferry at night', width: 1200, height: 630 },
  authors: [{ name: 'Ingrid Solberg' }],
  published: '2026-03-14T07:12:00Z',
  lang: 'en',
  menu: [{ label: 'Home', url: 'https://ledger.example/' }],
};

async function darkCard(): Promise<ArticleCard> {
  const el = await fixture<ArticleCard>(html`<article-card theme="dark" style="width: 600px" .article=${story}></article-card>`);
  await settled(el);
  return el;
}

/** The card's `@media print` rules, without their condition. */
function printRules(el: ArticleCard): string {
  const sheets = [...el.shadowRoot!.adoptedStyleSheets, ...Array.from(el.shadowRoot!.styleSheets)];
  const rules = sheets.flatMap((sheet) => Array.from(sheet.cssRules));
  const print = rules.filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print');
  expect(print.length, 'the card has @media print rules').to.be.greaterThan(0);
  return print.flatMap((rule) => Array.from(rule.cssRules, (inner) => inner.cssText)).join('\n');
}

const display = (el: ArticleCard, selector: string) => getComputedStyle($(el, selector)).display;

function expectPrinted(el: ArticleCard): void {
  for (const selector of ['[part="menu"]', '[part="share"]', '[part="mode-toggle"]']) {
    expect(display(el, selector), selector).to.equal('none');
  }
  for (const selector of ['[part="headline"]', '[part="byline"]', '[part="image"]', '[part="body"]', '[part="footer"]']) {
    expect(display(el, selector), selector).to.not.equal('none');
  }
  // Ink on white, whatever the theme.
  expect(getComputedStyle($(el, '[part="headline"]')).color).to.equal('rgb(0, 0, 0)');
  expect(getComputedStyle(el).contentVisibility ?? 'visible').to.equal('visible');
}

describe('<article-card> printed', () => {
  beforeEach(() => forgetMode());

  it('shows menu, share bar and toggle on screen', async () => {
    const el = await darkCard();
    for (const selector of ['[part="menu"]', '[part="share"]', '[part="mode-toggle"]']) expect(display(el, selector)).to.not.equal('none');
    expect(getComputedStyle($(el, '[part="headline"]')).color).to.not.equal('rgb(0, 0, 0)');
  });

  it('prints the article alone, in ink: the print rules applied as they are (every engine)', async () => {
    const el = await darkCard();
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(printRules(el));
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
    expectPrinted(el);
  });

  it('prints the article alone, in ink: print media emulated (Chromium)', async function () {
    // Only Chromium's driver can emulate media (docs/testing.md); elsewhere the test above covers it.
    if (!navigator.userAgent.includes('Chrome/')) this.skip();
    const el = await darkCard();
    await emulateMedia({ media: 'print' });
    try {
      if (!matchMedia('print').matches) this.skip();
      expectPrinted(el);
    } finally {
      await emulateMedia({ media: 'screen' }).catch(() => undefined);
    }
  });
});
