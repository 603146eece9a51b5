import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/article-menu/article-menu.define.js';
import type { ArticleMenu } from '../../src/components/article-menu/article-menu.js';
import { forgetMode, MODE_STORAGE_KEY } from '../../src/preferences/mode-preference.js';
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

  it('toggles mobile/desktop, fires article-mode-change, remembers the choice and forgets it on the way back', async () => {
    // On a phone-wide menu the desktop version is a choice; back to mobile is what the width gives.
    const el = await fixture<ArticleMenu>(html`<article-menu lang="en" style="inline-size: 360px"></article-menu>`);
    const toggle = $(el, '[part="toggle"]');
    expect(textOf(toggle)).to.equal('Exit mobile version');
    const event = oneEvent(el, 'article-mode-change');
    toggle.click();
    expect((await event).detail.mode).to.equal('desktop');
    await el.updateComplete;
    expect(el.getAttribute('mode')).to.equal('desktop');
    expect(textOf($(el, '[part="toggle"]'))).to.equal('Switch to mobile version');
    expect(localStorage.getItem(MODE_STORAGE_KEY)).to.equal('desktop');
    const back = oneEvent(el, 'article-mode-change');
    $(el, '[part="toggle"]').click();
    expect((await back).detail.mode).to.equal('mobile');
    await el.updateComplete;
    expect(el.getAttribute('mode')).to.equal('mobile');
    expect(localStorage.getItem(MODE_STORAGE_KEY)).to.equal(null);
  });
});

describe('<article-menu> focus, layout and languages', () => {
  beforeEach(() => forgetMode());

  it('keeps focus on the button when opened, and the sections follow it in tab order', async () => {
    const el = await fixture<ArticleMenu>(html`<article-menu .items=${items}></article-menu>`);
    const button = $(el, '[part="menu-button"]');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Tab' });
    expect(textOf(el.shadowRoot!.activeElement)).to.equal('Home');
  });

  it('closes when focus leaves it, and not when focus moves within it', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><article-menu open .items=${items}></article-menu><a href="#after">after</a></div>`,
    );
    const el = wrapper.querySelector('article-menu')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLAnchorElement>('nav a')!.focus();
    el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('nav a')[1]!.focus();
    $(el, '[part="toggle"]').focus();
    await el.updateComplete;
    expect(el.open).to.equal(true);
    wrapper.querySelector<HTMLAnchorElement>('a[href="#after"]')!.focus();
    await el.updateComplete;
    expect(el.open).to.equal(false);
  });

  it('stays open on a click inside, and Escape does nothing when closed', async () => {
    const el = await fixture<ArticleMenu>(html`<article-menu open .items=${items}></article-menu>`);
    el.shadowRoot!.querySelector('nav')!.click();
    await el.updateComplete;
    expect(el.open).to.equal(true);
    el.hide();
    await el.updateComplete;
    let escaped = false;
    document.addEventListener('keydown', () => (escaped = true), { once: true });
    $(el, '[part="menu-button"]').focus();
    await sendKeys({ press: 'Escape' });
    expect(escaped).to.equal(true); // not swallowed when there is nothing to close
  });

  it('shows the sections as one horizontal row in desktop mode', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 800px"><article-menu mode="desktop" .items=${items}></article-menu></div>`,
    );
    const el = wrapper.querySelector('article-menu')!;
    await el.updateComplete;
    const tops = Array.from(el.shadowRoot!.querySelectorAll('nav a'), (a) => a.getBoundingClientRect().top);
    expect(tops.length).to.equal(2);
    expect(tops[0]).to.equal(tops[1]);
  });

  it('stacks the open sections below the button and before the toggle (visual order = focus order)', async () => {
    const el = await fixture<ArticleMenu>(html`<article-menu open .items=${items}></article-menu>`);
    const y = (selector: string) => $(el, selector).getBoundingClientRect().top;
    expect(y('[part="menu-button"]')).to.be.lessThan(y('nav a'));
    expect(y('nav a')).to.be.lessThan(y('[part="toggle"]'));
  });

  it('reads and lays out in the UI language, right to left in Hebrew', async () => {
    const el = await fixture<ArticleMenu>(html`<article-menu lang="he" .items=${items}></article-menu>`);
    expect(textOf($(el, '[part="menu-button"]'))).to.equal('תפריט');
    expect(textOf($(el, '[part="toggle"]'))).to.equal('יציאה מגרסת המובייל');
    expect($(el, 'nav').getAttribute('aria-label')).to.equal('מדורי האתר');
    const bar = $(el, '.bar');
    expect(getComputedStyle(bar).direction).to.equal('rtl');
    // Mirrored: the Menu button at the right edge, the toggle at the left.
    expect($(el, '[part="menu-button"]').getBoundingClientRect().left).to.be.greaterThan(
      $(el, '[part="toggle"]').getBoundingClientRect().left,
    );
    for (const [lang, exit, enter] of [
      ['pt', 'Sair da versão móvel', 'Mudar para a versão móvel'],
      ['tr', 'Mobil sürümden çık', 'Mobil sürüme geç'],
    ]) {
      const menu = await fixture<ArticleMenu>(html`<article-menu lang=${lang!}></article-menu>`);
      expect(textOf($(menu, '[part="toggle"]'))).to.equal(exit);
      menu.switchMode();
      await menu.updateComplete;
      expect(textOf($(menu, '[part="toggle"]'))).to.equal(enter);
    }
  });

  it('keeps the choice in memory where storage is blocked', async () => {
    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Storage.prototype.setItem = Storage.prototype.getItem;
    try {
      const el = await fixture<ArticleMenu>(html`<article-menu style="inline-size: 360px"></article-menu>`);
      const event = oneEvent(el, 'article-mode-change');
      $(el, '[part="toggle"]').click();
      expect((await event).detail.mode).to.equal('desktop');
      const { rememberedMode } = await import('../../src/preferences/mode-preference.js');
      expect(rememberedMode()).to.equal('desktop');
    } finally {
      Object.assign(Storage.prototype, { getItem, setItem });
    }
  });
});
