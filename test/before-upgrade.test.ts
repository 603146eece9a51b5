// dist/article-embed.css (made by `npm run build`): before the drop-in script runs, a card already
// takes the size of the placeholder it shows once the script has run, so nothing moves when it
// does. Each case is a fresh frame: measured with the stylesheet alone, then again after the
// built drop-in upgraded the same element in the same document.
import { expect, waitUntil } from '@open-wc/testing';
import { laidOut } from './helpers.js';

interface Case {
  name: string;
  width: number;
  /** The embed as pasted: an <article-card> or a fallback blockquote. */
  markup: string;
  /** Page CSS around the card (custom properties a site may set). */
  css?: string;
}

const SLOW = '/api/slow?ms=8000&tag=before-upgrade';

async function frame(embed: string, width: number, css = ''): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 1000px; height: 700px; border: 0';
  iframe.srcdoc = `<!doctype html><html lang="en"><head><link rel="stylesheet" href="/dist/article-embed.css"><style>body { margin: 0 } ${css}</style></head>
    <body><div style="width: ${width}px">${embed}</div><p id="after">The page goes on.</p></body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return iframe;
}

async function upgrade(iframe: HTMLIFrameElement): Promise<HTMLElement> {
  const doc = iframe.contentDocument!;
  const script = doc.createElement('script');
  script.src = '/dist/article-embed.min.js';
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  doc.head.append(script);
  await loaded;
  const card = doc.querySelector('article-card') as HTMLElement;
  await waitUntil(() => card.shadowRoot?.querySelector('.card'), 'card rendered');
  // Laid out after the first-frame check.
  await laidOut(card);
  return card;
}

const height = (el: Element) => el.getBoundingClientRect().height;

describe('before the drop-in runs (dist/article-embed.css)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

  const card = (attributes: string) => `<article-card ${attributes}></article-card>`;
  const cases: Case[] = [
    { name: 'a narrow summary card', width: 360, markup: card(`layout="summary" src="${SLOW}"`) },
    { name: 'a wide summary card', width: 800, markup: card(`layout="summary" src="${SLOW}"`) },
    { name: 'a summary card at the 640px switch', width: 640, markup: card(`layout="summary" src="${SLOW}"`) },
    { name: 'a summary card wider than its maximum width', width: 960, markup: card(`layout="summary" src="${SLOW}"`) },
    {
      name: 'a summary card fixed to desktop in a narrow column',
      width: 500,
      markup: card(`layout="summary" mode="desktop" src="${SLOW}"`),
    },
    { name: 'a summary card fixed to mobile in a wide column', width: 800, markup: card(`layout="summary" mode="mobile" src="${SLOW}"`) },
    {
      name: 'a summary card with a site\u2019s own spacing and text height',
      width: 720,
      markup: card(`layout="summary" src="${SLOW}"`),
      css: 'article-card { --article-space: 1.25rem; --article-card-padding: 2rem; --article-summary-text-height: 15rem; --article-max-width: 40rem; }',
    },
    {
      name: 'a narrow summary card given by attributes, without a picture',
      width: 360,
      markup: card('layout="summary" headline="Ferry" url="https://ledger.example/f"'),
    },
    {
      name: 'a wide summary card given by attributes, without a picture',
      width: 800,
      markup: card('layout="summary" headline="Ferry" url="https://ledger.example/f"'),
    },
    {
      name: 'a narrow summary card from inline data without a picture',
      width: 360,
      markup: `<article-card layout="summary"><script type="application/json">{"headline":"Ferry","url":"https://ledger.example/f"}</script></article-card>`,
    },
    { name: 'a full article', width: 800, markup: card(`src="${SLOW}"`) },
    {
      name: 'a narrow fallback blockquote with a data source',
      width: 360,
      markup: `<blockquote class="article-embed" data-src="${SLOW}"><a href="https://ledger.example/f">Ferry</a></blockquote>`,
    },
    {
      name: 'a wide fallback blockquote with a data source, in a theme that styles blockquotes',
      width: 800,
      markup: `<blockquote class="article-embed" data-src="${SLOW}" data-layout="summary"><a href="https://ledger.example/f">Ferry</a></blockquote>`,
      css: '.entry blockquote, blockquote { margin: 2em; padding: 1em 2em; border-inline-start: 4px solid; }',
    },
    {
      name: 'a fallback blockquote with only a link',
      width: 640,
      markup: '<blockquote class="article-embed"><a href="https://ledger.example/f">Ferry</a></blockquote>',
    },
  ];

  for (const { name, width, markup, css } of cases) {
    it(`reserves the size of what the script shows first, for ${name}`, async () => {
      const iframe = await frame(markup, width, css);
      const embed = iframe.contentDocument!.querySelector('article-card, blockquote')!;
      const after = iframe.contentDocument!.getElementById('after')!;
      const before = [height(embed), after.getBoundingClientRect().top];
      expect(before[0]).to.be.above(100);
      const upgraded = await upgrade(iframe);
      const now = [height(upgraded), after.getBoundingClientRect().top];
      expect(Math.abs(now[0]! - before[0]!), `height ${before[0]} then ${now[0]}`).to.be.below(1);
      expect(Math.abs(now[1]! - before[1]!), 'what follows stays put').to.be.below(1);
    });
  }

  it('leaves cards that will show nothing, and hidden cards, alone', async () => {
    const iframe = await frame('<article-card></article-card><article-card hidden src="/x.json"></article-card>', 600);
    const [empty, hidden] = Array.from(iframe.contentDocument!.querySelectorAll('article-card'));
    expect(height(empty!)).to.equal(0);
    expect(iframe.contentWindow!.getComputedStyle(hidden!).display).to.equal('none');
  });

  it('reserves space for inline data and for a headline given as attributes', async () => {
    const iframe = await frame(
      `<article-card layout="summary"><script type="application/json">{"headline":"H"}</script></article-card>
       <article-card layout="summary" headline="H"></article-card>`,
      400,
    );
    for (const card of Array.from(iframe.contentDocument!.querySelectorAll('article-card'))) expect(height(card)).to.be.above(100);
  });
});
