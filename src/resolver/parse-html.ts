/**
 * HTML pages on the server: linkedom's `DOMParser` builds a plain DOM of the page, which the
 * browser's source module (`sources/html.ts`) reads as it reads a `DOMParser` document. Nothing
 * runs and nothing loads: linkedom has no script engine and fetches nothing. Its `worker` build
 * is one self-contained ES module (no optional native `canvas`), so Node and Workers share it.
 */
import { DOMParser } from 'linkedom/worker';
import type { ParseHtml } from '../sources/types.js';

const parser = new DOMParser();

export const parseHtml: ParseHtml = (html) => parser.parseFromString(html, 'text/html') as unknown as Document;
