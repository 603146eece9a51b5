import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/article-menu/article-menu.define.js';
import type { ArticleMenu } from '../../src/components/article-menu/article-menu.js';
import { forgetMode, MODE_STORAGE_KEY } from '../../src/internal/mode-preference.js';
import { $, textOf } from '../helpers.js';

const items = [
  { label: 'Home', url: 'https://ledger.example/' },
  { label: 'Local', url: 'https://ledger.example/local/' },
  { label: 'Bad', url: 'javascript:alert(1)' },
];

describe('<article-menu>', () => {
  beforeEach(() => forgetMode());

  it('is a disclosure: button with aria-expanded and aria-controls', async () => {
    const el = await fixture<ArticleMenu>(html`<article-menu lang="en" .items=${items}></article-menu>`);
    const button = $(el, '[part="menu-button"]');
    const nav = $(el, '[part="sections"]');
    expect(textOf(button)).to.equal('Menu');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal(nav.id);
    expect(nav.hidden).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('nav a').length).to.equal(2);
  });

  it('opens with Enter, closes with Escape and returns focus to the button', async () => {
    const el = await fixture<ArticleMenu>(html`<article-menu .items=${items}></article-menu>`);
    const button = $(el, '[part="menu-button"]');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '[part="sections"]').hidden).to.equal(false);
    el.shadowRoot!.querySelector<HTMLAnchorElement>('nav a')!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('closes on a click outside', async () => {
    const el = await fixture<ArticleMenu>(html`<article-menu open .items=${items}></article-menu>`);
    document.body.click();
    await el.updateComplete;
    expect(el.open).to.equal(false);
  });

  it('shows the sections as a bar in desktop mode, without the Menu button', async () => {
    const el = await fixture<ArticleMenu>(html`<article-menu mode="desktop" .items=${items}></article-menu>`);
    expect(el.shadowRoot!.querySelector('[part="menu-button"]')).to.equal(null);
    expect($(el, '[part="sections"]').hidden).to.equal(false);
  });

  it('uses slotted links when no items are given', async () => {
    const el = await fixture<ArticleMenu>(html`<article-menu><a href="/a">A</a><a href="/b">B</a></article-menu>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="menu-button"]') !== null).to.equal(true);
  });

  it('toggles mobile/desktop, fires article-mode-change and remembers the choice', async () => {
    const el = await fixture<ArticleMenu>(html`<article-menu lang="en"></article-menu>`);
    const toggle = $(el, '[part="toggle"]');
    expect(textOf(toggle)).to.equal('Exit mobile version');
    const event = oneEvent(el, 'article-mode-change');
    toggle.click();
    expect((await event).detail.mode).to.equal('desktop');
    await el.updateComplete;
    expect(el.getAttribute('mode')).to.equal('desktop');
    expect(textOf($(el, '[part="toggle"]'))).to.equal('Switch to mobile version');
    expect(localStorage.getItem(MODE_STORAGE_KEY)).to.equal('desktop');
  });
});
