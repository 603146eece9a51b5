/**
 * Reading untrusted data (parsed JSON, a property set by a page) by own properties only: a value
 * inherited from a prototype, possibly polluted by the host page, is never read, and a
 * `"__proto__"` key in a document is just data. The model and every source read through this.
 */

export type Json = Record<string, unknown>;

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `obj[key]` when it is the object's own property, else `undefined`. */
export function own(obj: unknown, key: string): unknown {
  return isRecord(obj) && Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}
