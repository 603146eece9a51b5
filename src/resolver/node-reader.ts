/**
 * Node reads HTML pages in worker threads (piscina): parsing a page into a DOM and reading it
 * takes from tens of milliseconds to seconds (a 4 MB page), which on the main thread would stall
 * every other request, cached ones included. JSON documents (about a millisecond) are read
 * inline. A read that outlasts `timeout` (at least 10 s: a thread's first start loads the parser)
 * ends its thread and answers `timeout`.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { ArticleError } from '../model/errors.js';
import { parseHtml } from './parse-html.js';
import { readArticle, type Reader } from './read.js';

export interface NodeReader {
  read: Reader;
  close(): Promise<void>;
}

/** The shortest read budget: starting a thread and loading the parser must fit in it. */
const MIN_READ_MS = 10_000;

export function nodeReader(timeout: number): NodeReader {
  const budget = Math.max(timeout, MIN_READ_MS);
  let pool: Piscina | undefined;
  const threads = () =>
    (pool ??= new Piscina({
      // The built module beside this one (dist/resolver/read-worker.js).
      filename: new URL('./read-worker.js', import.meta.url).href,
      // One core stays with the server's own thread.
      maxThreads: Math.max(1, availableParallelism() - 1),
      minThreads: 0,
      idleTimeout: 30_000,
    }));
  return {
    read: async (job) => {
      if (job.doc.kind !== 'html') return readArticle(job, parseHtml);
      try {
        return (await threads().run(job, { signal: AbortSignal.timeout(budget) })) as Awaited<ReturnType<Reader>>;
      } catch (cause) {
        if ((cause as { name?: string }).name === 'AbortError' || (cause as { name?: string }).name === 'TimeoutError') {
          return { error: { code: 'timeout', message: `Reading the page took longer than ${budget} ms.` } };
        }
        throw new ArticleError('unsupported', 'The page could not be read.', { cause });
      }
    },
    close: async () => {
      await pool?.destroy();
      pool = undefined;
    },
  };
}
