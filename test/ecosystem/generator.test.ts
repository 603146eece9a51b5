// The embed generator: the snippet it writes (escaped, complete) and, end to end, that the
// snippet copied from demo/generator.html renders a card when pasted into a blank page.
import { expect } from '@open-wc/testing';
import { snippet, escapeHtml, stylesheetUrl, type SnippetOptions } from '../../demo/generator/snippet.js';
import { until } from './helpers.js';

const base: SnippetOptions = {
  kind: 'element',
  src: 'https://news.example/wp-json/wp/v2/posts/42?_embed',
  fields: {},
  layout: 'summary',
  theme: 'dark',
  lang: 'fr',
  share: ['x', 'copy'],
  scriptUrl: 'https://cdn.example/article-embed@0/dist/article-embed.min.js',
  embedUrl: 'https://news.example/embed.html',
};

/** Parses a snippet the way a browser would, without running it. */
function parse(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
}

describe('generator: the snippet', () => {
  it('is the element with the chosen attributes and the script', () => {
    const doc = parse(snippet(base));
    const card = doc.querySelector('article-card')!;
    expect(card.getAttribute('src')).to.equal(base.src);
    expect(card.getAttribute('layout')).to.equal('summary');
    expect(card.getAttribute('theme')).to.equal('dark');
    expect(card.getAttribute('lang')).to.equal('fr');
    expect(card.getAttribute('share')).to.equal('x,copy');
    expect(doc.querySelector('script')!.getAttribute('src')).to.equal(base.scriptUrl);
    expect(doc.querySelector('script')!.hasAttribute('defer')).to.equal(true);
  });

  it('links article-embed.css, next to the script, before the card: the card has its size at first paint', () => {
    const text = snippet(base);
    const doc = parse(text);
    const link = doc.querySelector('link[rel="stylesheet"]')!;
    expect(link.getAttribute('href')).to.equal('https://cdn.example/article-embed@0/dist/article-embed.css');
    expect(text.indexOf('<link')).to.be.below(text.indexOf('<article-card'));
    expect(stylesheetUrl('/assets/embed/article-embed.min.js?v=3#x')).to.equal('/assets/embed/article-embed.css');
    expect(
      parse(snippet({ ...base, kind: 'blockquote' }))
        .querySelector('link[rel="stylesheet"]')!
        .getAttribute('href'),
    ).to.equal(link.getAttribute('href'));
    expect(parse(snippet({ ...base, kind: 'iframe' })).querySelector('link')).to.equal(null);
  });

  it('leaves defaults out and writes share="none" for no targets', () => {
    const doc = parse(snippet({ ...base, layout: 'full', theme: 'auto', lang: '', share: [] }));
    const card = doc.querySelector('article-card')!;
    expect(card.getAttributeNames().sort()).to.deep.equal(['share', 'src']);
    expect(card.getAttribute('share')).to.equal('none');
    const defaults = parse(snippet({ ...base, share: undefined })).querySelector('article-card')!;
    expect(defaults.hasAttribute('share')).to.equal(false);
  });

  it('keeps typed text as text: quotes and tags cannot break out of an attribute', () => {
    const hostile = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
    for (const kind of ['element', 'blockquote', 'iframe'] as const) {
      const doc = parse(snippet({ ...base, kind, fields: { headline: hostile, url: 'https://news.example/a' } }));
      expect(doc.querySelectorAll('img').length, kind).to.equal(0);
      expect(doc.querySelectorAll('script').length, kind).to.equal(kind === 'iframe' ? 0 : 1);
    }
    const card = parse(snippet({ ...base, fields: { headline: hostile } })).querySelector('article-card')!;
    expect(card.getAttribute('headline')).to.equal(hostile);
    expect(escapeHtml(`<a href="x">'`)).to.equal('&lt;a href=&quot;x&quot;&gt;&#39;');
  });

  it('writes a fallback blockquote whose link works without the script', () => {
    const doc = parse(snippet({ ...base, kind: 'blockquote', fields: { headline: 'Bridge reopens', url: 'https://news.example/bridge' } }));
    const quote = doc.querySelector('blockquote.article-embed')!;
    expect(quote.getAttribute('data-src')).to.equal(base.src);
    expect(quote.getAttribute('data-layout')).to.equal('summary');
    expect(quote.getAttribute('lang')).to.equal('fr');
    const link = quote.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://news.example/bridge');
    expect(link.textContent).to.equal('Bridge reopens');
  });

  it('writes an iframe of the hosted embed page, with no script, for platforms that strip scripts', () => {
    const doc = parse(snippet({ ...base, kind: 'iframe' }));
    const frame = doc.querySelector('iframe')!;
    const url = new URL(frame.getAttribute('src')!);
    expect(url.origin + url.pathname).to.equal(base.embedUrl);
    expect(url.searchParams.get('src')).to.equal(base.src);
    expect(url.searchParams.get('layout')).to.equal('summary');
    expect(frame.className).to.equal('article-embed-frame');
    expect(frame.getAttribute('title')).to.not.equal('');
  });
});

describe('generator page (demo/generator.html)', () => {
  let frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    frames.forEach((f) => f.remove());
    frames = [];
  });

  function open(src: string, srcdoc?: string): HTMLIFrameElement {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 900px; height: 700px';
    if (srcdoc !== undefined) frame.srcdoc = srcdoc;
    else frame.src = src;
    document.body.append(frame);
    frames.push(frame);
    return frame;
  }

  /** Sets a form control in the generator page as a person would, then lets the page update. */
  function set(doc: Document, selector: string, value: string | boolean): void {
    const control = doc.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
    if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
    else control.value = value;
    control.dispatchEvent(new Event('change', { bubbles: true }));
  }

  const headline = (root: ParentNode | null | undefined) =>
    root?.querySelector('article-card')?.shadowRoot?.querySelector('[part="headline"]')?.textContent?.trim() ?? '';

  async function generatorSnippet(kind: string): Promise<string> {
    const page = open('/demo/generator.html');
    await until(() => (page.contentDocument?.querySelector<HTMLTextAreaElement>('#snippet')?.value ?? '') !== '', 'the first snippet');
    const doc = page.contentDocument!;
    await until(() => headline(doc.querySelector('#preview')).startsWith('Harbour lights'), 'the live preview');
    set(doc, 'select[name="theme"]', 'dark');
    set(doc, 'select[name="lang"]', 'en');
    set(doc, 'input[name="share-default"]', false);
    set(doc, 'input[name="share"][value="x"]', false);
    set(doc, `input[name="kind"][value="${kind}"]`, true);
    const text = doc.querySelector<HTMLTextAreaElement>('#snippet')!.value;
    expect(text).to.match(/theme="?dark/);
    expect(doc.querySelector('#preview article-card')!.getAttribute('theme')).to.equal('dark');
    return text;
  }

  it('element + script: pasted into a blank page, it renders the card', async () => {
    const text = await generatorSnippet('element');
    expect(text).to.contain('share="native,email,copy"');
    const blank = open('', `<!doctype html><html><head><meta charset="utf-8"></head><body>\n${text}</body></html>`);
    await until(() => headline(blank.contentDocument).startsWith('Harbour lights'), 'the pasted card');
  });

  it('fallback blockquote + script: pasted into a blank page, the blockquote becomes the card', async () => {
    const text = await generatorSnippet('blockquote');
    expect(text).to.contain('<blockquote class="article-embed"');
    const blank = open('', `<!doctype html><html><head><meta charset="utf-8"></head><body>\n${text}</body></html>`);
    await until(() => headline(blank.contentDocument).startsWith('Harbour lights'), 'the upgraded blockquote');
    expect(blank.contentDocument!.querySelector('blockquote')).to.equal(null);
  });

  it('iframe: pasted into a page with no script of ours, the hosted embed page shows the card', async () => {
    const text = await generatorSnippet('iframe');
    expect(text).to.not.contain('<script');
    const blank = open('', `<!doctype html><html><head><meta charset="utf-8"></head><body>\n${text}</body></html>`);
    await until(
      () => headline(blank.contentDocument?.querySelector('iframe')?.contentDocument).startsWith('Harbour lights'),
      'the card in the embed frame',
    );
  });
});
