/**
 * The Cache API as the resolver's shared cache (Workers: `caches.default`, one per data
 * centre; elsewhere a named cache where `caches` exists). Entries are stored under the
 * resolver's own origin, at a path no route answers, for as long as they stay fresh. A cache
 * that fails (or, on a `workers.dev` address, silently keeps nothing) only costs a refetch.
 */
import { remaining, type Entry, type SharedCache } from './store.js';

interface CacheStorageLike {
  default?: Cache;
  open(name: string): Promise<Cache>;
}

const PATH = '/.article-embed-resolver-cache/';

export function cacheApi(): SharedCache | undefined {
  const storage = (globalThis as { caches?: CacheStorageLike }).caches;
  if (!storage) return undefined;
  let cache: Promise<Cache> | undefined;
  const open = () => (cache ??= storage.default ? Promise.resolve(storage.default) : storage.open('article-embed-resolver'));
  const keyUrl = (key: string, origin: string) => `${origin}${PATH}${encodeURIComponent(key)}`;
  return {
    async get(key, origin) {
      try {
        const found = await (await open()).match(keyUrl(key, origin));
        return found ? ((await found.json()) as Entry) : undefined;
      } catch {
        return undefined;
      }
    },
    async put(key, origin, entry) {
      try {
        const response = new Response(JSON.stringify(entry), {
          headers: { 'content-type': 'application/json', 'cache-control': `max-age=${remaining(entry)}` },
        });
        await (await open()).put(keyUrl(key, origin), response);
      } catch {
        // Not stored: the next request fetches again.
      }
    },
  };
}
