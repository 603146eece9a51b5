/**
 * The one place HTML is sanitized. A private DOMPurify instance (never the page's global one,
 * which the host page may have configured or hooked) with one configuration, returning a
 * DocumentFragment so that what is rendered is exactly the tree DOMPurify checked: the output
 * is never serialized and parsed again (that round trip is where mutation XSS lives).
 *
 * Deliberately never used: `SAFE_FOR_TEMPLATES` (it mangles ordinary text such as "{{" and
 * guards against framework compilers that never see our shadow root), `IN_PLACE` (it would
 * sanitize a live node the page may still hold). The config below is set once, when the
 * private instance is made, and never changed: DOMPurify then ignores any config passed to a
 * call, and skips rebuilding its allowlists for every body (a tenth of a card's render).
 * SECURITY.md explains every line; a change here needs a vector in test/security/.
 */
import createDOMPurify from 'dompurify';
import type { DOMPurify, Config } from 'dompurify';
import { vetUrl, leavesPage } from './url.js';
import { sanitizerPolicy } from './trusted-types.js';
import { srcsetCandidates } from './srcset.js';

/** Tags removed from article bodies, on top of everything DOMPurify's HTML profile lacks. */
const FORBID_TAGS = [
  // Styling: a body must not restyle the card or, through `position: fixed`, the page.
  'style',
  'link',
  // Document-level behaviour: redirects (meta refresh), relative-URL hijacking (base).
  'meta',
  'base',
  // Phishing: no forms and no controls that look like the site asking for a password.
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'option',
  'optgroup',
  'datalist',
  'output',
  'fieldset',
  'legend',
  'label',
  'selectedcontent',
  // Nested browsing contexts and plugins.
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'portal',
  'fencedframe',
  // Overlays drawn over the page, and the modal top layer.
  'dialog',
  // Inert or deferred markup that comes alive later (templates, declarative shadow roots,
  // slots into our shadow tree, markup whose meaning flips with scripting).
  'template',
  'slot',
  'noscript',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
  // Image maps: invisible link areas laid over an image (`usemap` is removed below as well).
  'map',
  'area',
  // Namespaces where namespace-confusion (mutation XSS) tricks live; also removed by the profile.
  'svg',
  'math',
];

/** Attributes removed everywhere. */
const FORBID_ATTR = [
  // Inline style: overlays, clickjacking, and a `style-src` violation on strict pages.
  'style',
  // Form plumbing, should a form ever slip through.
  'action',
  'formaction',
  'form',
  'formtarget',
  'formmethod',
  // Popovers and invokers draw in the top layer, over the host page.
  'popover',
  'popovertarget',
  'popovertargetaction',
  'command',
  'commandfor',
  // Focus and keyboard theft: the article must not grab focus or define shortcuts.
  'autofocus',
  'tabindex',
  'accesskey',
  'contenteditable',
  // Tracking and drive-by files: `ping` reports clicks, `download` names a saved file.
  'ping',
  'download',
  // DOM clobbering: `name` creates named properties; ids stay (in-article anchors) because the
  // body lives in a shadow root, where ids do not become `window` or `document` properties.
  'name',
  // Reaching into or out of our component: customized built-ins, slots, exported parts.
  'is',
  'slot',
  'part',
  'exportparts',
  // Client-side image maps would make an image a set of hidden links (map and area go too).
  'usemap',
  // Class names in a body could only ever match our own stylesheet (the shadow root keeps the
  // site's CSS out), so their one use would be dressing up as our UI: a fake error box or
  // headline, or text hidden from sight but read aloud.
  'class',
];

const CONFIG: Readonly<Config> = {
  // HTML only: SVG and MathML are where namespace-confusion tricks live.
  USE_PROFILES: { html: true },
  FORBID_TAGS,
  FORBID_ATTR,
  // data-* would let a body drive scripts on the host page that read them.
  ALLOW_DATA_ATTR: false,
  // aria-* keeps article markup accessible; it cannot run anything.
  ALLOW_ARIA_ATTR: true,
  // Same schemes as vetUrl (which the hook below applies again, with length and control checks).
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  // The sanitized tree itself, not a string: nothing is parsed twice.
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
    // DOMPurify keeps href on any element; only links have a use for it.
    else node.removeAttribute('href');
    // Every other URL attribute DOMPurify keeps, through the one vetting function.
    for (const name of ['src', 'poster', 'cite', 'background']) {
      if (node.hasAttribute(name)) {
        // `cite` names a quote's source page: a web address, never a mail address.
        const safe = vetUrl(node.getAttribute(name), 'resource', base);
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
  // Set once on an instance nothing else can reach: every call sanitizes with exactly CONFIG,
  // and our own Trusted Types policy (or null, so DOMPurify never creates its default
  // "dompurify" one, a name the host page may own).
  purify.setConfig({ ...CONFIG, TRUSTED_TYPES_POLICY: sanitizerPolicy() });
  instance = purify;
  return purify;
}

function vetLink(node: Element): void {
  if (!node.hasAttribute('href')) {
    node.removeAttribute('target');
    return;
  }
  const safe = vetUrl(node.getAttribute('href'), 'link', base);
  if (!safe) {
    node.removeAttribute('href');
    node.removeAttribute('target');
    return;
  }
  node.setAttribute('href', safe);
  if (leavesPage(safe)) {
    // A new tab that cannot reach back through window.opener, and learns nothing of the page.
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  } else {
    node.removeAttribute('target');
  }
}

// DOMPurify checks srcset as one string and lets "a.png 1x, javascript:x 2x" through:
// vet each candidate, split as the browser splits it, and drop the attribute when any fails.
function vetSrcset(node: Element): void {
  const candidates = srcsetCandidates(node.getAttribute('srcset') ?? '');
  const vetted: string[] = [];
  for (const { url, descriptors } of candidates.slice(0, MAX_SRCSET_CANDIDATES + 1)) {
    const safe = vetUrl(url, 'resource', base);
    const [descriptor, extra] = descriptors;
    const ok = safe && extra === undefined && (descriptor === undefined || /^\d+(\.\d+)?[wx]$/.test(descriptor));
    if (!ok) {
      node.removeAttribute('srcset');
      return;
    }
    vetted.push(descriptor ? `${safe} ${descriptor}` : safe);
  }
  if (!vetted.length || vetted.length > MAX_SRCSET_CANDIDATES) node.removeAttribute('srcset');
  else node.setAttribute('srcset', vetted.join(', '));
}

/**
 * Sanitizes article HTML. Relative URLs inside resolve against `baseUrl` (the article's URL).
 * The fragment belongs to an inert document; insert a clone with `document.importNode`.
 */
export function sanitizeHtml(html: string, baseUrl?: string): DocumentFragment {
  base = baseUrl;
  try {
    // The set config returns a fragment (RETURN_DOM_FRAGMENT); DOMPurify's typings only see
    // that in a config passed with the call. It returns null instead when the markup parses
    // into a document without a body (a <frameset> page): that body is empty.
    const result = purifier().sanitize(String(html)) as unknown as DocumentFragment | null;
    return result ?? document.createDocumentFragment();
  } finally {
    base = undefined;
  }
}
