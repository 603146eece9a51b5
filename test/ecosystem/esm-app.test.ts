// The plain-ESM example app (the npm-app demo page) as built by `npm run build`, through the
// package's exports map. One file per app: each registers the elements with its own bundle.
import { expect } from '@open-wc/testing';
import { load, until, headlineOf } from './helpers.js';

describe('plain-ESM example app (demo/esm-app, the npm-app page)', () => {
  it('registers through the define module, sets the article property and reads typed load events', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    try {
      const app = await load('/demo/esm-app/dist/app.js');
      const articles = (await app.mount(container)) as Array<{ headline: string; lang?: string }>;
      expect(articles.map((a) => a.lang)).to.deep.equal(['fr', 'ar', 'en']);
      const cards = Array.from(container.querySelectorAll('article-card'));
      expect(cards.length).to.equal(3);
      expect(customElements.get('article-card')).to.not.equal(undefined);
      expect(customElements.get('article-byline')).to.not.equal(undefined);
      await until(() => cards.every((card) => headlineOf(card) !== ''), 'three headlines');
      expect(headlineOf(cards[0]!)).to.equal('Le tramway de nuit prolongé jusqu’au port');
    } finally {
      container.remove();
    }
  });

  it('uses the string the app registered', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    try {
      const app = await load('/demo/esm-app/dist/app.js');
      await app.mount(container);
      const card = container.querySelectorAll('article-card')[2]!;
      card.setAttribute('layout', 'full');
      await until(
        () => (card.shadowRoot?.querySelector('[part="comments"]')?.textContent ?? '').includes('Join the discussion'),
        'the renamed string',
      );
    } finally {
      container.remove();
    }
  });
});
