import { expect } from '@open-wc/testing';
import { sanitizeHtml } from '../../src/safety/sanitize.js';
import { srcsetCandidates } from '../../src/safety/srcset.js';

function clean(html: string, base?: string): HTMLElement {
  const holder = document.createElement('div');
  holder.append(sanitizeHtml(html, base));
  return holder;
}

describe('sanitizeHtml', () => {
  it('keeps ordinary article markup', () => {
    const out = clean('<h3>Title</h3><p>Some <em>text</em> and <a href="https://a.example/">a link</a>.</p><ul><li>one</li></ul>');
    expect(out.querySelector('h3')?.textContent).to.equal('Title');
    expect(out.querySelectorAll('li').length).to.equal(1);
    expect(out.querySelector('em')?.textContent).to.equal('text');
  });

  it('returns a fragment, not a string', () => {
    expect(sanitizeHtml('<p>x</p>')).to.be.instanceOf(DocumentFragment);
  });

  it('removes scripts, event handlers and javascript: URLs', () => {
    const out = clean(
      '<p onclick="alert(1)">a</p><script>alert(1)</script><img src=x onerror="alert(1)"><a href="javascript:alert(1)">b</a><a href=" jav&#x09;ascript:alert(1)">c</a>',
    );
    expect(out.querySelectorAll('script').length).to.equal(0);
    expect(out.innerHTML).not.to.match(/onclick|onerror|javascript/i);
    expect(out.querySelectorAll('a[href]').length).to.equal(0);
  });

  it('removes forms, frames, styles, SVG and MathML', () => {
    const out = clean(
      '<form action="https://evil.example"><input name="pw"><button>Go</button></form><iframe src="https://evil.example"></iframe><style>*{display:none}</style><svg><a href="javascript:alert(1)"><text>x</text></a></svg><math><mi>x</mi></math><p style="position:fixed">p</p>',
    );
    for (const tag of ['form', 'input', 'button', 'iframe', 'style', 'svg', 'math']) {
      expect(out.querySelectorAll(tag).length, tag).to.equal(0);
    }
    expect(out.querySelector('p')?.hasAttribute('style')).to.equal(false);
  });

  it('forces new tab and noopener on links that leave the page', () => {
    const out = clean('<a href="https://elsewhere.example/">x</a><a href="/local">y</a>');
    const [away, local] = Array.from(out.querySelectorAll('a'));
    expect(away!.getAttribute('target')).to.equal('_blank');
    expect(away!.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(local!.hasAttribute('target')).to.equal(false);
  });

  it('lazy-loads images without a referrer and resolves them against the base', () => {
    const img = clean('<img src="pic.png" alt="">', 'https://news.example/story/').querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('https://news.example/story/pic.png');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
  });

  it('keeps web addresses in cite, and drops mail or script ones', () => {
    const out = clean(
      '<blockquote cite="https://n.example/q">a</blockquote><q cite="mailto:x@n.example">b</q><q cite="javascript:alert(1)">c</q>',
    );
    expect(out.querySelector('blockquote')!.getAttribute('cite')).to.equal('https://n.example/q');
    expect(out.querySelectorAll('[cite]').length).to.equal(1);
  });

  it('drops a srcset with any unsafe candidate', () => {
    const bad = clean('<img src="a.png" srcset="a.png 1x, javascript:alert(1) 2x">').querySelector('img')!;
    expect(bad.hasAttribute('srcset')).to.equal(false);
    const good = clean('<img src="a.png" srcset="a.png 1x, b.png 2x">', 'https://n.example/').querySelector('img')!;
    expect(good.getAttribute('srcset')).to.equal('https://n.example/a.png 1x, https://n.example/b.png 2x');
  });

  it('splits srcset as the browser does: commas inside a URL belong to it', () => {
    const cdn = '<img src="a.jpg" srcset="/img/w_640,h_360,c_fill/a.jpg 640w, /img/w_1280,h_720,c_fill/a.jpg 1280w">';
    const img = clean(cdn, 'https://n.example/').querySelector('img')!;
    expect(img.getAttribute('srcset')).to.equal(
      'https://n.example/img/w_640,h_360,c_fill/a.jpg 640w, https://n.example/img/w_1280,h_720,c_fill/a.jpg 1280w',
    );
    // Each of these is read by the browser with a javascript: candidate of its own.
    for (const srcset of ['a.png 1x,javascript:alert(1) 2x', 'a.png, javascript:alert(1)', 'a.png 1x, ,javascript:alert(1)']) {
      const out = clean(`<img src="a.png" srcset="${srcset}">`, 'https://n.example/').querySelector('img')!;
      expect(out.hasAttribute('srcset'), srcset).to.equal(false);
    }
    // No whitespace after the comma: one path, as the browser reads it, and harmless.
    const one = clean('<img src="a.png" srcset="a.png,javascript:alert(1)">', 'https://n.example/').querySelector('img')!;
    expect(one.getAttribute('srcset')).to.equal('https://n.example/a.png,javascript:alert(1)');
  });

  it('writes srcset so that it reads back as the same candidates (fuzz seed 1102913984)', () => {
    // A base URL holding a comma: the resolved URL holds it too, and must stay one candidate.
    const out = clean('<p srcset=":">x</p><img src="a.png" srcset=": 2x, b.png 1x">', 'http://a.aa/,//');
    expect(out.querySelector('p')!.getAttribute('srcset')).to.equal('http://a.aa/,//:');
    const srcset = out.querySelector('img')!.getAttribute('srcset')!;
    expect(srcset).to.equal('http://a.aa/,//: 2x, http://a.aa/,//b.png 1x');
    expect(srcsetCandidates(srcset)).to.deep.equal([
      { url: 'http://a.aa/,//:', descriptors: ['2x'] },
      { url: 'http://a.aa/,//b.png', descriptors: ['1x'] },
    ]);
  });

  it('reads descriptors up to the comma outside parentheses', () => {
    expect(srcsetCandidates(' a.png 1x , b.png (x, y) 2x,, c.png,, ')).to.deep.equal([
      { url: 'a.png', descriptors: ['1x'] },
      { url: 'b.png', descriptors: ['(x, y)', '2x'] },
      { url: 'c.png', descriptors: [] },
    ]);
  });
});
