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
  // The reservation is given up after --article-script-wait (4s) without the script: pinned long
  // here, so that a slow machine measures the reservation and not its end.
  iframe.srcdoc = `<!doctype html><html lang="en"><head><link rel="stylesheet" href="/dist/article-embed.css"><style>body { margin: 0 } :root { --article-script-wait: 600s } ${css}</style></head>
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
  // What the script shows first is the loading placeholder, whose size is known: reserved exactly.
  const exact: Case[] = [
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
  ];

  // A card given by attributes shows its article at once, and a summary fits its text: the
  // stylesheet reserves the pieces the attributes announce, with a two-line headline. Headlines
  // of one or three lines land within a line of it.
  const estimated: Case[] = [
    {
      name: 'a narrow summary card given by attributes, without a picture',
      width: 360,
      markup: card('layout="summary" headline="Night ferries return to the northern fjord" url="https://ledger.example/f"'),
    },
    {
      name: 'a wide summary card given by attributes, with a picture, section, byline and excerpt',
      width: 800,
      markup: card(
        'layout="summary" headline="Night ferries return to the northern fjord after a decade" url="https://ledger.example/f" image="/test/csp/pixel.svg" section="Local" author="Ana Lima" published="2026-03-14T07:12:00Z" excerpt="For the first time since 2016, a ferry will cross the fjord after dark, and the harbour is getting ready for it with lights and a new quay."',
      ),
    },
    {
      name: 'a fallback blockquote with only a link',
      width: 640,
      markup:
        '<blockquote class="article-embed"><a href="https://ledger.example/f">Night ferries return to the northern fjord after a decade away</a></blockquote>',
    },
  ];

  const check = (cases: Case[], tolerance: number) => {
    for (const { name, width, markup, css } of cases) {
      it(`reserves ${tolerance <= 1 ? 'the size' : 'about the size'} of what the script shows first, for ${name}`, async () => {
        const iframe = await frame(markup, width, css);
        const embed = iframe.contentDocument!.querySelector('article-card, blockquote')!;
        const after = iframe.contentDocument!.getElementById('after')!;
        const before = [height(embed), after.getBoundingClientRect().top];
        expect(before[0]).to.be.above(100);
        const upgraded = await upgrade(iframe);
        const now = [height(upgraded), after.getBoundingClientRect().top];
        expect(Math.abs(now[0]! - before[0]!), `height ${before[0]} then ${now[0]}`).to.be.below(tolerance);
        expect(Math.abs(now[1]! - before[1]!), 'what follows stays put').to.be.below(tolerance);
      });
    }
  };
  check(exact, 1);
  // One headline line (24px) either way.
  check(estimated, 25);

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
    // Inline data: the placeholder's size; a headline alone: its two lines and the card's padding.
    const [inline, headline] = Array.from(iframe.contentDocument!.querySelectorAll('article-card'));
    expect(height(inline!)).to.be.above(300);
    expect(height(headline!)).to.be.within(70, 100);
  });
});

describe('when the drop-in never runs (dist/article-embed.css alone)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

  /** Resolves when the stylesheet gives up `el`'s reservation (its timeout animation ends). */
  const givenUp = (el: Element, name: string) =>
    new Promise<void>((resolve) => {
      const listener = (event: Event) => {
        if ((event as AnimationEvent).animationName !== name) return;
        el.removeEventListener('animationend', listener);
        resolve();
      };
      el.addEventListener('animationend', listener);
    });

  it('waits 4 seconds for the script by default', async () => {
    const iframe = await frame(`<article-card layout="summary" src="${SLOW}"></article-card>`, 400);
    const card = iframe.contentDocument!.querySelector('article-card')!;
    // The frames above pin a long wait; the default is what a page gets without setting it.
    iframe.contentDocument!.querySelector('style')!.remove();
    const view = iframe.contentWindow!;
    expect(view.getComputedStyle(card).animationDelay).to.equal('4s');
    expect(view.getComputedStyle(card, '::before').animationDelay).to.equal('4s');
  });

  it('leaves no blank box: the fallback content shows at its own size, readable', async () => {
    const link = 'https://ledger.example/2026/03/ferries/';
    const iframe = await frame(
      `<blockquote class="article-embed" id="quote" data-src="${SLOW}" data-image="/i.jpg"><p><a href="${link}">Night ferries return to the fjord</a></p></blockquote>
       <article-card id="empty" layout="summary" src="${SLOW}"></article-card>
       <article-card id="full" src="${SLOW}"></article-card>
       <article-card id="children" layout="summary" src="${SLOW}"><a href="${link}">Night ferries, as the page wrote it</a></article-card>
       <blockquote class="article-embed" id="whole" data-layout="full" data-src="${SLOW}"><p><a href="${link}">A whole article</a></p></blockquote>`,
      360,
      ':root { --article-script-wait: 50ms }',
    );
    const doc = iframe.contentDocument!;
    const [quote, empty, full, children, whole] = ['quote', 'empty', 'full', 'children', 'whole'].map((id) => doc.getElementById(id)!);
    // Reserved at first.
    expect(height(quote!)).to.be.above(200);
    expect(height(empty!)).to.be.above(200);
    await Promise.all([
      givenUp(quote!, 'article-embed-give-up-spacer'),
      givenUp(empty!, 'article-embed-give-up-spacer'),
      givenUp(full!, 'article-embed-give-up'),
      givenUp(children!, 'article-embed-give-up-spacer'),
    ]);
    expect(iframe.contentWindow!.customElements.get('article-card')).to.equal(undefined);
    // Nothing to show: no box at all.
    expect(height(empty!)).to.equal(0);
    expect(height(full!)).to.equal(0);
    // The fallback's link is what takes the space: its own box and the card's padding, no more.
    for (const box of [quote!, children!, whole!]) {
      const anchor = box.querySelector('a')!;
      expect(anchor.checkVisibility(), 'the link is visible').to.equal(true);
      expect(height(anchor)).to.be.above(10);
      expect(height(box), `${box.id} fits its link`).to.be.at.most(height(box.firstElementChild!) + 2 * 16 + 1);
    }
  });
});
