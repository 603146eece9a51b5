/**
 * The hosted embed page (`embed.html?src=…`): one card, full-page, for platforms that strip
 * scripts but allow an iframe. It reads the card's settings from the query string, renders
 * `<article-card>` (registered by the drop-in script the page also loads) and, when framed
 * with a secret, reports its height to the framing page. Started by embed-page.ts.
 */
import { reportHeight } from './height-reporter.js';
import { secretFromHash } from './protocol.js';
import { cardAttributes } from '../components/article-card/card-attributes.js';

/** The card the query string describes. Values are attributes: the card vets URLs and treats text as text. */
export function cardFromQuery(search: string, doc: Document = document): HTMLElement {
  const query = new URLSearchParams(search);
  const card = doc.createElement('article-card');
  // Query parameters named like the card's attributes become them; anything else is ignored.
  const attributes = cardAttributes();
  for (const [name, value] of query) {
    if (value && attributes.has(name) && !card.hasAttribute(name)) card.setAttribute(name, value);
  }
  return card;
}

/** Renders the page into `main` and starts the height reports when framed. */
export function startEmbedPage(main: HTMLElement, location: Location = window.location): (() => void) | undefined {
  const card = cardFromQuery(location.search, main.ownerDocument);
  if (!card.hasAttribute('src')) {
    const note = main.ownerDocument.createElement('p');
    note.className = 'embed-missing';
    note.textContent = 'Nothing to show: this embed page needs ?src=<article data URL>.';
    main.replaceChildren(note);
  } else {
    main.replaceChildren(card);
  }
  if (window.parent === window) return undefined;
  let stop: (() => void) | undefined;
  const start = () => {
    const secret = secretFromHash(location.hash);
    if (!secret || stop) return;
    stop = reportHeight({ secret, content: main });
  };
  // A host that adds the secret after the frame started loading changes only the fragment:
  // no reload, just a hashchange.
  window.addEventListener('hashchange', start);
  start();
  return () => {
    window.removeEventListener('hashchange', start);
    stop?.();
  };
}
