// Checked by `npm run check:package`: the generated template types, against React's own types
// and stand-ins for Vue's and Svelte's type names. Each @ts-expect-error must stay an error.
import type {} from 'article-embed/jsx/react';
import type {} from 'article-embed/jsx/vue';
import type {} from 'article-embed/jsx/svelte';
import type { JSX } from 'react';
import type { ArticleLoadEvent } from 'article-embed';
import type { DefineComponent, GlobalComponents } from 'vue';
import type { SvelteHTMLElements } from 'svelte/elements';

type Props<C> = C extends DefineComponent<infer P> ? P : never;

export const vueCard: Props<GlobalComponents['article-card']> = {
  layout: 'summary',
  commentsCount: 3,
  onArticleLoad: (event) => void event.detail.article.headline,
};
// @ts-expect-error: no such layout
export const vueBadLayout: Props<GlobalComponents['article-card']> = { layout: 'wide' };
export const vueMenu: Props<GlobalComponents['article-menu']> = { open: true, onArticleModeChange: (event) => void event.detail.mode };

export const svelteCard: SvelteHTMLElements['article-card'] = {
  class: 'story',
  theme: 'dark',
  'onarticle-error': (event) => void event.detail.error.code,
  'on:article-load': (event) => void event.detail.article,
};
// @ts-expect-error: a share event carries no article
export const svelteBadEvent: SvelteHTMLElements['article-share'] = { 'onarticle-share': (event) => void event.detail.article };

// React 19: properties by name (React sets them), `on<event-name>` listeners, React's own props.
export const reactCard: JSX.IntrinsicElements['article-card'] = {
  layout: 'summary',
  commentsUrl: 'https://news.example/a#respond',
  className: 'story',
  onClick: () => undefined,
  'onarticle-load': (event: ArticleLoadEvent) => void event.detail.article.headline,
  'onarticle-error': (event) => void event.detail.error.code,
};
// @ts-expect-error: no such theme
export const reactBadTheme: JSX.IntrinsicElements['article-byline'] = { theme: 'sepia' };
// @ts-expect-error: a mode change carries no article
export const reactBadEvent: JSX.IntrinsicElements['article-menu'] = { 'onarticle-mode-change': (event) => void event.detail.article };
