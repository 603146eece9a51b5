// Summary cards fit their content: no fixed text height (no gap before "Read more"), no picture
// tile without a picture, the picture's space reserved from what is known (16:9, or the image's
// width and height in the full layout), and the publisher shown with its logo.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ArticleCard } from '../../src/index.js';
import { forgetMode } from '../../src/preferences/mode-preference.js';
import { $, has, laidOut, settled, textOf } from '../helpers.js';
import { api, newTag, release } from '../load/server.js';

const story = {
  headline: 'Night ferries return to the fjord',
  url: 'https://ledger.example/2026/03/ferries/',
  excerpt: 'A late crossing is back.',
  authors: [{ name: 'Ingrid Solberg' }],
  published: '2026-03-14T07:12:00Z',
  publisher: { name: 'The Harbour Ledger', url: 'https://ledger.example/', logo: '/test/csp/pixel.svg' },
  section: 'Local',
  lang: 'en',
};

async function card(article: object, attributes = '', width = 360): Promise<ArticleCard> {
  const wrap = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}></div>`);
  wrap.innerHTML = `<article-card layout="summary" ${attributes}></article-card>`;
  const el = wrap.firstElementChild as ArticleCard;
  el.article = article as ArticleCard['article'];
  await settled(el);
  await laidOut(el);
  return el;
}

const rect = (el: ArticleCard, selector: string) => $(el, selector).getBoundingClientRect();

describe('<article-card layout="summary"> fits its content', () => {
  beforeEach(() => forgetMode());

  it('ends at "Read more": no empty space between the text and the card’s foot', async () => {
    const el = await card(story);
    const box = rect(el, '.card');
    const padding = parseFloat(getComputedStyle($(el, '.card')).paddingBottom);
    const border = parseFloat(getComputedStyle($(el, '.card')).borderBottomWidth);
    expect(rect(el, '.read-more').bottom).to.be.closeTo(rect(el, '.text').bottom, 1);
    expect(box.bottom - padding - border).to.be.closeTo(rect(el, '.text').bottom, 1);
  });

  it('grows and shrinks with its text, up to three lines of excerpt', async () => {
    const short = await card(story);
    const long = await card({ ...story, excerpt: 'A late crossing is back. '.repeat(3) });
    const longer = await card({ ...story, excerpt: 'A late crossing is back. '.repeat(30) });
    const [a, b, c] = [short, long, longer].map((el) => el.getBoundingClientRect().height);
    expect(b).to.be.above(a! + 20);
    const line = parseFloat(getComputedStyle($(longer, '.excerpt')).lineHeight);
    expect(rect(longer, '.excerpt').height).to.be.closeTo(3 * line, 3);
    expect(c).to.be.at.most(b! + 3 * line);
  });

  it('shows no picture tile for a card that is only a link', async () => {
    const el = await card({ headline: 'Only a link', url: 'https://ledger.example/only' }, 'lang="en"');
    expect(has(el, '[part="image"]')).to.equal(false);
    expect(has(el, 'figure, .placeholder')).to.equal(false);
    // Publisher (the host), headline and "Read more": a small card.
    expect(textOf($(el, '[part="source"]'))).to.equal('ledger.example');
    expect(el.getBoundingClientRect().height).to.be.below(160);
  });

  it('shows the publisher: its logo where the data has one, and its name', async () => {
    const el = await card(story);
    const logo = $(el, '[part="source"] img.logo') as HTMLImageElement;
    expect(logo.getAttribute('alt')).to.equal('');
    expect(new URL(logo.src).pathname).to.equal('/test/csp/pixel.svg');
    expect(textOf($(el, '[part="source"]'))).to.equal('The Harbour Ledger');
    const noLogo = await card({ ...story, publisher: { name: 'The Harbour Ledger' } });
    expect(has(noLogo, '[part="source"] img')).to.equal(false);
    expect(textOf($(noLogo, '[part="source"]'))).to.equal('The Harbour Ledger');
  });

  it('reserves the picture’s 16:9 box before it loads', async () => {
    // An image that never answers: only reserved space can give it a size.
    const tag = newTag('summary-picture');
    const el = await card({ ...story, image: { url: api('held', tag), alt: 'A ferry' } });
    const picture = rect(el, 'img.hero');
    await release(tag);
    expect(picture.width).to.be.above(100);
    expect(picture.height).to.be.closeTo((picture.width * 9) / 16, 1);
  });

  it('reserves the full layout’s picture from its width and height before it loads', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 500px"></div>`);
    const el = document.createElement('article-card') as ArticleCard;
    const tag = newTag('full-picture');
    el.article = { ...story, image: { url: api('held', tag), alt: 'A ferry', width: 1200, height: 400 } };
    wrap.append(el);
    await settled(el);
    await laidOut(el);
    const picture = rect(el, 'img.hero');
    await release(tag);
    expect(picture.width).to.be.above(100);
    expect(picture.height).to.be.closeTo(picture.width / 3, 1);
  });
});
