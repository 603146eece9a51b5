/**
 * What the XSS table and the fuzzers check after every render: a spy that records any payload
 * that runs, and an inspection of every shadow tree the elements rendered (handlers, URLs,
 * forms, overlays, styles), plus the page-wide state a payload could have changed.
 */
import { imagesSettled, settled } from '../helpers.js';
import { srcsetCandidates } from '../../src/safety/srcset.js';

/** Every call of the spy (or of alert/confirm/prompt/print), named by the vector that was on. */
export const calls: string[] = [];
let current = 'none';

/** Names the vector being rendered, so a call is attributed to it. */
export function running(name: string): void {
  current = name;
}

export function installSpy(): void {
  const page = window as unknown as Record<string, unknown>;
  page['__xss'] = () => calls.push(current);
  for (const name of ['alert', 'confirm', 'prompt', 'print']) page[name] = () => calls.push(`${name}() during ${current}`);
}

const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'cite',
  'background',
  'data',
  'xlink:href',
  'ping',
  'codebase',
  'lowsrc',
  'dynsrc',
  'longdesc',
  'manifest',
  'icon',
];
/** Never rendered anywhere: elements that run, navigate, restyle, collect input or overlay. */
const FORBIDDEN = [
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'portal',
  'form',
  'base',
  'meta',
  'link',
  'style',
  'dialog',
  'template',
  'noscript',
  'isindex',
  '[popover]',
  '[style]',
].join(', ');
/** Never inside an article body (our own templates have buttons and icons; bodies may not). */
const FORBIDDEN_IN_BODY = [
  'input',
  'button',
  'select',
  'textarea',
  'option',
  'label',
  'fieldset',
  'output',
  'datalist',
  'svg',
  'math',
  'slot',
  'area[href]',
  'article-card',
  '[tabindex]',
  '[autofocus]',
  '[accesskey]',
  '[contenteditable]',
  '[ping]',
  '[download]',
  '[name]',
  '[is]',
  '[part]',
  '[class]',
  '[usemap]',
  '[autoplay]',
  'img:not([loading="lazy"])',
  'img:not([referrerpolicy="no-referrer"])',
].join(', ');

function describe(el: Element): string {
  return `<${el.localName}${Array.from(el.attributes, (a) => ` ${a.name}="${a.value.slice(0, 60)}"`).join('')}>`;
}

function checkUrl(el: Element, name: string, value: string, problems: string[]): void {
  let url: URL;
  try {
    url = new URL(value, el.baseURI);
  } catch {
    problems.push(`unparsable ${name} on ${describe(el)}`);
    return;
  }
  const schemeOk = ALLOWED_SCHEMES.has(url.protocol) && (url.protocol !== 'mailto:' || name === 'href');
  if (!schemeOk) problems.push(`dangerous ${name} on ${describe(el)}`);
  if (url.username || url.password) problems.push(`user:password URL in ${name} on ${describe(el)}`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(value)) problems.push(`control character in ${name} on ${describe(el)}`);
}

function inspectElement(el: Element, problems: string[]): void {
  for (const { name, value } of Array.from(el.attributes)) {
    const lower = name.toLowerCase();
    if (lower.startsWith('on')) problems.push(`handler ${name} on ${describe(el)}`);
    if (URL_ATTRIBUTES.includes(lower)) checkUrl(el, lower, value, problems);
    if (lower === 'srcset' || lower === 'imagesrcset') {
      for (const { url } of srcsetCandidates(value)) checkUrl(el, lower, url, problems);
    }
  }
  if (el.localName === 'a' && el.getAttribute('target') === '_blank') {
    const rel = (el.getAttribute('rel') ?? '').split(/\s+/);
    if (!rel.includes('noopener') || !rel.includes('noreferrer')) problems.push(`new tab without noopener noreferrer: ${describe(el)}`);
  }
}

/** Every shadow root under `host`, the host's own included. */
function shadowRoots(host: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (root: ShadowRoot) => {
    roots.push(root);
    for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) visit(el.shadowRoot);
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return roots;
}

/** Problems in a sanitized body (a fragment or element), checked as the table checks bodies. */
export function inspectBody(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) inspectElement(el, problems);
  for (const el of Array.from(root.querySelectorAll(`${FORBIDDEN}, ${FORBIDDEN_IN_BODY}`))) problems.push(`forbidden ${describe(el)}`);
  return problems;
}

/** Problems in what `host` rendered; empty when everything is safe. */
export function inspect(host: Element): string[] {
  const problems: string[] = [];
  for (const root of shadowRoots(host)) {
    for (const el of Array.from(root.querySelectorAll('*'))) inspectElement(el, problems);
    for (const el of Array.from(root.querySelectorAll(FORBIDDEN))) problems.push(`forbidden ${describe(el)}`);
    for (const body of Array.from(root.querySelectorAll('[part=body]'))) {
      for (const el of Array.from(body.querySelectorAll(FORBIDDEN_IN_BODY))) problems.push(`forbidden in body ${describe(el)}`);
      for (const link of Array.from(body.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
        const away = link.protocol !== 'mailto:' && link.origin !== location.origin;
        if (away && link.target !== '_blank') problems.push(`outbound link without a new tab: ${describe(link)}`);
      }
    }
  }
  return problems;
}

const baseline = {
  prototypeKeys: Object.getOwnPropertyNames(Object.prototype).join(','),
  arrayKeys: Object.getOwnPropertyNames(Array.prototype).join(','),
  head: document.head.querySelectorAll('base, meta[http-equiv], link[rel=stylesheet]').length,
};

/** Page-wide damage a payload could do: pollution, clobbering, head injections. */
export function pageProblems(): string[] {
  const problems: string[] = [];
  if (Object.getOwnPropertyNames(Object.prototype).join(',') !== baseline.prototypeKeys) problems.push('Object.prototype changed');
  if (Object.getOwnPropertyNames(Array.prototype).join(',') !== baseline.arrayKeys) problems.push('Array.prototype changed');
  if (({} as Record<string, unknown>)['polluted'] !== undefined) problems.push('prototype polluted');
  const page = window as unknown as Record<string, unknown>;
  if (page['xssProbe'] !== undefined) problems.push('window.xssProbe clobbered');
  if (typeof page['__xss'] !== 'function') problems.push('spy clobbered');
  if (typeof document.getElementById !== 'function' || typeof document.querySelector !== 'function') problems.push('document clobbered');
  if (document.head.querySelectorAll('base, meta[http-equiv], link[rel=stylesheet]').length !== baseline.head)
    problems.push('head injected');
  return problems;
}

/**
 * Lets late work happen before checking: every pending render of `host` and the elements in
 * its shadow tree, then every (non-lazy) image's load or error, where an onerror payload would run.
 */
export async function quiet(host: Element): Promise<void> {
  await settled(host);
  await imagesSettled(host.shadowRoot ?? host);
}

const outcomes = new WeakMap<Element, { promise: Promise<'rendered' | 'error'>; seen?: 'rendered' | 'error' }>();

/** Records the first `article-load` / `article-error` of `el`: call it before `el` is connected. */
export function track<T extends Element>(el: T): T {
  const record: { promise: Promise<'rendered' | 'error'>; seen?: 'rendered' | 'error' } = {
    promise: new Promise((resolve) => {
      const done = (result: 'rendered' | 'error') => () => resolve((record.seen ??= result));
      el.addEventListener('article-load', done('rendered'), { once: true });
      el.addEventListener('article-error', done('error'), { once: true });
    }),
  };
  outcomes.set(el, record);
  return el;
}

function recordOf(el: Element) {
  const record = outcomes.get(el);
  if (!record) throw new Error(`track() the <${el.localName}> before it is connected`);
  return record;
}

/** Whether a tracked element has fired `article-load` or `article-error` yet. */
export function announced(el: Element): boolean {
  return recordOf(el).seen !== undefined;
}

/** The first outcome a tracked card announced: it rendered an article or shows an error. */
export async function outcome(el: Element, timeout = 8000): Promise<'rendered' | 'error'> {
  const recorded = recordOf(el).promise;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`<${el.localName}> neither rendered nor failed`)), timeout);
  });
  try {
    return await Promise.race([recorded, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Records uncaught errors and unhandled rejections during the tests of the calling `describe()`.
 * `take()` returns what was recorded and empties the list; it is also emptied before each test,
 * so a failure is blamed on the test (or the fuzz run) that caused it, not on the ones after.
 */
export function watchUncaught(): () => string[] {
  const seen: string[] = [];
  const onError = (event: ErrorEvent) => seen.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => seen.push(String(event.reason));
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => {
    seen.length = 0;
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  return () => seen.splice(0);
}

/** Every URL the stubbed `fetch` was asked for. */
export const requested: string[] = [];

/**
 * Serves `documents` for their URLs through a stubbed `fetch`; other URLs go to the network, or
 * get a 404 with `offline` (nothing leaves the machine). Returns the restore function.
 */
export function stubFetch(
  documents: Map<string, { body: string; type?: string | undefined; served?: () => void }>,
  offline = false,
): () => void {
  const real = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    requested.push(url);
    const doc = documents.get(url);
    if (!doc && offline) return new Response('', { status: 404 });
    if (!doc) return real(input, init);
    doc.served?.();
    return new Response(doc.body, { status: 200, headers: doc.type ? { 'content-type': doc.type } : {} });
  };
  return () => {
    window.fetch = real;
  };
}
