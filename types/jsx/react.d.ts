// `import type {} from 'article-embed/jsx/react'`: the four tags in React 19's JSX, with React's
// own props for an HTML element. The elements' props (writable properties by name, as React 19
// sets properties, and `on<event-name>` listeners) come from ./elements.d.ts, which
// custom-element-jsx-integration writes from custom-elements.json (custom-elements-manifest.config.mjs).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CustomElements } from './elements.js';

type ReactHtmlProps<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E>;
type Props<Tag extends keyof CustomElements & keyof HTMLElementTagNameMap> = ReactHtmlProps<HTMLElementTagNameMap[Tag]> &
  Omit<CustomElements[Tag], keyof ReactHtmlProps<HTMLElementTagNameMap[Tag]>>;

export type ArticleEmbedElements = { [Tag in keyof CustomElements]: Props<Tag> };

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the augmentation is the point.
    interface IntrinsicElements extends ArticleEmbedElements {}
  }
}
