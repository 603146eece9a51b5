// The card's picture keeps the box its data announces, whether the file loads or not: a picture
// that fails must not move what follows (WebKit draws a broken picture as a square otherwise).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { ArticleCard } from '../../src/index.js';
import { $, laidOut, settled } from '../helpers.js';

const broken = (tag: string) => `/api/status/404?tag=${tag}`;

async function cardWith(layout: string, image: Record<string, unknown>): Promise<ArticleCard> {
  const article = { headline: 'The lighthouse keeper retires', url: 'https://ledger.example/2026/04/keeper/', image, lang: 'en' };
  const wrap = await fixture<HTMLElement>(
    html`<div style="inline-size: 400px"><article-card layout=${layout} .article=${article}></article-card></div>`,
  );
  const el = wrap.querySelector('article-card') as ArticleCard;
  await settled(el);
  await laidOut(el);
  return el;
}

async function failed(img: HTMLImageElement): Promise<void> {
  if (!(img.complete && img.naturalWidth === 0)) await oneEvent(img, 'error');
}

describe('the card picture when its file fails', () => {
  it('full layout: the box of the width and height in the data', async () => {
    const el = await cardWith('full', { url: broken('full'), alt: 'A lighthouse at dusk', width: 1200, height: 600 });
    const img = $(el, 'img.hero') as HTMLImageElement;
    await failed(img);
    await laidOut(el);
    const box = img.getBoundingClientRect();
    expect(box.height).to.be.closeTo(box.width / 2, 1);
  });

  it('summary layout: the 16:9 box', async () => {
    const el = await cardWith('summary', { url: broken('summary'), alt: 'A lighthouse at dusk', width: 1200, height: 600 });
    const img = $(el, 'img.hero') as HTMLImageElement;
    await failed(img);
    await laidOut(el);
    const box = img.getBoundingClientRect();
    expect(box.height).to.be.closeTo((box.width * 9) / 16, 1);
  });

  it('without dimensions in the data: the 16:9 box', async () => {
    const el = await cardWith('full', { url: broken('no-size'), alt: 'A lighthouse at dusk' });
    const img = $(el, 'img.hero') as HTMLImageElement;
    await failed(img);
    await laidOut(el);
    const box = img.getBoundingClientRect();
    expect(box.height).to.be.closeTo((box.width * 9) / 16, 1);
  });
});
