/**
 * Structural limits on article bodies. A body is refused with a clear error rather than
 * rendered when it is absurd: nothing written by a person nests a hundred elements deep, and
 * very deep trees are how a page's layout and style engines are made to stall.
 */

/** Deepest element nesting accepted in a sanitized body. */
export const MAX_BODY_DEPTH = 100;

/**
 * How deep elements nest under `root`, counting a top-level element as 1. Walks iteratively
 * (no recursion to overflow) and stops counting once past `stopAfter`.
 */
export function nestingDepth(root: Node | null | undefined, stopAfter = Number.POSITIVE_INFINITY): number {
  // Nothing (a sanitizer result that held no body) nests nothing.
  if (!root) return 0;
  const doc = root.ownerDocument ?? (root as Document);
  // A TreeWalker reads the real tree: element properties such as `children` can be clobbered.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  let depth = 0;
  let max = 0;
  let node = walker.firstChild();
  if (node) depth = 1;
  while (node) {
    if (depth > max) max = depth;
    if (max > stopAfter) return max;
    let next = walker.firstChild();
    if (next) {
      depth++;
      node = next;
      continue;
    }
    next = walker.nextSibling();
    while (!next) {
      if (!walker.parentNode()) return max;
      depth--;
      next = walker.nextSibling();
    }
    node = next;
  }
  return max;
}
