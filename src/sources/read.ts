/** Small readers for untrusted parsed JSON: own properties only, typed results, no merging. */

export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `obj[key]` when it is the object's own property (a "__proto__" key is just data). */
export function get(obj: unknown, key: string): unknown {
  return isRecord(obj) && Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** Follows a path of own properties: `path(doc, 'title', 'rendered')`. */
export function path(obj: unknown, ...keys: Array<string | number>): unknown {
  let current = obj;
  for (const key of keys) {
    if (typeof key === 'number') current = Array.isArray(current) ? current[key] : undefined;
    else current = get(current, key);
    if (current === undefined) return undefined;
  }
  return current;
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : typeof value === 'number' ? String(value) : undefined;
}

export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}
