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

/** Polls until `check` is true (or gives up after `ms`, failing the test). */
export async function until(check: () => boolean | Promise<boolean>, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

export function pause(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
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
