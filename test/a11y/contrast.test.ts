/**
 * WCAG AA contrast of every pair of colour tokens that is drawn one on the other, computed from
 * the colours the browser actually resolves in each theme (so a changed default fails here).
 */
import { expect, html } from '@open-wc/testing';
import '../../src/components/article-byline/article-byline.define.js';
import { render } from './fixtures.js';

/** sRGB relative luminance of a computed `rgb(r, g, b)` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The colour a private token resolves to inside an element's shadow root. */
function token(host: Element, name: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(--_${name})`;
  host.shadowRoot!.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

// [foreground, background, minimum]: 4.5 for text; 3 for the focus ring and field edges
// (non-text contrast, WCAG 1.4.11).
const PAIRS: Array<[string, string, number]> = [
  ['text', 'background', 4.5],
  ['text', 'surface', 4.5], // buttons on hover, tags, code
  ['muted', 'background', 4.5], // dates, footer, captions
  ['muted', 'surface', 4.5], // tags
  ['accent', 'background', 4.5], // links, section name
  ['accent', 'surface', 4.5], // links in hovered rows
  ['accent-text', 'accent', 4.5], // the Share button
  ['error', 'background', 4.5], // the error title
  ['accent', 'background', 3], // focus ring
  ['muted', 'surface', 3], // the copy field's edge
];

describe('colour contrast of the tokens', () => {
  for (const theme of ['light', 'dark']) {
    describe(`${theme} theme`, () => {
      for (const [fg, bg, min] of PAIRS) {
        it(`${fg} on ${bg} ≥ ${min}:1`, async () => {
          const el = await render<HTMLElement>(html`<article-byline theme=${theme} author="A"></article-byline>`);
          const ratio = contrast(token(el, fg), token(el, bg));
          expect(ratio, `${token(el, fg)} on ${token(el, bg)}`).to.be.at.least(min);
        });
      }
    });
  }

  it('resolves different colours in the two themes (the probe works)', async () => {
    const light = await render<HTMLElement>(html`<article-byline theme="light"></article-byline>`);
    const dark = await render<HTMLElement>(html`<article-byline theme="dark"></article-byline>`);
    expect(token(light, 'text')).to.equal('rgb(27, 28, 31)');
    expect(token(dark, 'text')).to.equal('rgb(232, 233, 236)');
    expect(contrast('rgb(255, 255, 255)', 'rgb(0, 0, 0)')).to.be.closeTo(21, 0.01);
  });

  it('uses a site’s own colours when it sets the public properties', async () => {
    const el = await render<HTMLElement>(html`<article-byline theme="dark" style="--article-color-text: #102030"></article-byline>`);
    expect(token(el, 'text')).to.equal('rgb(16, 32, 48)');
  });
});
