// The sanitizer configuration line by line (SECURITY.md), the body limits, and the Trusted
// Types policy the sanitizer uses.
import { expect } from '@open-wc/testing';
import { sanitizeHtml } from '../../src/safety/sanitize.js';
import { MAX_BODY_DEPTH, nestingDepth } from '../../src/safety/limits.js';
import { SANITIZER_POLICY, sanitizerPolicy } from '../../src/safety/trusted-types.js';
import { normalize, MAX_BODY_LENGTH, MAX_TEXT_LENGTH } from '../../src/model/article.js';
import { ArticleError } from '../../src/model/errors.js';

function clean(html: string, base?: string): HTMLElement {
  const holder = document.createElement('div');
  holder.append(sanitizeHtml(html, base));
  return holder;
}

const nested = (depth: number) => `${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`;

describe('sanitizer configuration', () => {
  for (const tag of [
    'style',
    'link',
    'meta',
    'base',
    'form',
    'input',
    'button',
    'select',
    'textarea',
    'label',
    'fieldset',
    'iframe',
    'object',
    'embed',
    'dialog',
    'template',
    'slot',
    'noscript',
    'svg',
    'math',
    'map',
    'area',
  ]) {
    it(`removes <${tag}>`, () => {
      const out = clean(`<p>keep</p><${tag}>x</${tag}>`);
      expect(out.querySelectorAll(tag).length).to.equal(0);
      expect(out.querySelector('p')?.textContent).to.equal('keep');
    });
  }

  for (const attribute of [
    'style',
    'action',
    'formaction',
    'popover',
    'popovertarget',
    'autofocus',
    'tabindex',
    'ping',
    'accesskey',
    'contenteditable',
    'download',
    'name',
    'is',
    'slot',
    'part',
    'class',
    'usemap',
    'data-x',
    'onclick',
  ]) {
    it(`removes the ${attribute} attribute`, () => {
      const out = clean(
        `<a href="https://ledger.example/" ${attribute}="x">a</a><p ${attribute}="x">p</p><img src="/a.png" ${attribute}="x">`,
      );
      expect(out.querySelectorAll(`[${attribute}]`).length).to.equal(0);
    });
  }

  it('keeps ids (in-article anchors) and aria attributes', () => {
    const out = clean('<h3 id="part-2" aria-label="Part two">Part two</h3><a href="#part-2">jump</a>');
    expect(out.querySelector('h3')?.id).to.equal('part-2');
    expect(out.querySelector('h3')?.getAttribute('aria-label')).to.equal('Part two');
  });

  it('drops href from elements that are not links, and vets background', () => {
    const out = clean(
      '<p href="https://ledger.example/">p</p><table background="javascript:x"><tr><td background="/bg.png">c</td></tr></table>',
      'https://ledger.example/a/',
    );
    expect(out.querySelector('p')?.hasAttribute('href')).to.equal(false);
    expect(out.querySelector('table')?.hasAttribute('background')).to.equal(false);
    expect(out.querySelector('td')?.getAttribute('background')).to.equal('https://ledger.example/bg.png');
  });

  it('removes target from links that stay on the page and from links left without an href', () => {
    const out = clean(`<a href="${location.origin}/x" target="_top">same</a><a href="javascript:x" target="_blank">bad</a>`);
    expect(out.querySelectorAll('[target]').length).to.equal(0);
  });

  it('forces noopener noreferrer over a rel that asks for the opener', () => {
    const link = clean('<a href="https://elsewhere.example/" rel="opener" target="_self">x</a>').querySelector('a')!;
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('drops an empty or over-long srcset', () => {
    const many = Array.from({ length: 20 }, (_, i) => `/i${i}.png ${i + 1}x`).join(', ');
    const out = clean(`<img src="/a.png" srcset=" , "><img src="/b.png" srcset="${many}">`);
    expect(out.querySelectorAll('[srcset]').length).to.equal(0);
  });

  it('removes autoplay and forces lazy, referrer-free media', () => {
    const out = clean('<video autoplay src="/v.mp4"></video><img src="/a.png" loading="eager" referrerpolicy="unsafe-url">');
    expect(out.querySelector('video')?.hasAttribute('autoplay')).to.equal(false);
    expect(out.querySelector('img')?.getAttribute('loading')).to.equal('lazy');
    expect(out.querySelector('img')?.getAttribute('referrerpolicy')).to.equal('no-referrer');
  });

  it("never uses DOMPurify's global instance: hooks and config set there do not reach us", async () => {
    const { default: globalPurify } = await import('dompurify');
    globalPurify.setConfig({ ADD_TAGS: ['iframe'], ADD_ATTR: ['onclick'] });
    globalPurify.addHook('afterSanitizeAttributes', (node) => (node as Element).setAttribute?.('onmouseover', 'x'));
    try {
      const out = clean('<iframe src="https://ledger.example/"></iframe><p onclick="x">p</p>');
      expect(out.querySelectorAll('iframe, [onclick], [onmouseover]').length).to.equal(0);
    } finally {
      globalPurify.clearConfig();
      globalPurify.removeAllHooks();
    }
  });
});

describe('body limits', () => {
  it('measures nesting without recursion', () => {
    expect(nestingDepth(sanitizeHtml('text only'))).to.equal(0);
    expect(nestingDepth(sanitizeHtml('<p>a</p><p><em>b</em></p>'))).to.equal(2);
    expect(nestingDepth(sanitizeHtml(nested(40)))).to.equal(40);
    expect(nestingDepth(sanitizeHtml('<ul><li><ul><li>x</li></ul></li></ul><p>y</p>'))).to.equal(4);
  });

  it(`accepts a body nested ${MAX_BODY_DEPTH} deep and refuses one deeper, with a clear error`, () => {
    expect(normalize({ headline: 'h', body: nested(MAX_BODY_DEPTH) })).to.not.be.instanceOf(ArticleError);
    const refused = normalize({ headline: 'h', body: nested(MAX_BODY_DEPTH + 1) });
    expect(refused).to.be.instanceOf(ArticleError);
    expect((refused as ArticleError).code).to.equal('too-large');
    expect((refused as ArticleError).message).to.contain(`more than ${MAX_BODY_DEPTH} deep`);
  });

  it('refuses a body longer than MAX_BODY_LENGTH', () => {
    const refused = normalize({ headline: 'h', body: `<p>${'a'.repeat(MAX_BODY_LENGTH)}</p>` });
    expect((refused as ArticleError).code).to.equal('too-large');
  });

  it('caps text fields', () => {
    const article = normalize({
      headline: 'h'.repeat(5000),
      excerpt: 'e'.repeat(5000),
      section: 's'.repeat(5000),
      tags: ['t'.repeat(500)],
    });
    expect(article).to.not.be.instanceOf(ArticleError);
    const { headline, excerpt, section, tags } = article as Exclude<typeof article, ArticleError>;
    expect(headline.length).to.equal(500);
    expect(excerpt!.length).to.equal(MAX_TEXT_LENGTH);
    expect(section!.length).to.equal(100);
    expect(tags[0]!.length).to.equal(100);
  });
});

describe('Trusted Types policy of the sanitizer', () => {
  it(`is named ${SANITIZER_POLICY} and mints HTML only`, function () {
    if (!('trustedTypes' in window)) this.skip();
    const policy = sanitizerPolicy();
    expect(policy?.name).to.equal('article-embed-dompurify');
    expect(() => policy!.createScript('x')).to.throw();
    expect(() => policy!.createScriptURL('https://ledger.example/x.js')).to.throw();
  });
});
