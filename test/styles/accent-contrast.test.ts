// A partner's accent in light and dark: --article-color-accent-dark (or a light-dark() pair) for
// the dark theme, and the guard that keeps any accent at 4.5:1 or more on the card's background.
import { fixture, html, expect } from '@open-wc/testing';
import '../../src/index.js';
import type { ArticleCard, ArticleMenu } from '../../src/index.js';
import { forgetMode } from '../../src/preferences/mode-preference.js';
import { $, laidOut, settled } from '../helpers.js';
import { emulate, resetMedia } from '../a11y/axe.js';

const story = {
  headline: 'Night ferries return to the fjord',
  url: 'https://ledger.example/2026/03/ferries/',
  body: '<p>The first paragraph, with <a href="https://ledger.example/x">a link</a>.</p>',
  section: 'Local',
  comments: { url: 'https://ledger.example/2026/03/ferries/#respond', count: 3 },
  lang: 'en',
};

/** `rgb(…)`/`rgba(…)` as computed, to 0–255 channels (the test's own reading, not the library's). */
function channels(color: string): [number, number, number] {
  const [r, g, b] = color.match(/[\d.]+/g)!.map(Number);
  return [r!, g!, b!];
}

function ratio(a: string, b: string): number {
  const lum = (color: string) => {
    const [r, g, b] = channels(color).map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

async function card(theme: string, style: string): Promise<ArticleCard> {
  const el = await fixture<ArticleCard>(html`<article-card theme=${theme} style=${style} .article=${story}></article-card>`);
  await settled(el);
  await laidOut(el);
  return el;
}

/** The accent as the reader sees it (a link in the body) and the card's background. */
function seen(el: Element): { link: string; background: string } {
  return {
    link: getComputedStyle($(el, '.body a')).color,
    background: getComputedStyle($(el, '.card')).backgroundColor,
  };
}

describe('a partner’s accent in light and dark', () => {
  beforeEach(() => forgetMode());

  for (const [theme, accent] of [
    ['light', '#ffd54f'], // a pale gold: 1.4:1 on white
    ['light', '#8ab4f8'], // the dark theme's blue, given for both
    ['dark', '#1a237e'], // a deep navy: 1.3:1 on the dark background
    ['dark', '#0b57d0'], // the light theme's blue, given for both
  ]) {
    it(`keeps ${accent} at 4.5:1 or more on the ${theme} card, in the same hue`, async () => {
      const el = await card(theme!, `--article-color-accent: ${accent}`);
      const { link, background } = seen(el);
      expect(ratio(link, background)).to.be.at.least(4.5);
      // The same kind of colour, only lighter or darker: the strongest channel stays the strongest.
      const given = accent!
        .slice(1)
        .match(/../g)!
        .map((hex) => parseInt(hex, 16));
      expect(channels(link).indexOf(Math.max(...channels(link)))).to.equal(given.indexOf(Math.max(...given)));
      // The section name and the version toggle use the same guarded accent.
      expect(getComputedStyle($(el, '.section')).color).to.equal(link);
      expect(getComputedStyle($(el, '[part="toggle"]')).color).to.equal(link);
    });
  }

  it('leaves a readable accent exactly as given', async () => {
    const el = await card('light', '--article-color-accent: #c2185b');
    expect(seen(el).link).to.equal('rgb(194, 24, 91)');
  });

  it('takes --article-color-accent-dark in the dark theme, and guards it too', async () => {
    const el = await card('dark', '--article-color-accent: #0b57d0; --article-color-accent-dark: #ffab91');
    expect(seen(el).link).to.equal('rgb(255, 171, 145)');
    const light = await card('light', '--article-color-accent: #0b57d0; --article-color-accent-dark: #ffab91');
    expect(seen(light).link).to.equal('rgb(11, 87, 208)');
    const dim = await card('dark', '--article-color-accent-dark: #202a44');
    expect(ratio(seen(dim).link, seen(dim).background)).to.be.at.least(4.5);
  });

  it('reads a light-dark() pair in each theme', async function () {
    if (!CSS.supports('color', 'light-dark(#000, #fff)')) this.skip();
    const style = '--article-color-accent: light-dark(#b00020, #ff8a80)';
    expect(seen(await card('light', style)).link).to.equal('rgb(176, 0, 32)');
    expect(seen(await card('dark', style)).link).to.equal('rgb(255, 138, 128)');
  });

  it('checks again when the theme changes, and on a partner’s own background', async () => {
    const el = await card('light', '--article-color-accent: #1a237e');
    expect(seen(el).link).to.equal('rgb(26, 35, 126)');
    el.theme = 'dark';
    await settled(el);
    expect(ratio(seen(el).link, seen(el).background)).to.be.at.least(4.5);
    const beige = await card('light', '--article-color-accent: #e07a5f; --article-color-background: #f4f1de');
    expect(ratio(seen(beige).link, seen(beige).background)).to.be.at.least(4.5);
  });

  it('checks again when the reader’s colour scheme changes (theme="auto")', async function () {
    const el = await card('auto', '--article-color-accent: #1a237e');
    expect(seen(el).link).to.equal('rgb(26, 35, 126)');
    const changed = new Promise((resolve) =>
      matchMedia('(prefers-color-scheme: dark)').addEventListener('change', resolve, { once: true }),
    );
    try {
      // Only Chromium's driver can emulate the preference (see test/a11y/axe.ts).
      if (!(await emulate({ colorScheme: 'dark' }, '(prefers-color-scheme: dark)'))) this.skip();
      await changed;
      await settled(el);
      expect(ratio(seen(el).link, seen(el).background)).to.be.at.least(4.5);
    } finally {
      await resetMedia();
    }
  });

  it('guards the standalone elements as well: the menu’s version toggle', async () => {
    const menu = await fixture<ArticleMenu>(html`<article-menu theme="dark" style="--article-color-accent: #1a237e"></article-menu>`);
    await settled(menu);
    const toggle = getComputedStyle($(menu, '[part="toggle"]')).color;
    expect(ratio(toggle, getComputedStyle(menu).backgroundColor)).to.be.at.least(4.5);
  });
});
