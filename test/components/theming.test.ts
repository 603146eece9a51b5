/**
 * Theming: every documented --article-* property reaches what it names, every documented part
 * can be styled from outside, and themes follow the reader's preferences.
 */
import { DESKTOP_MIN_WIDTH } from '../../src/styles/breakpoints.js';
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { forgetMode } from '../../src/preferences/mode-preference.js';
import { ferries, render, stallFetch } from '../a11y/fixtures.js';
import { emulate, resetMedia } from '../a11y/axe.js';
import { $, settled, shadow } from '../helpers.js';

/** First match of a path of selectors, each step in the previous match's shadow root. */
function deep(root: Element, ...path: string[]): HTMLElement {
  let el = root;
  for (const selector of path) el = $(el, selector);
  return el as HTMLElement;
}

type Probe = [property: string, value: string, path: string[], style: keyof CSSStyleDeclaration, expected: string];

// Each public property with a distinctive value, where it shows up, and what the browser computes.
const CARD: Probe[] = [
  ['--article-color-text', '#010203', ['.headline'], 'color', 'rgb(1, 2, 3)'],
  ['--article-color-muted', '#040506', ['footer'], 'color', 'rgb(4, 5, 6)'],
  ['--article-color-background', '#070809', ['.card'], 'backgroundColor', 'rgb(7, 8, 9)'],
  ['--article-color-surface', '#0a0b0c', ['.tags li'], 'backgroundColor', 'rgb(10, 11, 12)'],
  ['--article-color-border', '#0d0e0f', ['.card'], 'borderTopColor', 'rgb(13, 14, 15)'],
  ['--article-color-accent', '#101112', ['.section'], 'color', 'rgb(16, 17, 18)'],
  ['--article-font-family', 'Fancy', ['footer'], 'fontFamily', 'Fancy'],
  ['--article-font-family-headline', 'Grand', ['.headline'], 'fontFamily', 'Grand'],
  ['--article-font-size', '20px', ['.card'], 'fontSize', '20px'],
  ['--article-font-size-small', '11px', ['footer'], 'fontSize', '11px'],
  ['--article-body-font-size', '19px', ['.body'], 'fontSize', '19px'],
  ['--article-line-height', '30px', ['.body'], 'lineHeight', '30px'],
  ['--article-headline-size', '41px', ['.headline'], 'fontSize', '41px'],
  ['--article-headline-line-height', '50px', ['.headline'], 'lineHeight', '50px'],
  ['--article-radius', '13px', ['.card'], 'borderTopLeftRadius', '13px'],
  ['--article-radius-control', '7px', ['[part="share"] a'], 'borderTopLeftRadius', '7px'],
  ['--article-radius-tag', '3px', ['.tags li'], 'borderTopLeftRadius', '3px'],
  ['--article-space', '21px', ['.card'], 'rowGap', '21px'],
  ['--article-space-small', '9px', ['header'], 'rowGap', '9px'],
  ['--article-card-padding', '17px', ['.card'], 'paddingTop', '17px'],
  ['--article-max-width', '333px', ['.card'], 'maxWidth', '333px'],
  ['--article-avatar-size', '33px', ['.byline .avatar'], 'width', '33px'],
  ['--article-icon-size', '22px', ['[part="share"] svg'], 'width', '22px'],
  ['--article-control-size', '50px', ['[part="share"] a'], 'minHeight', '50px'],
  ['--article-transition', '321ms linear', ['[part="share"] a'], 'transitionDuration', '0.321s, 0.321s'],
  ['--article-focus-ring', '3px dashed rgb(1, 1, 1)', ['[part="toggle"]'], 'outlineStyle', 'dashed'],
];

describe('theming', () => {
  beforeEach(() => forgetMode());
  afterEach(() => resetMedia());

  for (const [property, value, path, style, expected] of CARD) {
    it(`${property} reaches the card`, async () => {
      const el = await render<HTMLElement>(
        html`<article-card mode="mobile" style="${property}: ${value}" .article=${ferries}></article-card>`,
      );
      const target = deep(el, ...path);
      if (property === '--article-focus-ring') target.focus({ focusVisible: true } as FocusOptions);
      expect(String(getComputedStyle(target)[style])).to.contain(expected);
    });
  }

  it('--article-summary-headline-size sizes the summary headline', async () => {
    const el = await render<HTMLElement>(
      html`<article-card layout="summary" style="--article-summary-headline-size: 23px" .article=${ferries}></article-card>`,
    );
    expect(getComputedStyle($(el, '.headline')).fontSize).to.equal('23px');
  });

  it('--article-color-accent-text colours the Share button', async () => {
    Object.defineProperty(navigator, 'share', { configurable: true, value: async () => undefined });
    try {
      const el = await render<HTMLElement>(
        html`<article-share style="--article-color-accent-text: #123456" url="https://ledger.example/a"></article-share>`,
      );
      expect(getComputedStyle($(el, 'button.primary')).color).to.equal('rgb(18, 52, 86)');
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['share'];
    }
  });

  it('--article-color-error colours the error box', async () => {
    const el = await render<HTMLElement>(
      html`<article-card style="--article-color-error: #654321"><script type="application/json">{</script></article-card>`,
    );
    expect(getComputedStyle($(el, '.error-title')).color).to.equal('rgb(101, 67, 33)');
  });

  it('--article-skeleton-height reserves the loading placeholder', async () => {
    const undo = stallFetch();
    try {
      const el = await render<HTMLElement>(
        html`<article-card style="--article-skeleton-height: 123px" src="https://ledger.example/a.json"></article-card>`,
      );
      expect(getComputedStyle($(el, '[part="skeleton"]')).minHeight).to.equal('123px');
    } finally {
      undo();
    }
  });

  it('styles every documented part of the card from outside with ::part()', async () => {
    const parts = [
      'card',
      'menu',
      'menu-bar',
      'menu-button',
      'sections',
      'header',
      'section',
      'headline',
      'byline',
      'avatar',
      'authors',
      'meta',
      'published',
      'modified',
      'reading-time',
      'image',
      'body',
      'share',
      'share-list',
      'share-button',
      'share-status',
      'footer',
      'comments',
      'written-by',
      'source',
      'tags',
      'mode-toggle',
      'toggle',
    ];
    const style = document.createElement('style');
    style.textContent = parts.map((p) => `.parts::part(${p}) { outline-color: rgb(9, 8, 7); }`).join('\n');
    document.head.append(style);
    try {
      const el = await render<HTMLElement>(html`<article-card class="parts" mode="mobile" .article=${{ ...ferries, lang: 'en' }}
        style="--article-transition: 0s"></article-card>`);
      el.setAttribute('modified', '2026-03-16T00:00:00Z');
      await settled(el);
      const styled = new Set<string>();
      const walk = (root: ShadowRoot) => {
        for (const node of Array.from(root.querySelectorAll<HTMLElement>('*'))) {
          if (getComputedStyle(node).outlineColor === 'rgb(9, 8, 7)') styled.add(node.getAttribute('part') ?? '?');
          if (node.shadowRoot) walk(node.shadowRoot);
        }
      };
      walk(shadow(el));
      // An element's name for its part inside the card may differ (bar → menu-bar): compare the found set by outline only.
      const found = parts.filter((p) => styled.has(p) || [...styled].some((s) => exported(s) === p));
      expect(found).to.deep.equal(parts);
    } finally {
      style.remove();
    }
  });

  it('styles the summary, loading and error parts with ::part()', async () => {
    const summary = await render<HTMLElement>(html`<article-card layout="summary" .article=${ferries}></article-card>`);
    for (const part of ['excerpt', 'read-more', 'image', 'headline'])
      expect(shadow(summary).querySelector(`[part~="${part}"]`), part).to.exist;
    const error = await render<HTMLElement>(html`<article-card><script type="application/json">{</script></article-card>`);
    for (const part of ['error', 'retry']) expect(shadow(error).querySelector(`[part~="${part}"]`), part).to.exist;
    const undo = stallFetch();
    try {
      const loading = await render<HTMLElement>(html`<article-card src="https://ledger.example/a.json"></article-card>`);
      expect(shadow(loading).querySelector('[part~="skeleton"]')).to.exist;
    } finally {
      undo();
    }
  });

  it('forces a theme with theme="light" / "dark", passed down to the parts', async () => {
    const dark = await render<HTMLElement>(html`<article-card theme="dark" .article=${ferries}></article-card>`);
    expect(getComputedStyle($(dark, '.card')).backgroundColor).to.equal('rgb(23, 24, 27)');
    expect(getComputedStyle(deep(dark, '.byline .authors')).color).to.equal('rgb(232, 233, 236)');
    const light = await render<HTMLElement>(html`<article-card theme="light" .article=${ferries}></article-card>`);
    expect(getComputedStyle($(light, '.card')).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('follows prefers-color-scheme live with theme="auto", and not with a forced theme', async function () {
    const el = await render<HTMLElement>(html`<div><article-card .article=${ferries}></article-card>
      <article-card theme="light" .article=${ferries}></article-card></div>`);
    const [auto, light] = Array.from(el.querySelectorAll('article-card'), (card) => $(card, '.card'));
    expect(getComputedStyle(auto!).backgroundColor).to.equal('rgb(255, 255, 255)');
    if (!(await emulate({ colorScheme: 'dark' }, '(prefers-color-scheme: dark)'))) this.skip();
    // No re-render: the same nodes change colour.
    expect(getComputedStyle(auto!).backgroundColor).to.equal('rgb(23, 24, 27)');
    expect(getComputedStyle(light!).backgroundColor).to.equal('rgb(255, 255, 255)');
    await emulate({ colorScheme: 'light' }, '(prefers-color-scheme: light)');
    expect(getComputedStyle(auto!).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('turns transitions and the skeleton pulse off with prefers-reduced-motion', async function () {
    const undo = stallFetch();
    try {
      const el = await render<HTMLElement>(html`<div><article-share url="https://ledger.example/a" targets="x"></article-share>
        <article-card src="https://ledger.example/a.json"></article-card></div>`);
      const link = $(el.querySelector('article-share')!, 'a');
      const block = $(el.querySelector('article-card')!, '.block');
      expect(getComputedStyle(link).transitionDuration).to.contain('0.15s');
      expect(getComputedStyle(block).animationName).to.equal('pulse');
      if (!(await emulate({ reducedMotion: 'reduce' }, '(prefers-reduced-motion: reduce)'))) this.skip();
      expect(getComputedStyle(link).transitionDuration).to.equal('0s, 0s');
      expect(getComputedStyle(block).animationName).to.equal('none');
    } finally {
      undo();
    }
  });
});

/** The name a nested element's part is exported under in the card. */
function exported(part: string): string {
  return ({ bar: 'menu-bar', list: 'share-list', button: 'share-button', status: 'share-status' } as Record<string, string>)[part] ?? part;
}

describe('the desktop breakpoint', () => {
  it('is the same in the static article-embed.css as in the elements', async () => {
    const css = await (await fetch('/src/styles/article-embed.css')).text();
    const widths = [...css.matchAll(/@container[^{]*\(min-width:\s*(\d+)px\)/g)].map((m) => Number(m[1]));
    expect(widths.length).to.be.greaterThan(0);
    expect(widths.every((w) => w === DESKTOP_MIN_WIDTH)).to.equal(true);
  });
});
