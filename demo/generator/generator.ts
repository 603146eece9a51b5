/**
 * The embed generator page (demo/generator.html): reads the form, shows the live card and
 * writes the snippet. Bundled by scripts/build-examples.js into demo/generator/dist/.
 */
import { DEFAULT_TARGETS } from '../../src/components/article-share/share-targets.js';
import { snippet, cardAttributes, FRAME_HEIGHT, type SnippetOptions, type SnippetKind } from './snippet.js';

const form = document.querySelector<HTMLFormElement>('#generator')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const output = document.querySelector<HTMLTextAreaElement>('#snippet')!;
const note = document.querySelector<HTMLElement>('#snippet-note')!;
const copyButton = document.querySelector<HTMLButtonElement>('#copy')!;
const status = document.querySelector<HTMLElement>('#copy-status')!;
const shareOptions = document.querySelector<HTMLFieldSetElement>('#share-options')!;

const FIELDS = ['headline', 'url', 'excerpt', 'image', 'image-alt', 'author', 'published', 'section', 'publisher'] as const;

/** The article's own address and headline, as the preview read them from `src`. */
let loaded: { src: string; url?: string; headline?: string } | undefined;

function value(name: string): string {
  const field = form.elements.namedItem(name);
  // A group of radio buttons comes as a RadioNodeList, whose value is the checked one's.
  if (field instanceof RadioNodeList) return field.value;
  return field instanceof HTMLInputElement || field instanceof HTMLSelectElement || field instanceof HTMLTextAreaElement ? field.value : '';
}

/** The drop-in and embed page beside this demo, unless the publisher typed their own CDN URL. */
function defaults(): { scriptUrl: string; embedUrl: string } {
  return {
    scriptUrl: value('script-url').trim() || new URL('../dist/article-embed.min.js', location.href).href,
    embedUrl: new URL('embed.html', location.href).href,
  };
}

/** A snippet is pasted into another page: relative URLs typed here would point elsewhere there. */
function absolute(url: string): string {
  if (!url.trim()) return '';
  try {
    return new URL(url.trim(), location.href).href;
  } catch {
    return url;
  }
}

const shareBoxes = () => Array.from(form.querySelectorAll<HTMLInputElement>('input[name="share"]'));
const defaultShare = () => form.querySelector<HTMLInputElement>('input[name="share-default"]')!.checked;

/** "The default set" shows the share bar's real default (DEFAULT_TARGETS), read-only. */
function showDefaultShare(): void {
  const targets = DEFAULT_TARGETS.split(',');
  for (const box of shareBoxes()) {
    if (defaultShare()) box.checked = targets.includes(box.value);
    box.disabled = defaultShare();
  }
}

export function readOptions(): SnippetOptions {
  const share = shareBoxes()
    .filter((box) => box.checked)
    .map((box) => box.value);
  const fields: SnippetOptions['fields'] = {};
  for (const name of FIELDS) fields[name] = ['url', 'image'].includes(name) ? absolute(value(name)) : value(name);
  const src = absolute(value('src'));
  return {
    kind: (value('kind') || 'element') as SnippetKind,
    src,
    fields,
    article: loaded?.src === src ? loaded : undefined,
    layout: value('layout') === 'full' ? 'full' : 'summary',
    theme: (['light', 'dark'].includes(value('theme')) ? value('theme') : 'auto') as SnippetOptions['theme'],
    lang: value('lang'),
    share: defaultShare() ? undefined : share,
    resolver: absolute(value('resolver')),
    ...defaults(),
  };
}

let previewKey = '';

/**
 * The live card: the one in the page, its attributes set with DOM calls to those the snippet
 * carries. Only a change rebuilds it, so that the snippet can update from the card's own load.
 */
function renderPreview(options: SnippetOptions): void {
  const attributes = cardAttributes(options);
  const key = JSON.stringify(attributes);
  if (key === previewKey) return;
  previewKey = key;
  let card = preview.querySelector('article-card');
  if (!card) preview.replaceChildren((card = document.createElement('article-card')));
  const wanted = new Map(attributes);
  for (const name of card.getAttributeNames()) if (!wanted.has(name)) card.removeAttribute(name);
  for (const [name, attribute] of attributes) if (card.getAttribute(name) !== attribute) card.setAttribute(name, attribute);
}

function explain(options: SnippetOptions): string {
  if (options.kind === 'iframe')
    return (
      `The frame starts ${FRAME_HEIGHT[options.layout]} px tall and the script below it fits it to the article. ` +
      'Where the platform strips scripts (many hosted blogs do), the frame keeps that height; WordPress sites size it with their own script.'
    );
  if (options.kind === 'blockquote' && !options.fields.url?.trim() && !options.article?.url)
    return "The fallback has no link yet: it gets the article's address once the preview has loaded it, or type it under the fields.";
  return '';
}

function update(): void {
  // The iframe embed loads its data by URL: without one there is nothing for it to show.
  const iframeChoice = form.querySelector<HTMLInputElement>('input[name="kind"][value="iframe"]');
  if (iframeChoice) iframeChoice.disabled = !value('src').trim();
  showDefaultShare();
  const options = readOptions();
  if (options.kind === 'iframe' && !options.src.trim()) options.kind = 'element';
  // A summary card has no share bar: its settings would do nothing.
  shareOptions.hidden = options.layout !== 'full';
  output.value = snippet(options);
  note.textContent = explain(options);
  renderPreview(options);
  status.textContent = '';
}

/** Copies the snippet: the Clipboard API, else the selection and the older copy command (phones on http). */
async function copy(): Promise<void> {
  try {
    await navigator.clipboard.writeText(output.value);
    status.textContent = 'Copied. Paste it into your page.';
    return;
  } catch {
    // No clipboard here (insecure context, denied): fall through to the selection.
  }
  output.focus();
  // select() alone does not select a read-only field on iOS.
  output.setSelectionRange(0, output.value.length);
  let copied: boolean;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  const touch = matchMedia('(pointer: coarse)').matches;
  status.textContent = copied
    ? 'Copied. Paste it into your page.'
    : touch
      ? 'The snippet is selected: touch and hold it, then choose Copy.'
      : 'Press Ctrl+C (⌘C on a Mac) to copy the selected snippet.';
}

// The article's own link and headline for the fallback come from the card that loaded `src`.
preview.addEventListener('article-load', (event) => {
  const card = event.target as HTMLElement;
  const { article } = (event as CustomEvent<{ article: { url?: string; headline?: string } }>).detail;
  const src = absolute(card.getAttribute('src') ?? '');
  if (!src) return;
  loaded = { src, url: article.url, headline: article.headline };
  update();
});

let timer: number | undefined;
form.addEventListener('input', () => {
  clearTimeout(timer);
  // Typing a URL should not fetch on every key.
  timer = window.setTimeout(update, 250);
});
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
copyButton.addEventListener('click', () => void copy());
update();
