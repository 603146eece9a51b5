/**
 * axe-core (WCAG 2.0–2.2, A and AA) on every element in every state it can be in. Each case is
 * its own test, so the results read as a table: element × state.
 */
import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { ArticleMenu } from '../../src/index.js';
import { forgetMode } from '../../src/preferences/mode-preference.js';
import { axeViolations } from './axe.js';
import { ferries, library, render, stallFetch } from './fixtures.js';
import { $, has, laidOut, settled } from '../helpers.js';

interface Case {
  state: string;
  template: () => TemplateResult;
  /** Brings the element into the state once rendered. */
  act?: (el: HTMLElement) => Promise<void> | void;
  /** Set up before rendering; the returned function undoes it. */
  arrange?: () => () => void;
}

const recent = new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString();
const broken = '{"headline": "cut';
/** The card itself: its menu renders in its own shadow root. */
const menuOf = (card: HTMLElement) => card as ArticleMenu;

/** Opens the "Menu" disclosure of a menu or a card. */
async function openMenu(host: ArticleMenu): Promise<void> {
  $(host, '[part="menu-button"]').click();
  await host.updateComplete;
  expect($(host, '[part="menu-button"]').getAttribute('aria-expanded')).to.equal('true');
}

/** A share bar with a native share sheet available (the test browsers have none). */
function withNativeShare(): () => void {
  Object.defineProperty(navigator, 'share', { configurable: true, value: async () => undefined });
  return () => delete (navigator as unknown as Record<string, unknown>)['share'];
}

async function copyWith(el: HTMLElement, writeText: (text: string) => Promise<void>): Promise<void> {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  try {
    const done = new Promise((resolve) => el.addEventListener('article-share', resolve, { once: true }));
    $(el, 'button').click();
    await done;
    await settled(el);
  } finally {
    delete (navigator as unknown as Record<string, unknown>)['clipboard'];
  }
}

const CASES: Record<string, Case[]> = {
  'article-card': [
    { state: 'full, mobile', template: () => html`<article-card mode="mobile" .article=${ferries}></article-card>` },
    { state: 'full, desktop', template: () => html`<article-card mode="desktop" .article=${ferries}></article-card>` },
    {
      state: 'full, auto at 900px',
      template: () => html`<div style="inline-size: 900px"><article-card .article=${ferries}></article-card></div>`,
      act: (el) => laidOut(el),
    },
    { state: 'summary, mobile', template: () => html`<article-card layout="summary" mode="mobile" .article=${ferries}></article-card>` },
    { state: 'summary, desktop', template: () => html`<article-card layout="summary" mode="desktop" .article=${ferries}></article-card>` },
    {
      // Inline data without an image: no picture tile; the publisher line with its logo.
      state: 'summary without a picture, from inline data, with a publisher logo, dark',
      template: () =>
        html`<article-card layout="summary" theme="dark"><script type="application/json">${JSON.stringify({
          ...ferries,
          image: undefined,
          publisher: { name: 'The Harbour Ledger', logo: '/test/csp/pixel.svg' },
        })}</script></article-card>`,
      act: async (el) => {
        await settled(el);
        expect($(el, '.publisher').textContent).to.contain('The Harbour Ledger');
        expect(has(el, '[part="image"]')).to.equal(false);
      },
    },
    {
      state: 'menu open',
      template: () => html`<article-card mode="mobile" .article=${ferries}></article-card>`,
      act: (el) => openMenu(menuOf(el)),
    },
    { state: 'dark, full', template: () => html`<article-card theme="dark" mode="desktop" .article=${ferries}></article-card>` },
    { state: 'dark, summary', template: () => html`<article-card theme="dark" layout="summary" .article=${ferries}></article-card>` },
    {
      state: 'dark, menu open',
      template: () => html`<article-card theme="dark" mode="mobile" .article=${ferries}></article-card>`,
      act: (el) => openMenu(menuOf(el)),
    },
    { state: 'RTL (ar), full', template: () => html`<article-card mode="mobile" .article=${library}></article-card>` },
    {
      state: 'RTL (ar), desktop, dark',
      template: () => html`<article-card theme="dark" mode="desktop" .article=${library}></article-card>`,
    },
    { state: 'RTL (ar), summary', template: () => html`<article-card layout="summary" .article=${library}></article-card>` },
    {
      state: 'RTL (he), menu open',
      template: () =>
        html`<article-card lang="he" mode="mobile" .article=${{ ...library, lang: 'he', headline: 'ספרייה נודדת מגיעה לכפרים' }}></article-card>`,
      act: (el) => openMenu(menuOf(el)),
    },
    {
      state: 'error',
      template: () => html`<article-card lang="en"><script type="application/json">${broken}</script></article-card>`,
    },
    {
      state: 'error, dark, RTL (fa)',
      template: () => html`<article-card lang="fa" theme="dark"><script type="application/json">${broken}</script></article-card>`,
    },
    {
      // The reader's link kept above the error, and the technical reason shown.
      state: 'error with the kept link and Details open, dark',
      template: () =>
        html`<article-card lang="en" theme="dark" headline="Night ferries return" url="https://ledger.example/f"
          ><script type="application/json">${broken}</script></article-card
        >`,
      act: async (el) => {
        await settled(el);
        ($(el, '.error-details') as HTMLDetailsElement).open = true;
        expect(has(el, '.error-link a')).to.equal(true);
      },
    },
    { state: 'loading', arrange: stallFetch, template: () => html`<article-card src="https://ledger.example/a.json"></article-card>` },
    {
      state: 'loading, summary, dark',
      arrange: stallFetch,
      template: () => html`<article-card layout="summary" theme="dark" src="https://ledger.example/a.json"></article-card>`,
    },
  ],
  'article-byline': [
    {
      state: 'one author',
      template: () => html`<article-byline lang="en" author="Ingrid Solberg" author-url="https://ledger.example/a/ingrid"
        author-image="/demo/images/avatar-ingrid.svg" published="2026-03-14T07:12:00Z" reading-time="4"></article-byline>`,
    },
    {
      state: 'several authors, updated, relative',
      template: () => html`<article-byline lang="en" date-format="relative" .authors=${ferries.authors} published=${recent}
        modified=${new Date().toISOString()}></article-byline>`,
    },
    {
      state: 'dark',
      template: () =>
        html`<article-byline theme="dark" .authors=${ferries.authors} published="2026-03-14T07:12:00Z" reading-time="2"></article-byline>`,
    },
    {
      state: 'RTL (ar)',
      template: () =>
        html`<article-byline lang="ar" .authors=${library.authors} published="2026-09-08T08:00:00Z" reading-time="3"></article-byline>`,
    },
    {
      state: 'RTL (he), dark, short',
      template: () =>
        html`<article-byline lang="he" theme="dark" date-format="short" author="נועה לוי" published="2026-09-08T08:00:00Z"></article-byline>`,
    },
  ],
  'article-share': [
    {
      state: 'every target',
      template: () =>
        html`<article-share lang="en" url="https://ledger.example/a" targets="native,x,facebook,linkedin,whatsapp,telegram,reddit,bluesky,email,copy"></article-share>`,
    },
    {
      state: 'native share sheet',
      arrange: withNativeShare,
      template: () => html`<article-share lang="en" url="https://ledger.example/a"></article-share>`,
    },
    {
      state: 'link copied',
      template: () => html`<article-share lang="en" url="https://ledger.example/a" targets="copy,x"></article-share>`,
      act: (el) => copyWith(el, async () => undefined),
    },
    {
      state: 'copy fallback field',
      template: () => html`<article-share lang="en" url="https://ledger.example/a" targets="copy,x"></article-share>`,
      act: (el) => copyWith(el, () => Promise.reject(new Error('denied'))),
    },
    {
      state: 'dark',
      arrange: withNativeShare,
      template: () => html`<article-share theme="dark" url="https://ledger.example/a"></article-share>`,
    },
    {
      state: 'RTL (ar)',
      arrange: withNativeShare,
      template: () => html`<article-share lang="ar" url="https://ledger.example/a"></article-share>`,
    },
    {
      state: 'RTL (fa), dark, fallback field',
      template: () => html`<article-share lang="fa" theme="dark" url="https://ledger.example/a" targets="copy,telegram"></article-share>`,
      act: (el) => copyWith(el, () => Promise.reject(new Error('denied'))),
    },
  ],
  'article-menu': [
    { state: 'mobile, closed', template: () => html`<article-menu lang="en" .items=${ferries.menu}></article-menu>` },
    {
      state: 'mobile, open',
      template: () => html`<article-menu lang="en" .items=${ferries.menu}></article-menu>`,
      act: (el) => openMenu(el as ArticleMenu),
    },
    { state: 'desktop', template: () => html`<article-menu lang="en" mode="desktop" .items=${ferries.menu}></article-menu>` },
    {
      state: 'slotted links, open',
      template: () =>
        html`<article-menu lang="en"><a href="https://ledger.example/local/">Local</a><a href="https://ledger.example/sport/">Sport</a></article-menu>`,
      act: (el) => openMenu(el as ArticleMenu),
    },
    {
      state: 'dark, open',
      template: () => html`<article-menu theme="dark" .items=${ferries.menu}></article-menu>`,
      act: (el) => openMenu(el as ArticleMenu),
    },
    { state: 'dark, desktop', template: () => html`<article-menu theme="dark" mode="desktop" .items=${ferries.menu}></article-menu>` },
    {
      state: 'RTL (ar), open',
      template: () => html`<article-menu lang="ar" .items=${library.menu}></article-menu>`,
      act: (el) => openMenu(el as ArticleMenu),
    },
    { state: 'RTL (he), desktop', template: () => html`<article-menu lang="he" mode="desktop" .items=${library.menu}></article-menu>` },
    { state: 'toggle only', template: () => html`<article-menu lang="de"></article-menu>` },
  ],
};

describe('axe-core: no WCAG 2.2 A/AA violation', () => {
  beforeEach(() => forgetMode());

  it('(the check itself sees into shadow roots and fails on a real violation)', async () => {
    const el = await render<HTMLElement>(html`<article-share lang="en" url="https://ledger.example/a" targets="x,copy"
      style="--article-color-text: #d8d8d8"></article-share>`);
    $(el, 'a').removeAttribute('aria-label');
    $(el, 'a').removeAttribute('title');
    $(el, 'a .label').remove();
    const violations = await axeViolations(el);
    expect(violations.some((v) => v.startsWith('link-name:'))).to.equal(true);
    expect(violations.some((v) => v.startsWith('color-contrast:'))).to.equal(true);
  });

  for (const [element, cases] of Object.entries(CASES)) {
    describe(`<${element}>`, () => {
      for (const { state, template, act, arrange } of cases) {
        it(state, async () => {
          const undo = arrange?.();
          try {
            const wrapper = await render<HTMLElement>(template());
            const el = wrapper.localName === element ? wrapper : wrapper.querySelector<HTMLElement>(element)!;
            await settled(el);
            await act?.(el);
            await settled(el);
            expect(el.shadowRoot!.childElementCount, 'rendered something').to.be.greaterThan(0);
            expect(await axeViolations(el)).to.deep.equal([]);
          } finally {
            undo?.();
          }
        });
      }
    });
  }
});
