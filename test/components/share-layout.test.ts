// The share bar as laid out at phone and desktop widths: labels where they fit on one line, icons
// only (named) where they do not, no control left alone on a line, no label broken; "Link copied"
// goes after a few seconds; a refused clipboard shows the field, never "Link copied".
import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { ArticleCard, ArticleShare } from '../../src/index.js';
import { ShareController } from '../../src/components/article-share/share-template.js';
import { $, laidOut, settled, shadow, textOf } from '../helpers.js';

const nav = navigator as unknown as Record<string, unknown>;

const story = {
  headline: 'Night ferries return to the fjord',
  url: 'https://ledger.example/2026/03/ferries/',
  body: '<p>The first paragraph.</p>',
  lang: 'en',
};

/** The bar's controls as laid out. */
function layout(root: ShadowRoot) {
  const list = root.querySelector<HTMLElement>('ul')!;
  const controls = Array.from(list.querySelectorAll<HTMLElement>('li > *'));
  const bar = list.getBoundingClientRect();
  const tops = controls.map((c) => Math.round(c.getBoundingClientRect().top));
  const lines = [...new Set(tops)].map((top) => tops.filter((t) => t === top).length);
  return {
    lines,
    labelled: controls.map((c) => c.querySelector('.label')!.getBoundingClientRect().width > 1),
    // Every control one line high: no label broken over two.
    singleLine: controls.every(
      (c) => c.getBoundingClientRect().height <= Math.max(44, parseFloat(getComputedStyle(c).lineHeight) * 1.5) + 2,
    ),
    inside: controls.every((c) => {
      const r = c.getBoundingClientRect();
      return r.left >= bar.left - 0.5 && r.right <= bar.right + 0.5;
    }),
    names: controls.map((c) => c.getAttribute('aria-label') ?? textOf(c)),
  };
}

describe('the share bar’s layout', () => {
  beforeEach(() => {
    // A phone's share sheet: the bar then has its eight default controls.
    Object.defineProperty(navigator, 'share', { configurable: true, value: async () => undefined });
    Object.defineProperty(navigator, 'canShare', { configurable: true, value: () => true });
  });
  afterEach(() => {
    delete nav['share'];
    delete nav['canShare'];
    delete nav['clipboard'];
  });

  for (const lang of ['en', 'de', 'ar']) {
    for (const width of [300, 360, 390, 480, 560, 640, 760]) {
      it(`${lang} card at ${width}px: labels only where all fit on one line, no control alone on a line`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="inline-size: ${width}px"><article-card .article=${{ ...story, lang }}></article-card></div>`,
        );
        const el = wrapper.querySelector('article-card') as ArticleCard;
        await settled(el);
        await laidOut(el);
        const { lines, labelled, singleLine, inside, names } = layout(shadow(el));
        expect(labelled.length).to.equal(8);
        expect(names.every((name) => name.length > 1)).to.equal(true);
        if (labelled.some(Boolean)) expect(lines.length).to.equal(1);
        if (width <= 390) expect(labelled.some(Boolean)).to.equal(false);
        // A desktop card has room for the actions' labels: Share and Copy link.
        if (width >= 760 || (width >= 640 && lang === 'en')) expect([labelled[0], labelled[7]]).to.deep.equal([true, true]);
        expect(lines.every((count) => count >= 2)).to.equal(true);
        expect([singleLine, inside]).to.deep.equal([true, true]);
      });
    }
  }

  it('shows every label in a wide bar, and drops them when the bar narrows', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 900px"><article-share lang="en" url="https://ledger.example/a" targets="x,facebook,email,copy"></article-share></div>`,
    );
    const el = wrapper.querySelector('article-share') as ArticleShare;
    await settled(el);
    expect(layout(shadow(el)).labelled).to.deep.equal([true, true, true, true]);
    expect(Array.from(shadow(el).querySelectorAll('.label'), (l) => textOf(l))).to.deep.equal(['X', 'Facebook', 'Email', 'Copy link']);
    // CSS alone refits it (layout is recomputed as it is read: no frame to wait for).
    wrapper.style.inlineSize = '200px';
    const narrow = layout(shadow(el));
    expect(narrow.labelled).to.deep.equal([false, false, false, false]);
    expect(narrow.names).to.deep.equal(['Share on X', 'Share on Facebook', 'Share by email', 'Copy link']);
    expect(narrow.lines.every((count) => count >= 2)).to.equal(true);
  });

  it('computes the label steps once, on the list, and the labels inherit them as lengths', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 900px"><article-share lang="en" url="https://ledger.example/a" targets="x,copy"></article-share></div>`,
    );
    const el = wrapper.querySelector('article-share') as ArticleShare;
    await settled(el);
    // Registered (registered-lengths.ts): a computed length, not the calc() text each label
    // would otherwise resolve against the container itself (twice the style work of a page).
    const label = getComputedStyle(shadow(el).querySelector('.label')!);
    expect(label.getPropertyValue('--_article-share-fit-all')).to.match(/^[\d.e+]+px$/);
    expect(parseFloat(label.getPropertyValue('--_article-share-fit-actions'))).to.be.greaterThan(1000);
    wrapper.style.inlineSize = '60px';
    // Laid out first: WebKit's getComputedStyle alone keeps container units of the last layout.
    expect(layout(shadow(el)).labelled).to.deep.equal([false, false]);
    expect(getComputedStyle(shadow(el).querySelector('.label')!).getPropertyValue('--_article-share-fit-all')).to.equal('0px');
  });
});

describe('copying the link', () => {
  const duration = ShareController.statusDuration;
  afterEach(() => {
    ShareController.statusDuration = duration;
    delete nav['clipboard'];
  });

  it('clears "Link copied" after the status duration', async () => {
    ShareController.statusDuration = 30;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => undefined } });
    const el = await fixture<ArticleShare>(html`<article-share lang="en" url="https://ledger.example/a" targets="copy"></article-share>`);
    const status = $(el, '[role="status"]');
    const seen: string[] = [];
    const cleared = new Promise<void>((resolve) => {
      new MutationObserver(() => {
        seen.push(textOf(status));
        if (seen.includes('Link copied') && textOf(status) === '') resolve();
      }).observe(status, { childList: true, subtree: true, characterData: true });
    });
    const event = oneEvent(el, 'article-share');
    $(el, 'button').click();
    await event;
    await cleared;
    expect(seen.at(-1)).to.equal('');
    expect(seen).to.include('Link copied');
  });

  it('shows the field, selected, and no "Link copied" when the clipboard is refused', async () => {
    const original = document.execCommand;
    const commands: string[] = [];
    document.execCommand = (command: string) => (commands.push(command), true);
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) },
    });
    try {
      const el = await fixture<ArticleShare>(html`<article-share lang="en" url="https://ledger.example/a" targets="copy"></article-share>`);
      const event = oneEvent(el, 'article-share');
      $(el, 'button').click();
      await event;
      await el.updateComplete;
      const field = $(el, '[part="field"]') as HTMLInputElement;
      expect([field.value, field.selectionStart, field.selectionEnd]).to.deep.equal(['https://ledger.example/a', 0, field.value.length]);
      expect(textOf($(el, '[role="status"]'))).to.equal('Copy the link from the field below.');
      expect(commands).to.deep.equal([]);
    } finally {
      document.execCommand = original;
    }
  });
});
