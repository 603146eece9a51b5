/**
 * Registers a custom element unless the tag is taken. Partner pages load the drop-in twice,
 * or an npm build and the drop-in side by side; the first definition wins and nothing throws.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry || registry.get(tag)) return;
  try {
    registry.define(tag, element);
  } catch {
    // Another copy registered the tag between our check and our call: theirs is as good.
  }
}
