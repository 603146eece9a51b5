/**
 * Intl objects are slow to build (a DateTimeFormat costs more than formatting a hundred dates)
 * and immutable, so each one is built once per locale and options and then shared by every
 * element on the page.
 */
const cache = new Map<string, unknown>();

export function cached<T>(key: string, create: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}
