/**
 * The one place HTML is sanitized. A private DOMPurify instance (never the page's global one,
 * which the host page may have configured or hooked) with one configuration, returning a
 * DocumentFragment so that what is rendered is exactly the tree DOMPurify checked: the output
 * is never serialized and parsed again (that round trip is where mutation XSS lives).
 */
import createDOMPurify from 'dompurify';
import type { DOMPurify, Config } from 'dompurify';
import { vetUrl, leavesPage } from './url.js';

/** Tags removed from article bodies, on top of DOMPurify's own defaults. */
const FORBID_TAGS = [
  // No styling of the host page, no phishing forms, no nested browsing contexts.
  'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'textarea', 'option',
  'optgroup', 'datalist', 'output', 'fieldset', 'label', 'iframe', 'frame', 'frameset', 'object',
  'embed', 'portal', 'dialog', 'template', 'slot', 'noscript', 'svg', 'math',
];
/** Attributes removed everywhere: styling, form plumbing, overlays, focus stealing, tracking. */
const FORBID_ATTR = [
  'style', 'action', 'formaction', 'popover', 'popovertarget', 'popovertargetaction',
  'autofocus', 'tabindex', 'ping', 'accesskey', 'contenteditable', 'is', 'slot', 'part',
];

const CONFIG: Config = {
  // HTML only: SVG and MathML are where namespace-confusion tricks live.
  USE_PROFILES: { html: true },
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: true,
  // Same schemes as vetUrl (which the hook below applies again, with length and control checks).
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  RETURN_DOM_FRAGMENT: true,
};

const MAX_SRCSET_CANDIDATES = 16;

let instance: DOMPurify | undefined;
let base: string | undefined;

function purifier(): DOMPurify {
  if (instance) return instance;
  const purify = createDOMPurify(window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (!(node instanceof Element)) return;
    const tag = node.localName;
    if (tag === 'a' || tag === 'area') vetLink(node);
    for (const name of ['src', 'poster', 'cite']) {
      if (node.hasAttribute(name)) {
        const safe = vetUrl(node.getAttribute(name), name === 'cite' ? 'link' : 'resource', base);
        if (safe) node.setAttribute(name, safe);
        else node.removeAttribute(name);
      }
    }
    if (node.hasAttribute('srcset')) vetSrcset(node);
    if (tag === 'img' || tag === 'video' || tag === 'audio' || tag === 'source') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('referrerpolicy', 'no-referrer');
    }
    if (tag === 'video' || tag === 'audio') node.removeAttribute('autoplay');
  });
  instance = purify;
  return purify;
}

function vetLink(node: Element): void {
  if (!node.hasAttribute('href')) return;
  const safe = vetUrl(node.getAttribute('href'), 'link', base);
  if (!safe) {
    node.removeAttribute('href');
    return;
  }
  node.setAttribute('href', safe);
  if (leavesPage(safe)) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  } else {
    node.removeAttribute('target');
  }
}

// DOMPurify checks srcset as one string and lets "a.png 1x, javascript:x 2x" through:
// vet each candidate on its own and drop the attribute when any of them fails.
function vetSrcset(node: Element): void {
  const candidates = (node.getAttribute('srcset') ?? '').split(',').map((c) => c.trim()).filter(Boolean);
  const vetted: string[] = [];
  for (const candidate of candidates.slice(0, MAX_SRCSET_CANDIDATES + 1)) {
    const [url, descriptor, extra] = candidate.split(/\s+/);
    const safe = vetUrl(url, 'resource', base);
    if (!safe || extra !== undefined || (descriptor !== undefined && !/^\d+(\.\d+)?[wx]$/.test(descriptor))) {
      node.removeAttribute('srcset');
      return;
    }
    vetted.push(descriptor ? `${safe} ${descriptor}` : safe);
  }
  if (vetted.length > MAX_SRCSET_CANDIDATES) node.removeAttribute('srcset');
  else node.setAttribute('srcset', vetted.join(', '));
}

/**
 * Sanitizes article HTML. Relative URLs inside resolve against `baseUrl` (the article's URL).
 * The fragment belongs to an inert document; insert a clone with `document.importNode`.
 */
export function sanitizeHtml(html: string, baseUrl?: string): DocumentFragment {
  base = baseUrl;
  try {
    return purifier().sanitize(html, CONFIG) as unknown as DocumentFragment;
  } finally {
    base = undefined;
  }
}

/** Plain text of an HTML string, via the sanitizer (no parsing of untrusted HTML elsewhere). */
export function htmlToText(html: string): string {
  return (sanitizeHtml(html).textContent ?? '').replace(/\s+/g, ' ').trim();
}
