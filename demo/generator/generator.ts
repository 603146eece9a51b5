/**
 * The embed generator page (demo/generator.html): reads the form, shows the live card and
 * writes the snippet. Bundled by scripts/build-examples.js into demo/generator/dist/.
 */
import { snippet, cardAttributes, type SnippetOptions, type SnippetKind } from './snippet.js';

const form = document.querySelector<HTMLFormElement>('#generator')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const output = document.querySelector<HTMLTextAreaElement>('#snippet')!;
const copyButton = document.querySelector<HTMLButtonElement>('#copy')!;
const status = document.querySelector<HTMLElement>('#copy-status')!;

const FIELDS = ['headline', 'url', 'excerpt', 'image', 'image-alt', 'author', 'published', 'section', 'publisher'] as const;

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

export function readOptions(): SnippetOptions {
  const share = Array.from(form.querySelectorAll<HTMLInputElement>('input[name="share"]:checked'), (box) => box.value);
  const fields: SnippetOptions['fields'] = {};
  for (const name of FIELDS) fields[name] = ['url', 'image'].includes(name) ? absolute(value(name)) : value(name);
  return {
    kind: (value('kind') || 'element') as SnippetKind,
    src: absolute(value('src')),
    fields,
    layout: value('layout') === 'summary' ? 'summary' : 'full',
    theme: (['light', 'dark'].includes(value('theme')) ? value('theme') : 'auto') as SnippetOptions['theme'],
    lang: value('lang'),
    share: form.querySelector<HTMLInputElement>('input[name="share-default"]')?.checked ? undefined : share,
    ...defaults(),
  };
}

/** The live card: built with DOM calls from the same attributes the snippet carries. */
function renderPreview(options: SnippetOptions): void {
  const card = document.createElement('article-card');
  for (const [name, attribute] of cardAttributes(options)) card.setAttribute(name, attribute);
  preview.replaceChildren(card);
}

function update(): void {
  const options = readOptions();
  // The iframe embed loads its data by URL: without one there is nothing for it to show.
  const iframeChoice = form.querySelector<HTMLInputElement>('input[name="kind"][value="iframe"]');
  if (iframeChoice) iframeChoice.disabled = !options.src.trim();
  if (options.kind === 'iframe' && !options.src.trim()) options.kind = 'element';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="share"]')) box.disabled = options.share === undefined;
  output.value = snippet(options);
  renderPreview(options);
  status.textContent = '';
}

async function copy(): Promise<void> {
  try {
    await navigator.clipboard.writeText(output.value);
    status.textContent = 'Copied. Paste it into your page.';
  } catch {
    // No clipboard here (insecure context, denied): select it so Ctrl+C / ⌘C does it.
    output.focus();
    output.select();
    status.textContent = 'Press Ctrl+C (⌘C on a Mac) to copy the selected snippet.';
  }
}

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
