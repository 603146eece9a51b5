/**
 * Tells elements when their light-DOM children change (a framework filling in inline data
 * after the element was created). One MutationObserver serves every element on the page: a
 * page of a thousand cards keeps one observer instead of a thousand.
 */

const callbacks = new WeakMap<Node, () => void>();
let observer: MutationObserver | undefined;

function onMutations(records: MutationRecord[]): void {
  const changed = new Set<() => void>();
  for (const record of records) {
    // Every watched element at or above the target hears of it, as its own observer would.
    for (let node: Node | null = record.target; node; node = node.parentNode) {
      const callback = callbacks.get(node);
      if (callback) changed.add(callback);
    }
  }
  for (const callback of changed) callback();
}

/**
 * Calls `callback` once per batch of changes anywhere under `host` (children, their subtrees,
 * text), until the returned function is called.
 */
export function observeChildren(host: Element, callback: () => void): () => void {
  observer ??= new MutationObserver(onMutations);
  callbacks.set(host, callback);
  observer.observe(host, { childList: true, subtree: true, characterData: true });
  // A MutationObserver cannot stop watching one node: the element is forgotten instead, and
  // what the observer still reports about it finds no callback.
  return () => callbacks.delete(host);
}
