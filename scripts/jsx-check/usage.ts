// Checked by `npm run check:package`: the generated Vue and Svelte template types, against
// stand-ins for the two frameworks' type names. Each @ts-expect-error must stay an error.
import type {} from 'article-embed/jsx/vue';
import type {} from 'article-embed/jsx/svelte';
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
