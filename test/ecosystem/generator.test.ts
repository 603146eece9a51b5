// The embed generator: the snippet it writes (escaped, complete) and, end to end, that the
// snippet copied from demo/generator.html renders a card when pasted into a blank page.
import { expect } from '@open-wc/testing';
import { snippet, escapeHtml, stylesheetUrl, FRAME_HEIGHT, type SnippetOptions } from '../../demo/generator/snippet.js';
import { DEFAULT_TARGETS } from '../../src/components/article-share/share-targets.js';
import { until } from './helpers.js';

const base: SnippetOptions = {
  kind: 'element',
  src: 'https://news.example/wp-json/wp/v2/posts/42?_embed',
  fields: {},
  layout: 'full',
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
    expect(card.hasAttribute('layout')).to.equal(false);
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
    expect(parse(snippet({ ...base, kind: 'iframe' })).querySelectorAll('link').length).to.equal(0);
  });

  it('leaves defaults out and writes share="none" for no targets', () => {
    const doc = parse(snippet({ ...base, theme: 'auto', lang: '', share: [] }));
    const card = doc.querySelector('article-card')!;
    expect(card.getAttributeNames().sort()).to.deep.equal(['share', 'src']);
    expect(card.getAttribute('share')).to.equal('none');
    const defaults = parse(snippet({ ...base, share: undefined })).querySelector('article-card')!;
    expect(defaults.hasAttribute('share')).to.equal(false);
    // A summary card has no share bar: no share setting is written for it.
    const summary = parse(snippet({ ...base, layout: 'summary' })).querySelector('article-card')!;
    expect(summary.getAttribute('layout')).to.equal('summary');
    expect(summary.hasAttribute('share')).to.equal(false);
  });

  it('passes the resolver: the resolver attribute on a card, data-resolver on the drop-in of a fallback snippet', () => {
    const resolver = 'https://resolver.example/';
    const card = parse(snippet({ ...base, resolver })).querySelector('article-card')!;
    expect(card.getAttribute('resolver')).to.equal(resolver);
    const quote = parse(snippet({ ...base, kind: 'blockquote', resolver, article: { url: 'https://news.example/a', headline: 'A' } }));
    expect(quote.querySelector('script')!.getAttribute('data-resolver')).to.equal(resolver);
    expect(quote.querySelector('blockquote')!.hasAttribute('data-resolver')).to.equal(false);
    expect(
      parse(snippet({ ...base }))
        .querySelector('article-card')!
        .hasAttribute('resolver'),
    ).to.equal(false);
    expect(
      parse(snippet({ ...base, kind: 'blockquote' }))
        .querySelector('script')!
        .hasAttribute('data-resolver'),
    ).to.equal(false);
  });

  it('keeps typed text as text: quotes and tags cannot break out of an attribute', () => {
    const hostile = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
    for (const kind of ['element', 'blockquote', 'iframe'] as const) {
      const doc = parse(snippet({ ...base, kind, fields: { headline: hostile, url: 'https://news.example/a' } }));
      expect(doc.querySelectorAll('img').length, kind).to.equal(0);
      expect(doc.querySelectorAll('script').length, kind).to.equal(1);
    }
    const card = parse(snippet({ ...base, fields: { headline: hostile } })).querySelector('article-card')!;
    expect(card.getAttribute('headline')).to.equal(hostile);
    expect(escapeHtml(`<a href="x">'`)).to.equal('&lt;a href=&quot;x&quot;&gt;&#39;');
  });

  it('writes a fallback blockquote whose link works without the script', () => {
    const doc = parse(snippet({ ...base, kind: 'blockquote', fields: { headline: 'Bridge reopens', url: 'https://news.example/bridge' } }));
    const quote = doc.querySelector('blockquote.article-embed')!;
    expect(quote.getAttribute('data-src')).to.equal(base.src);
    expect(quote.getAttribute('lang')).to.equal('fr');
    const link = quote.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://news.example/bridge');
    expect(link.textContent).to.equal('Bridge reopens');
  });

  it('links the fallback to the article read from src, never to the data URL, which is JSON to a reader', () => {
    const read = parse(snippet({ ...base, kind: 'blockquote', article: { url: 'https://news.example/story', headline: 'Story' } }));
    expect(read.querySelector('blockquote a')!.getAttribute('href')).to.equal('https://news.example/story');
    expect(read.querySelector('blockquote a')!.textContent).to.equal('Story');
    const unknown = parse(snippet({ ...base, kind: 'blockquote' }));
    expect(unknown.querySelectorAll('blockquote a').length).to.equal(0);
    expect(snippet({ ...base, kind: 'blockquote' })).to.not.contain(`href="${base.src}"`);
  });

  it('writes an iframe of the hosted embed page, with no script, for platforms that strip scripts', () => {
    const doc = parse(snippet({ ...base, kind: 'iframe' }));
    const frame = doc.querySelector('iframe')!;
    const url = new URL(frame.getAttribute('src')!);
    expect(url.origin + url.pathname).to.equal(base.embedUrl);
    expect(url.searchParams.get('src')).to.equal(base.src);
    expect(url.searchParams.get('layout')).to.equal(null);
    expect(frame.className).to.equal('article-embed-frame');
    expect(frame.getAttribute('title')).to.not.equal('');
    expect(frame.getAttribute('style')).to.contain('max-width');
  });

  it('gives the iframe a height from its layout, and the module that resizes it, beside the drop-in', () => {
    for (const layout of ['summary', 'full'] as const) {
      const doc = parse(snippet({ ...base, kind: 'iframe', layout }));
      expect(doc.querySelector('iframe')!.getAttribute('height'), layout).to.equal(String(FRAME_HEIGHT[layout]));
      const script = doc.querySelector('script')!;
      expect(script.getAttribute('type')).to.equal('module');
      expect(script.textContent).to.contain('"https://cdn.example/article-embed@0/dist/hosted/embed-host.js"');
      expect(script.textContent).to.contain('connectEmbeds()');
    }
    expect(FRAME_HEIGHT.full).to.be.greaterThan(FRAME_HEIGHT.summary);
    // A script URL cannot end the script element early.
    const text = snippet({ ...base, kind: 'iframe', scriptUrl: 'https://cdn.example/</script><img src=x>/article-embed.min.js' });
    expect(parse(text).querySelectorAll('img').length).to.equal(0);
  });
});

describe('generator page (demo/generator.html)', () => {
  let frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    frames.forEach((f) => f.remove());
    frames = [];
  });

  function open(src: string, srcdoc?: string, width = 900): HTMLIFrameElement {
    const frame = document.createElement('iframe');
    frame.style.cssText = `width: ${width}px; height: 700px; border: 0`;
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
  const snippetOf = (doc: Document) => doc.querySelector<HTMLTextAreaElement>('#snippet')!.value;

  async function openGenerator(): Promise<Document> {
    const page = open('/demo/generator.html');
    await until(() => (page.contentDocument?.querySelector<HTMLTextAreaElement>('#snippet')?.value ?? '') !== '', 'the first snippet');
    const doc = page.contentDocument!;
    await until(() => headline(doc.querySelector('#preview')).startsWith('Harbour lights'), 'the live preview');
    return doc;
  }

  async function generatorSnippet(kind: string, layout = 'summary'): Promise<string> {
    const doc = await openGenerator();
    set(doc, 'select[name="layout"]', layout);
    set(doc, 'select[name="theme"]', 'dark');
    set(doc, 'select[name="lang"]', 'en');
    set(doc, `input[name="kind"][value="${kind}"]`, true);
    const text = snippetOf(doc);
    expect(text).to.match(/theme="?dark/);
    expect(doc.querySelector('#preview article-card')!.getAttribute('theme')).to.equal('dark');
    return text;
  }

  /** A blank page of a phone's width with the snippet pasted into its body. */
  const pasted = (text: string) =>
    open(
      '',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head><body>\n${text}</body></html>`,
      390,
    );
  const overflow = (doc: Document) => doc.documentElement.scrollWidth - doc.documentElement.clientWidth;

  it('share settings: only for the full layout, showing the share bar’s real default set', async () => {
    const doc = await openGenerator();
    const fieldset = doc.querySelector<HTMLFieldSetElement>('#share-options')!;
    expect(fieldset.hidden, 'summary').to.equal(true);
    set(doc, 'select[name="layout"]', 'full');
    expect(fieldset.hidden, 'full').to.equal(false);
    const checked = Array.from(doc.querySelectorAll<HTMLInputElement>('input[name="share"]:checked'), (box) => box.value);
    expect(checked.join(',')).to.equal(DEFAULT_TARGETS);
    expect(snippetOf(doc)).to.not.contain('share=');
    set(doc, 'input[name="share-default"]', false);
    set(doc, 'input[name="share"][value="x"]', false);
    expect(snippetOf(doc)).to.contain(
      `share="${DEFAULT_TARGETS.split(',')
        .filter((t) => t !== 'x')
        .join(',')}"`,
    );
  });

  it('"Copy snippet": copies with the Clipboard API, and where it is refused (phones on http) selects the whole snippet', async () => {
    const doc = await openGenerator();
    const win = doc.defaultView! as Window & typeof globalThis;
    const copied: string[] = [];
    const clipboard = { writeText: async (text: string) => void copied.push(text) };
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: clipboard });
    const status = doc.querySelector('#copy-status')!;
    doc.querySelector<HTMLButtonElement>('#copy')!.click();
    await until(() => status.textContent !== '', 'the copy status');
    expect(copied).to.deep.equal([snippetOf(doc)]);
    expect(status.textContent).to.contain('Copied');

    clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    status.textContent = '';
    doc.querySelector<HTMLButtonElement>('#copy')!.click();
    await until(() => status.textContent !== '', 'the fallback status');
    const field = doc.querySelector<HTMLTextAreaElement>('#snippet')!;
    expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
    expect(doc.activeElement).to.equal(field);
  });

  it('the resolver field flows into the snippets: resolver on the card, data-resolver on the drop-in', async () => {
    const doc = await openGenerator();
    set(doc, 'input[name="resolver"]', 'https://resolver.example/');
    expect(snippetOf(doc)).to.contain('resolver="https://resolver.example/"');
    expect(doc.querySelector('#preview article-card')!.getAttribute('resolver')).to.equal('https://resolver.example/');
    set(doc, 'input[name="kind"][value="blockquote"]', true);
    const script = new DOMParser().parseFromString(snippetOf(doc), 'text/html').querySelector('script')!;
    expect(script.getAttribute('data-resolver')).to.equal('https://resolver.example/');
  });

  it('element + script: pasted into a blank 390 px page, it renders the card without overflow', async () => {
    const text = await generatorSnippet('element', 'full');
    const blank = pasted(text);
    await until(() => headline(blank.contentDocument).startsWith('Harbour lights'), 'the pasted card');
    expect(overflow(blank.contentDocument!)).to.equal(0);
  });

  it('fallback blockquote + script: links the article’s page, and at 390 px the blockquote becomes the card without overflow', async () => {
    const text = await generatorSnippet('blockquote');
    const quote = new DOMParser().parseFromString(text, 'text/html').querySelector('blockquote.article-embed')!;
    expect(quote.querySelector('a')!.getAttribute('href')).to.equal('https://ledger.example/2026/11/harbour-lights-festival/');
    expect(quote.querySelector('a')!.textContent).to.equal('Harbour lights festival draws record crowds despite the drizzle');
    const blank = pasted(text);
    await until(() => headline(blank.contentDocument).startsWith('Harbour lights'), 'the upgraded blockquote');
    expect(blank.contentDocument!.querySelectorAll('blockquote').length).to.equal(0);
    expect(overflow(blank.contentDocument!)).to.equal(0);
  });

  it('iframe: pasted into a blank 390 px page, the frame shows the card, fits the width and is resized to it', async () => {
    const text = await generatorSnippet('iframe');
    const blank = pasted(text);
    const frame = () => blank.contentDocument?.querySelector('iframe');
    await until(() => headline(frame()?.contentDocument).startsWith('Harbour lights'), 'the card in the embed frame');
    await until(() => frame()!.height !== String(FRAME_HEIGHT.summary), 'the frame to be resized');
    // The embed page reports again whenever its content changes height (the picture, the fonts).
    const content = () => Math.ceil(frame()!.contentDocument!.querySelector('main')!.getBoundingClientRect().height);
    await until(() => Math.abs(Number(frame()!.height) - content()) < 2, 'the frame to fit the card');
    expect(frame()!.getBoundingClientRect().width).to.be.at.most(390);
    expect(overflow(blank.contentDocument!)).to.equal(0);
  });

  it('iframe where the platform strips scripts: the frame alone still shows the card at its layout’s height', async () => {
    const text = (await generatorSnippet('iframe')).replace(/<script[\s\S]*?<\/script>/g, '');
    const blank = pasted(text);
    const frame = () => blank.contentDocument?.querySelector('iframe');
    await until(() => headline(frame()?.contentDocument).startsWith('Harbour lights'), 'the card in the embed frame');
    expect(frame()!.height).to.equal(String(FRAME_HEIGHT.summary));
    expect(overflow(blank.contentDocument!)).to.equal(0);
  });
});
