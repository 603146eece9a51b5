/**
 * The readable text of a sanitized body, with block boundaries kept as spaces: `textContent`
 * alone glues "…at 6 pm.</p><p>Loans…" into "6 pm.Loans".
 */

/** Elements that end a run of text (everything the sanitizer lets through that lays out as a block or line break). */
const BREAKS = new Set(
  'address article aside blockquote br dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul'.split(
    ' ',
  ),
);

export function bodyText(root: Node): string {
  const doc = root.ownerDocument ?? (root as Document);
  // A TreeWalker reads the real tree: element properties such as `childNodes` can be clobbered.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  // A block's text is kept apart from what comes before and after it.
  const edge = (node: Node) => {
    if (node.nodeType === Node.ELEMENT_NODE && BREAKS.has((node as Element).localName)) parts.push(' ');
  };
  let node = walker.firstChild();
  while (node) {
    edge(node);
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.nodeValue ?? '');
    const child = walker.firstChild();
    if (child) {
      node = child;
      continue;
    }
    edge(node);
    let next = walker.nextSibling();
    while (!next) {
      const parent = walker.parentNode();
      if (!parent) break;
      edge(parent);
      next = walker.nextSibling();
    }
    node = next;
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}
