/**
 * The answers the resolver has made, by request: a bounded in-memory LRU (`lru-cache`), which
 * also coalesces requests (fifty concurrent requests for one uncached URL wait for one upstream
 * fetch), in front of an optional shared cache (the Cache API on Workers). An expired answer is
 * refreshed with the upstream's own validators (`If-None-Match`, `If-Modified-Since`).
 */
import { LRUCache } from 'lru-cache';
import type { Validators } from './upstream.js';

/** One answer, ready to send. */
export interface Entry {
  /** The HTTP status of the answer (200, or the error's). */
  status: number;
  /** The JSON text sent. */
  body: string;
  /** Strong validator of `body`. */
  etag: string;
  /** Seconds it may be cached, counted from `created`. */
  ttl: number;
  /** Milliseconds since the epoch. */
  created: number;
  /** The upstream's validators, for a conditional refresh. */
  validators?: Validators | undefined;
}

/** A cache shared beyond this process (the Workers Cache API). */
export interface SharedCache {
  /** `origin`: the resolver's own (`https://resolver.example`), under which entries are kept. */
  get(key: string, origin: string): Promise<Entry | undefined>;
  put(key: string, origin: string, entry: Entry): Promise<void>;
}

/** Makes a fresh entry; `stale` is the expired one for the same key, if still known. */
export type Compute = (key: string, stale: Entry | undefined) => Promise<Entry>;

/** Memory beside the entry count: no more than this many bytes of answers are kept. */
const MAX_MEMORY = 64 * 1024 * 1024;

export class Store {
  private readonly memory: LRUCache<string, Entry, string>;

  constructor(compute: Compute, entries: number, shared?: SharedCache) {
    this.memory = new LRUCache<string, Entry, string>({
      max: entries,
      maxSize: MAX_MEMORY,
      sizeCalculation: (entry) => entry.body.length + 256,
      fetchMethod: async (key, stale, { context: origin }) => {
        let entry = await shared?.get(key, origin);
        if (!entry || remaining(entry) <= 0) {
          try {
            entry = await compute(key, stale);
          } catch (error) {
            // A refresh that fails (the upstream is down): the expired answer is better than none.
            if (stale) return stale;
            throw error;
          }
          if (shared && entry.ttl > 0) await shared.put(key, origin, entry);
        }
        return entry;
      },
    });
  }

  /**
   * The entry for `key`: from memory, the shared cache, or computed once for every caller
   * waiting for it. `origin` is the resolver's own, for the shared cache.
   */
  async get(key: string, origin: string): Promise<Entry> {
    // Freshness is ours (whole seconds, as `max-age` counts): an expired entry stays in memory,
    // so its refresh can send the upstream's validators, and every caller waits for that one refresh.
    const known = this.memory.peek(key);
    const entry = await this.memory.fetch(key, { context: origin, forceRefresh: known !== undefined && remaining(known) <= 0 });
    if (!entry) throw new Error('article-embed resolver: the cache returned nothing');
    return entry;
  }

  /** Entries held in memory (tests and the bench). */
  get size(): number {
    return this.memory.size;
  }
}

/** Seconds an entry is still fresh (0 when expired). */
export function remaining(entry: Entry, now = Date.now()): number {
  return Math.max(0, Math.floor(entry.ttl - (now - entry.created) / 1000));
}
