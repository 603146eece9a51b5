/** Small readers for untrusted parsed JSON: own properties only, typed results, no merging. */
import { htmlText } from '../text/html-text.js';
import { isRecord, own, type Json } from '../model/own.js';

export { isRecord, own, type Json };

/** Follows a path of own properties: `path(doc, 'title', 'rendered')`. */
export function path(obj: unknown, ...keys: Array<string | number>): unknown {
  let current = obj;
  for (const key of keys) {
    if (typeof key === 'number') current = Array.isArray(current) ? current[key] : undefined;
    else current = own(current, key);
    if (current === undefined) return undefined;
  }
  return current;
}

/** A string (or number) as it is: for URLs, ids and dates. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : typeof value === 'number' ? String(value) : undefined;
}

/**
 * A field shown as text: entity-decoded once and without markup (`html-text.ts`), whatever the
 * format says the field holds, since real documents put both into "plain text" fields.
 */
export const text = htmlText;

export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}
