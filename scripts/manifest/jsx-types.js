// Template types for React 19, Vue 3 and Svelte 5, from the manifest. Each file augments the
// framework's own element map, so `<article-card headline="…" onarticle-load={…}>` is checked:
// props are the element's writable properties (typed by the class itself), events carry their
// event class. Each .d.ts comes with an empty .js so an `import` of it also works at run time.
import { distImport } from './read.js';

const header = '// Generated from custom-elements.json by scripts/manifest/jsx-types.js: do not edit.\n';

function imports(elements) {
  const lines = elements.map((el) => `import type { ${el.className} } from '${distImport(el.module)}';`);
  const events = [...new Set(elements.flatMap((el) => el.events.map((e) => e.type?.text).filter(Boolean)))];
  if (events.length) lines.push(`import type { ${events.join(', ')} } from '../events/events.js';`);
  return lines.join('\n');
}

/** `'src' | 'format' | …`: the writable properties, typed through the class (`ArticleCard['src']`). */
function propNames(el) {
  const names = el.properties.filter((p) => !p.readonly).map((p) => `'${p.name}'`);
  return names.length ? names.join(' | ') : 'never';
}

function eventProps(el, name) {
  return el.events.map((e) => `    '${name(e.name)}'?: (event: ${e.type?.text ?? 'Event'}) => void;`).join('\n');
}

/** `{ … }` of event props, or `{}` for an element without events. */
function eventBlock(el, ...names) {
  const lines = names.map((name) => eventProps(el, name)).filter(Boolean);
  return lines.length ? `{\n${lines.join('\n')}\n}` : '{}';
}

const camel = (event) => `on${event.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase())}`;

function perElement(elements, body) {
  return elements.map((el) => body(el)).join('\n');
}

export function reactTypes(elements) {
  return `${header}import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${imports(elements)}

/** Props of one element: its writable properties, its events as \`on<event-name>\` (React 19 listens to those), and the usual HTML props. */
type ElementProps<E extends HTMLElement, P extends keyof E, Events> = Partial<Pick<E, P>> &
  Events &
  Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, P | keyof Events>;

${perElement(elements, (el) => `export type ${el.className}Props = ElementProps<${el.className}, ${propNames(el)}, ${eventBlock(el, (n) => `on${n}`)}>;`)}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${perElement(elements, (el) => `      '${el.tagName}': ${el.className}Props;`)}
    }
  }
}
`;
}

export function vueTypes(elements) {
  return `${header}import type { DefineComponent } from 'vue';
${imports(elements)}

${perElement(elements, (el) => `export type ${el.className}Props = Partial<Pick<${el.className}, ${propNames(el)}>> & ${eventBlock(el, camel)};`)}

// Templates name events \`@article-load\`; Vue types them as \`onArticleLoad\` props.
declare module 'vue' {
  interface GlobalComponents {
${perElement(elements, (el) => `    '${el.tagName}': DefineComponent<${el.className}Props>;`)}
  }
}
`;
}

export function svelteTypes(elements) {
  return `${header}import type { HTMLAttributes } from 'svelte/elements';
${imports(elements)}

${perElement(
  elements,
  (el) =>
    `export type ${el.className}Props = HTMLAttributes<${el.className}> & Partial<Pick<${el.className}, ${propNames(el)}>> & ${eventBlock(
      el,
      (n) => `on${n}`,
      (n) => `on:${n}`,
    )};`,
)}

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${perElement(elements, (el) => `    '${el.tagName}': ${el.className}Props;`)}
  }
}
`;
}

export const EMPTY_MODULE = '// Types only: see the .d.ts beside this file.\nexport {};\n';
