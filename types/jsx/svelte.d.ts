// `import type {} from 'article-embed/jsx/svelte'`: the four tags in Svelte 5's element map, with
// Svelte's own props for an HTML element. The props come from ./elements.d.ts
// (custom-element-jsx-integration, custom-elements-manifest.config.mjs): Svelte 5 sets properties
// and listens through `onarticle-load`; Svelte 4's `on:article-load` is typed as well.
import type { HTMLAttributes } from 'svelte/elements';
import type { CustomElements } from './elements.js';

type Directives<P> = { [K in keyof P as K extends `on${infer Event}` ? `on:${Event}` : never]: P[K] };
type Props<Tag extends keyof CustomElements & keyof HTMLElementTagNameMap> = HTMLAttributes<HTMLElementTagNameMap[Tag]> &
  Omit<CustomElements[Tag], keyof HTMLAttributes<HTMLElementTagNameMap[Tag]>> &
  Directives<CustomElements[Tag]>;

export type ArticleEmbedElements = { [Tag in keyof CustomElements]: Props<Tag> };

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the augmentation is the point.
  interface SvelteHTMLElements extends ArticleEmbedElements {}
}
