/**
 * The attributes of `<article-card>`, read off the registered element: its property
 * declarations are the one table, so the blockquote upgrade and the hosted page can never
 * accept an attribute the card does not have, nor miss one it gained. (`observedAttributes` of a
 * Lit element lists every property with an attribute, the base's `lang`, `dir` and `theme` too.)
 */
export function cardAttributes(): ReadonlySet<string> {
  const card = globalThis.customElements?.get('article-card') as { observedAttributes?: readonly string[] } | undefined;
  return new Set(card?.observedAttributes ?? []);
}
