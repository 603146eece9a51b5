// The React 19 example app as built by `npm run build` (scripts/build-examples.js), through the
// package's exports map. One file per app: each registers the elements with its own bundle.
import { expect } from '@open-wc/testing';
import { load, until, headlineOf } from './helpers.js';

describe('React 19 example app (demo/react-app)', () => {
  let container: HTMLDivElement;
  let root: { unmount(): void } | undefined;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    root?.unmount();
    container.remove();
  });

  it('passes an object through the `article` property and hears `onarticle-load`', async () => {
    const app = await load('/demo/react-app/dist/app.js');
    root = app.mount(container) as { unmount(): void };
    await until(() => !!container.querySelector('article-card')?.shadowRoot?.querySelector('[part="headline"]'), 'the card');
    const card = container.querySelector('article-card')!;
    expect(headlineOf(card)).to.equal('Rooftop beehives return to the old tram depot');
    await until(
      () => container.querySelector('[data-testid="loaded"]')?.textContent === 'Showing: Rooftop beehives return to the old tram depot',
      'the load event in React state',
    );
    // A property set by React, not an attribute: React 19 sets properties that the element has.
    expect(card.hasAttribute('article')).to.equal(false);
    expect(card.getAttribute('layout')).to.equal('summary');
  });

  it('re-renders the card when React state changes, including a right-to-left article', async () => {
    const app = await load('/demo/react-app/dist/app.js');
    root = app.mount(container) as { unmount(): void };
    await until(() => container.querySelectorAll('[role="group"] button').length === 3, 'the buttons');
    container.querySelectorAll<HTMLButtonElement>('[role="group"] button')[2]!.click();
    const card = () => container.querySelector('article-card')!;
    await until(() => headlineOf(card()).startsWith('שוק'), 'the Hebrew article');
    expect(card().shadowRoot!.querySelector('[part="card"]')!.getAttribute('dir')).to.equal('rtl');
    await until(() => (container.querySelector('[data-testid="loaded"]')?.textContent ?? '').includes('שוק'), 'the second load event');
  });

  it('hears `onarticle-share` from a share bar', async () => {
    const app = await load('/demo/react-app/dist/app.js');
    root = app.mount(container) as { unmount(): void };
    await until(() => !!container.querySelector('article-share')?.shadowRoot?.querySelector('button[part="button"]'), 'the share bar');
    const share = container.querySelector('article-share')!;
    expect(share.getAttribute('url') ?? (share as HTMLElement & { url: string }).url).to.contain('rooftop-beehives');
    share.shadowRoot!.querySelector<HTMLButtonElement>('button[part="button"]')!.click();
    await until(
      () => container.querySelector('[data-testid="shared"]')?.textContent === 'Shared via copy',
      'the share event in React state',
    );
  });
});
