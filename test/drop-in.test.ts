// The built drop-in (dist/article-embed.min.js, made by `npm run build`, which `npm test` runs
// first): loaded as a classic script, twice, it registers the elements and upgrades blockquotes.
import { expect, waitUntil } from '@open-wc/testing';

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

describe('drop-in script', () => {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);

  before(async () => {
    window.addEventListener('error', onError);
    document.body.insertAdjacentHTML(
      'beforeend',
      `<blockquote class="article-embed" id="q1" data-headline="Fallback headline" data-url="https://ledger.example/x"
         data-onclick="alert(1)" data-layout="full" data-body="<p>Body</p>"><a href="https://ledger.example/x">Plain link</a></blockquote>
       <blockquote class="article-embed" id="q2"><a href="https://ledger.example/only-link">Only a link</a></blockquote>`,
    );
    await loadScript('/dist/article-embed.min.js');
    await loadScript('/dist/article-embed.min.js?twice');
  });

  after(() => window.removeEventListener('error', onError));

  it('registers the four elements and throws nothing when loaded twice', () => {
    for (const tag of ['article-card', 'article-byline', 'article-share', 'article-menu']) {
      expect(customElements.get(tag), tag).to.not.equal(undefined);
    }
    expect(errors.length).to.equal(0);
  });

  it('upgrades fallback blockquotes, mapping only known data-* attributes', async () => {
    await waitUntil(() => document.querySelectorAll('blockquote.article-embed').length === 0);
    const cards = Array.from(document.querySelectorAll('article-card'));
    expect(cards.length).to.equal(2);
    const [first, second] = cards as unknown as [HTMLElement, HTMLElement];
    expect(first.getAttribute('headline')).to.equal('Fallback headline');
    expect(first.getAttribute('layout')).to.equal('full');
    expect(first.hasAttribute('onclick')).to.equal(false);
    await waitUntil(() => first.shadowRoot?.querySelector('.headline'));
    expect(first.shadowRoot!.querySelector('.body p')!.textContent).to.equal('Body');
    // A blockquote with only a link becomes a summary card of that link.
    expect(second.getAttribute('headline')).to.equal('Only a link');
    expect(second.getAttribute('url')).to.equal('https://ledger.example/only-link');
    cards.forEach((card) => card.remove());
  });

  it('upgrades blockquotes added later', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div><blockquote class="article-embed" data-headline="Late"><a href="/late">Late</a></blockquote></div>',
    );
    await waitUntil(() => document.querySelector('article-card[headline="Late"]'));
    document.querySelector('article-card[headline="Late"]')!.parentElement!.remove();
  });
});
