// The render floor: the least safe work for the same content as a full card. DOMPurify per
// body, one innerHTML into a shadow root sharing one stylesheet, the same headline, byline,
// body and six share links. Text is escaped; URLs are assumed vetted (they are constants).
import createDOMPurify from 'dompurify';

const purify = createDOMPurify(window);
const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  :host { display: block; font: 1rem/1.6 system-ui, sans-serif; color: #1b1c1f; }
  article { padding: 1rem; border: 1px solid #d5d8de; border-radius: .75rem; }
  h2 { font: 1.6rem/1.2 Georgia, serif; margin: 0; } a { color: #0b57d0; }
  .byline { color: #55585f; font-size: .875rem; } ul { display: flex; gap: .5rem; list-style: none; padding: 0; }
`);
const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const networks = [
  ['X', (u, t) => `https://x.com/intent/post?url=${encodeURIComponent(u)}&text=${encodeURIComponent(t)}`],
  ['Facebook', (u) => `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(u)}`],
  ['LinkedIn', (u) => `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(u)}`],
  ['WhatsApp', (u, t) => `https://wa.me/?text=${encodeURIComponent(`${t} ${u}`)}`],
  ['Telegram', (u, t) => `https://t.me/share/url?url=${encodeURIComponent(u)}&text=${encodeURIComponent(t)}`],
  ['Email', (u, t) => `mailto:?subject=${encodeURIComponent(t)}&body=${encodeURIComponent(u)}`],
];
globalThis.renderFloor = (articles, container) => {
  // Built per render, not at load: the first Intl object of a page costs real time (locale data),
  // and the elements pay that inside the measurement too.
  const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long' });
  const hosts = [];
  for (const a of articles) {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    const author = a.authors[0];
    root.innerHTML = `<article><h2><a href="${escape(a.url)}">${escape(a.headline)}</a></h2>
      <p class="byline">By <a href="${escape(author.url)}">${escape(author.name)}</a>
      <time datetime="${escape(a.published)}">${dateFormat.format(new Date(a.published))}</time></p>
      <div class="body">${purify.sanitize(a.body)}</div>
      <ul>${networks.map(([name, href]) => `<li><a href="${escape(href(a.url, a.headline))}" target="_blank" rel="noopener noreferrer" aria-label="Share on ${name}">${name}</a></li>`).join('')}</ul>
    </article>`;
    container.append(host);
    hosts.push(host);
  }
  return hosts;
};
