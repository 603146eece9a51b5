/** Helpers for tests that talk to the test server's `/api` routes (test/server/middleware.js). */
import { fixture, html } from '@open-wc/testing';
import type { ArticleCard } from '../../src/index.js';
import type { ArticleLoadEvent, ArticleErrorEvent } from '../../src/events/events.js';

let counter = 0;

/** A tag no other test (or browser run) uses: the server counts requests per tag. */
export function newTag(name: string): string {
  counter += 1;
  return `${name}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** `/api/<route>` with the tag (and any other query) added. */
export function api(route: string, tag: string, query = ''): string {
  return `/api/${route}?tag=${encodeURIComponent(tag)}${query ? `&${query}` : ''}`;
}

export interface RequestStats {
  count: number;
  aborted: number;
  completed: number;
}

/** What the server saw for a tag. */
export async function requests(tag: string): Promise<RequestStats> {
  const response = await fetch(`/api/requests?tag=${encodeURIComponent(tag)}`, { cache: 'no-store' });
  return (await response.json()) as RequestStats;
}

/**
 * Resolves once the server has seen `n` requests of the tag in that state (it answers the moment
 * it does); fails the test when the server gives up waiting.
 */
export async function serverSaw(tag: string, field: keyof RequestStats, n = 1): Promise<RequestStats> {
  const url = `/api/requests?tag=${encodeURIComponent(tag)}&until=${field}:${n}`;
  const stats = (await (await fetch(url, { cache: 'no-store' })).json()) as RequestStats;
  if (stats[field] < n) throw new Error(`the server saw ${stats[field]} ${field} request(s) for ${tag}, not ${n}`);
  return stats;
}

/** Lets the tag's `/api/held` requests answer (those waiting, and any made later). */
export async function release(tag: string): Promise<void> {
  await fetch(`/api/release?tag=${encodeURIComponent(tag)}`, { cache: 'no-store' });
}

/** The first `article-load` or `article-error` of an element. */
export function outcome(el: Element): Promise<ArticleLoadEvent | ArticleErrorEvent> {
  return new Promise((resolve) => {
    const done = (event: Event) => {
      el.removeEventListener('article-load', done);
      el.removeEventListener('article-error', done);
      resolve(event as ArticleLoadEvent | ArticleErrorEvent);
    };
    el.addEventListener('article-load', done);
    el.addEventListener('article-error', done);
  });
}

/**
 * A card for `src`, created with its listeners in place before it is connected (a cached
 * document can arrive in the very first update), resolved with its first outcome.
 */
export async function cardFor(
  src: string,
  attributes: Record<string, string> = {},
): Promise<{ el: ArticleCard; event: ArticleLoadEvent | ArticleErrorEvent }> {
  const el = document.createElement('article-card');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.setAttribute('src', src);
  const result = outcome(el);
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  holder.append(el);
  const event = await result;
  await el.updateComplete;
  return { el, event };
}
