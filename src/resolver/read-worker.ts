/**
 * The worker-thread side of Node's HTML reader (`node-reader.ts`, through piscina): parses and
 * reads one HTML page off the main thread. A page that takes longer than the resolver's
 * `timeout` is stopped by ending the thread.
 */
import { parseHtml } from './parse-html.js';
import { readArticle, type ReadJob, type ReadResult } from './read.js';

export default function read(job: ReadJob): ReadResult {
  return readArticle(job, parseHtml);
}
