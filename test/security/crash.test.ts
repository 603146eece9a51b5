// No input crashes an element: text with lone surrogates, bodies that sanitize to nothing, and a
// bug in any element's update all end in a rendered or error state, never in an uncaught
// exception or an unhandled rejection on the host page.
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import '../../src/index.js';
import type { ArticleCard, ArticleShare } from '../../src/index.js';
import { ArticleElement } from '../../src/components/article-element.js';
import { sanitizeHtml } from '../../src/safety/sanitize.js';
import { nestingDepth } from '../../src/safety/limits.js';
import { SHARE_TARGETS, wellFormed, type LinkTarget } from '../../src/components/article-share/share-targets.js';
import { ArticleError } from '../../src/model/errors.js';
import type { ArticleErrorEvent } from '../../src/events/events.js';
import { settled, shadow } from '../helpers.js';
import { outcome, track, watchUncaught } from './harness.js';

const LONE_HIGH = '\uD83D';
const LONE_LOW = '\uDE00';

describe('no crash: text that is not well-formed UTF-16', () => {
  const uncaught = watchUncaught();

  it('wellFormed replaces each lone surrogate with U+FFFD and keeps pairs', () => {
    expect(wellFormed(`a${LONE_HIGH}b${LONE_LOW}c\uD83D\uDE00`)).to.equal('a\uFFFDb\uFFFDc\uD83D\uDE00');
    expect(wellFormed(`${LONE_LOW}${LONE_HIGH}`)).to.equal('\uFFFD\uFFFD');
  });

  it('every share link builds from a headline, text, via and hashtag with lone surrogates', () => {
    const data = {
      url: 'https://ledger.example/a',
      headline: `Ferries ${LONE_HIGH}`,
      text: `${LONE_LOW} back`,
      via: `desk${LONE_HIGH}`,
      hashtags: [`tag${LONE_LOW}`],
    };
    const links = Object.entries(SHARE_TARGETS).filter((entry): entry is [string, LinkTarget] => entry[1].kind === 'link');
    expect(links.length).to.be.greaterThan(5);
    const hrefs = Object.fromEntries(links.map(([name, target]) => [name, target.href(data)]));
    // The networks that take text (Facebook and LinkedIn take the URL alone).
    for (const name of ['x', 'whatsapp', 'telegram', 'reddit', 'bluesky', 'email']) expect(hrefs[name], name).to.contain('%EF%BF%BD');
  });

  it('<article-share> with a lone surrogate in its headline renders its links', async () => {
    const el = await fixture<ArticleShare>(
      html`<article-share url="https://ledger.example/a" headline=${`Night ${LONE_HIGH}ferry`} targets="x,email"></article-share>`,
    );
    await settled(el);
    const hrefs = Array.from(shadow(el).querySelectorAll('a'), (a) => a.getAttribute('href') ?? '');
    expect(hrefs.length).to.equal(2);
    expect(hrefs.every((href) => href.includes('Night%20%EF%BF%BDferry'))).to.equal(true);
    expect(uncaught()).to.deep.equal([]);
  });

  it('<article-card> with lone surrogates in every text field renders, share bar included', async () => {
    const card = track(document.createElement('article-card') as ArticleCard);
    const result = outcome(card);
    card.article = {
      headline: `Harbour ${LONE_LOW}lights`,
      url: `https://ledger.example/${LONE_HIGH}`,
      excerpt: LONE_HIGH,
      section: LONE_LOW,
      authors: [{ name: `Ana ${LONE_HIGH}` }],
      body: `<p>${LONE_HIGH}</p>`,
    };
    (await fixture(html`<div></div>`)).append(card);
    expect(await result).to.equal('rendered');
    await settled(card);
    expect(shadow(card).querySelectorAll('[part="share"] a[href*="%EF%BF%BD"]').length).to.be.greaterThan(0);
    expect(uncaught()).to.deep.equal([]);
  });
});

describe('no crash: bodies that sanitize to nothing', () => {
  const uncaught = watchUncaught();

  it('a <frameset> document (DOMPurify answers null) sanitizes to an empty fragment', () => {
    const fragment = sanitizeHtml('<frameset><frame src="https://evil.example/"></frameset>');
    expect(fragment.nodeType).to.equal(Node.DOCUMENT_FRAGMENT_NODE);
    expect(fragment.childNodes.length).to.equal(0);
  });

  it('nestingDepth of nothing is 0', () => {
    expect(nestingDepth(null)).to.equal(0);
    expect(nestingDepth(undefined)).to.equal(0);
    expect(nestingDepth(sanitizeHtml(''))).to.equal(0);
  });

  for (const body of [
    '<frameset><frame src="https://evil.example/"></frameset>',
    '<html><frameset cols="50%,50%"></frameset></html>',
    '<script>__xss()</script>',
    '<style>*{}</style>',
    '\u0000',
    '<!-- only a comment -->',
    '<template><p>inert</p></template>',
  ]) {
    it(`a card whose body is ${JSON.stringify(body)} renders without a body`, async () => {
      const card = track(document.createElement('article-card') as ArticleCard);
      const result = outcome(card);
      card.setAttribute('headline', 'Nothing left');
      card.setAttribute('body', body);
      (await fixture(html`<div></div>`)).append(card);
      expect(await result).to.equal('rendered');
      await settled(card);
      expect(shadow(card).querySelector('[part="body"] *')).to.equal(null);
      expect(uncaught()).to.deep.equal([]);
    });
  }
});

/** An element whose update fails where `failIn` says, until `failIn` is cleared. */
class FaultyElement extends ArticleElement {
  static override properties = { failIn: {}, label: {} };
  failIn: 'willUpdate' | 'render' | 'updated' | '' = 'render';
  label = 'fine';
  protected override willUpdate(): void {
    if (this.failIn === 'willUpdate') throw new TypeError('willUpdate broke');
  }
  override render() {
    if (this.failIn === 'render') throw new TypeError('render broke');
    return litHtml`<p>${this.label}</p>`;
  }
  protected override updated(): void {
    if (this.failIn === 'updated') throw new TypeError('updated broke');
  }
  protected override renderFailure(error: ArticleError) {
    return litHtml`<p role="alert">failed: ${error.code}</p>`;
  }
}
customElements.define('faulty-article-element', FaultyElement);

describe('no crash: a failing update becomes the element’s error state', () => {
  const uncaught = watchUncaught();

  for (const failIn of ['willUpdate', 'render', 'updated'] as const) {
    it(`a throw in ${failIn}() fires article-error (internal, with the cause) and shows the error state`, async () => {
      const el = document.createElement('faulty-article-element') as FaultyElement;
      el.failIn = failIn;
      const errors: ArticleErrorEvent[] = [];
      el.addEventListener('article-error', (event) => errors.push(event as ArticleErrorEvent));
      const neighbour = track(document.createElement('article-card') as ArticleCard);
      neighbour.setAttribute('headline', 'The neighbour still renders');
      const neighbourDone = outcome(neighbour);
      (await fixture(html`<div></div>`)).append(el, neighbour);
      await el.updateComplete;
      expect(errors.length).to.equal(1);
      const { error } = errors[0]!.detail;
      expect(error).to.be.instanceOf(ArticleError);
      expect(error.code).to.equal('internal');
      expect(String((error as { cause?: unknown }).cause)).to.contain(`${failIn} broke`);
      expect(errors[0]!.bubbles && errors[0]!.composed).to.equal(true);
      if (failIn !== 'updated') expect(shadow(el).textContent).to.contain('failed: internal');
      expect(await neighbourDone).to.equal('rendered');
      expect(uncaught()).to.deep.equal([]);
    });
  }

  it('the next update that succeeds replaces the error state', async () => {
    const el = await fixture<FaultyElement>(html`<faulty-article-element></faulty-article-element>`);
    expect(shadow(el).textContent).to.contain('failed: internal');
    el.failIn = '';
    el.label = 'recovered';
    await el.updateComplete;
    expect(shadow(el).textContent?.trim()).to.equal('recovered');
    expect(uncaught()).to.deep.equal([]);
  });

  it('updateComplete resolves (never rejects) after a failed update', async () => {
    const el = document.createElement('faulty-article-element') as FaultyElement;
    (await fixture(html`<div></div>`)).append(el);
    expect(
      await el.updateComplete.then(
        () => 'resolved',
        () => 'rejected',
      ),
    ).to.equal('resolved');
    expect(uncaught()).to.deep.equal([]);
  });
});

describe('no crash: the card shows its error box after an internal failure', () => {
  const uncaught = watchUncaught();

  it('a throw while rendering a card gives its error box, article-error with src, and Retry', async () => {
    const card = track(document.createElement('article-card') as ArticleCard);
    card.setAttribute('headline', 'Broken render');
    // A bug in the card's own template, simulated on this one instance.
    (card as unknown as { render: () => unknown }).render = () => {
      throw new RangeError('template bug');
    };
    let detail: ArticleErrorEvent['detail'] | undefined;
    card.addEventListener('article-error', (event) => (detail = (event as ArticleErrorEvent).detail), { once: true });
    (await fixture(html`<div></div>`)).append(card);
    expect(await outcome(card)).to.equal('error');
    expect(detail?.error.code).to.equal('internal');
    expect(String((detail?.error as { cause?: unknown }).cause)).to.contain('template bug');
    const box = shadow(card).querySelector('[part="error"]');
    expect(box?.getAttribute('role')).to.equal('alert');
    expect(box?.querySelectorAll('[part="retry"]').length).to.equal(1);
    expect(uncaught()).to.deep.equal([]);
    // Fixed (here: the instance's own render removed), the next update shows the article.
    delete (card as unknown as { render?: unknown }).render;
    card.setAttribute('headline', 'Fixed render');
    await settled(card);
    expect(shadow(card).querySelector('.headline')?.textContent?.trim()).to.equal('Fixed render');
  });
});
