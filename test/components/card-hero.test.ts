// The page's hero (src/components/article-card/hero.ts): the first card in the viewport with a
// picture loads it at once and first; every other picture stays lazy. Each case is a fresh
// document (a frame with the built drop-in), since a page has one hero for good.
import { expect } from '@open-wc/testing';
import { laidOut } from '../helpers.js';

const picture = (name: string) => `image="/test/csp/pixel.svg?${name}" image-alt="${name}"`;

/** A frame of 800 × 600 with `body`, the drop-in run, and each card rendered and laid out. */
async function page(body: string): Promise<HTMLElement[]> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 800px; height: 600px; border: 0';
  iframe.srcdoc = `<!doctype html><html lang="en"><body style="margin: 0">${body}<script src="/dist/article-embed.min.js"></script></body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const cards = Array.from(iframe.contentDocument!.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('article-card'));
  await Promise.all(cards.map((card) => card.updateComplete));
  // The hero is chosen in the animation frame before the first layout: after it, the update it made.
  await Promise.all(cards.map((card) => laidOut(card)));
  await Promise.all(cards.map((card) => card.updateComplete));
  return cards;
}

/** `loading` and `fetchpriority` of each card's picture ('' for a card without one). */
const pictures = (cards: HTMLElement[]) =>
  cards.map((card) => {
    const img = card.shadowRoot!.querySelector('img.hero');
    return img ? `${img.getAttribute('loading')} ${img.getAttribute('fetchpriority') ?? '-'}` : '';
  });

describe('<article-card> hero picture', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

  it('loads the first card in view eagerly, at high priority; the others stay lazy', async () => {
    const cards = await page(`
      <article-card layout="summary" headline="One" ${picture('one')}></article-card>
      <article-card layout="summary" headline="Two" ${picture('two')}></article-card>
      <div style="height: 3000px"></div>
      <article-card headline="Far" ${picture('far')}></article-card>`);
    expect(pictures(cards)).to.deep.equal(['eager high', 'lazy -', 'lazy -']);
  });

  it('picks the first card in the viewport, not the first in the document', async () => {
    const cards = await page(`
      <div style="position: absolute; top: 2500px; width: 100%"><article-card headline="Below" ${picture('below')}></article-card></div>
      <article-card layout="summary" headline="In view" ${picture('in-view')}></article-card>`);
    expect(pictures(cards)).to.deep.equal(['lazy -', 'eager high']);
  });

  it('passes over a card in view without a picture', async () => {
    const cards = await page(`
      <article-card layout="summary" headline="Words only" url="https://ledger.example/w"></article-card>
      <article-card layout="summary" headline="Pictured" ${picture('pictured')}></article-card>`);
    expect(pictures(cards)).to.deep.equal(['', 'eager high']);
  });

  it('leaves every picture lazy when no card is in view', async () => {
    const cards = await page(`<div style="height: 3000px"></div>
      <article-card headline="Far" ${picture('far')}></article-card>
      <article-card headline="Farther" ${picture('farther')}></article-card>`);
    expect(pictures(cards)).to.deep.equal(['lazy -', 'lazy -']);
  });
});
