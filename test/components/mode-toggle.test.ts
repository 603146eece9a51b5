// The "Exit mobile version" / "Switch to mobile version" toggle of a card: one button that keeps
// keyboard focus, a quiet link at the card's foot, a choice remembered for the site's `auto`
// cards that one click takes back, and a desktop version that stays readable on a phone.
import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { ArticleCard } from '../../src/index.js';
import { forgetMode, MODE_STORAGE_KEY } from '../../src/preferences/mode-preference.js';
import { $, laidOut, settled, shadow } from '../helpers.js';

const story = {
  headline: 'Night ferries return to the fjord after a winter of repairs at the old yard',
  url: 'https://ledger.example/2026/03/ferries/',
  body: '<p>The first paragraph.</p><p>The second paragraph.</p>',
  authors: [{ name: 'Ingrid Solberg', url: 'https://ledger.example/a/ingrid' }],
  published: '2026-03-14T07:12:00Z',
  modified: '2026-03-15T08:05:00Z',
  publisher: { name: 'The Harbour Ledger', url: 'https://ledger.example/' },
  lang: 'en',
  menu: [
    { label: 'Home', url: 'https://ledger.example/' },
    { label: 'Local', url: 'https://ledger.example/local/' },
  ],
};

/** The text a reader sees (a label the container query hides is left out). */
const shownText = (node: HTMLElement) => node.innerText.replace(/\s+/g, ' ').trim();
const toggle = (el: Element) => $(el, '[part="toggle"]');
const version = (el: Element) => (['mobile', 'desktop', 'auto'] as const).find((mode) => $(el, '.card').classList.contains(mode));

async function cards(width: number, ...modes: string[]): Promise<ArticleCard[]> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px">
    ${modes.map((mode) => html`<article-card mode=${mode} .article=${story}></article-card>`)}
  </div>`);
  const found = Array.from(wrapper.querySelectorAll('article-card'));
  await Promise.all(found.map(settled));
  await Promise.all(found.map(laidOut));
  return found;
}

describe('the version toggle', () => {
  beforeEach(() => forgetMode());
  afterEach(() => forgetMode());

  it('keeps keyboard focus on the one toggle button as Enter and Space switch, its label following', async () => {
    const [el] = await cards(360, 'auto');
    const button = toggle(el!);
    button.focus();
    expect(shownText(button)).to.equal('Exit mobile version');
    for (const [key, label, mode] of [
      ['Enter', 'Switch to mobile version', 'desktop'],
      [' ', 'Exit mobile version', 'auto'],
    ] as const) {
      const event = oneEvent(el!, 'article-mode-change');
      await sendKeys({ press: key });
      await event;
      await settled(el!);
      expect(toggle(el!)).to.equal(button);
      expect(shadow(el!).activeElement === button && document.activeElement === el).to.equal(true);
      expect(shownText(button)).to.equal(label);
      expect(version(el!)).to.equal(mode);
    }
  });

  it('names the version the reader does not see, in its accessible name as on screen', async () => {
    const [narrow, wide] = [...(await cards(360, 'auto')), ...(await cards(900, 'auto'))];
    expect(shownText(toggle(narrow!))).to.equal('Exit mobile version');
    expect(shownText(toggle(wide!))).to.equal('Switch to mobile version');
    // The label the layout does not use is not displayed, so it is not in the button's name.
    for (const el of [narrow!, wide!]) {
      const labels = Array.from(toggle(el).querySelectorAll('span')).filter((span) => span.getClientRects().length > 0);
      expect(labels.length).to.equal(1);
    }
  });

  it('remembers a switch for the site’s auto cards only, and one click back forgets it', async () => {
    const [first, second, fixed] = await cards(360, 'auto', 'auto', 'mobile');
    const event = oneEvent(first!, 'article-mode-change');
    toggle(first!).click();
    expect((await event).detail.mode).to.equal('desktop');
    await Promise.all([first, second, fixed].map((el) => settled(el!)));
    expect(localStorage.getItem(MODE_STORAGE_KEY)).to.equal('desktop');
    expect([first, second, fixed].map((el) => version(el!))).to.deep.equal(['desktop', 'desktop', 'mobile']);
    expect(shownText(toggle(second!))).to.equal('Switch to mobile version');
    // Back from any of them: the choice is forgotten, and every auto card follows its width again.
    const back = oneEvent(second!, 'article-mode-change');
    toggle(second!).click();
    expect((await back).detail.mode).to.equal('mobile');
    await Promise.all([first, second].map((el) => settled(el!)));
    expect(localStorage.getItem(MODE_STORAGE_KEY)).to.equal(null);
    expect([first, second].map((el) => [version(el!), shownText(toggle(el!))])).to.deep.equal([
      ['auto', 'Exit mobile version'],
      ['auto', 'Exit mobile version'],
    ]);
  });

  it('is a quiet link at the card’s foot, with a full-size target', async () => {
    const [el] = await cards(360, 'auto');
    const button = toggle(el!);
    const style = getComputedStyle(button);
    const link = getComputedStyle($(el!, '.headline').closest('.card')!.querySelector('footer a')!);
    expect([style.borderTopWidth, style.backgroundColor, style.textDecorationLine]).to.deep.equal(['0px', 'rgba(0, 0, 0, 0)', 'underline']);
    expect(style.color).to.equal(link.color);
    const rect = button.getBoundingClientRect();
    expect(rect.height).to.be.at.least(44);
    const others = Array.from(shadow(el!).querySelectorAll('.card > *:not(footer), footer > :not(.mode-toggle)'));
    expect(others.every((node) => node.getBoundingClientRect().bottom <= rect.top + 1)).to.equal(true);
  });
});

describe('the desktop version on a 390 px phone', () => {
  let frame: HTMLIFrameElement | undefined;
  beforeEach(() => forgetMode());
  afterEach(() => {
    frame?.remove();
    forgetMode();
  });

  it('keeps the headline at a phone’s size, each date on one line, and nothing wider than the screen', async () => {
    const ready = new Promise<void>((resolve) => addEventListener('message', (e) => e.data === 'mode-toggle-ready' && resolve()));
    frame = document.createElement('iframe');
    frame.style.cssText = 'inline-size: 390px; block-size: 844px; border: 0';
    frame.srcdoc = `<!doctype html><meta name="viewport" content="width=device-width"><body style="margin: 0">
      <article-card><script type="application/json">${JSON.stringify(story)}</script></article-card>
      <script type="module">
        import '/src/index.ts';
        await document.querySelector('article-card').updateComplete;
        parent.postMessage('mode-toggle-ready', '*');
      </script>`;
    document.body.append(frame);
    await ready;
    const doc = frame.contentDocument!;
    const el = doc.querySelector('article-card')!;
    await laidOut(el);
    const switched = oneEvent(el, 'article-mode-change');
    toggle(el).click();
    await switched;
    await settled(el);
    expect(version(el)).to.equal('desktop');
    expect(parseFloat(getComputedStyle($(el, '.headline')).fontSize)).to.be.at.most(28);
    const lineHeight = parseFloat(getComputedStyle($(el, '[part="meta"]')).lineHeight);
    // Published, updated, reading time: each piece on one line.
    const pieces = Array.from(shadow(el).querySelectorAll<HTMLElement>('[part="meta"] > *'));
    expect(pieces.map((node) => node.getBoundingClientRect().height < lineHeight * 1.5)).to.deep.equal([true, true, true]);
    expect(doc.documentElement.scrollWidth).to.be.at.most(390);
    expect($(el, '.card').scrollWidth).to.be.at.most($(el, '.card').clientWidth);
  });
});
