/**
 * Splits a `srcset` value into its image candidates the way browsers do (HTML's "parse a srcset
 * attribute"): a URL runs to the next whitespace, so commas inside it belong to it (image CDNs
 * write `…/w_640,h_360,c_fill/photo.jpg`); only trailing commas end it. Descriptors run to the
 * next comma outside parentheses. Splitting on every comma instead would vet pieces of URLs and
 * keep one that the browser then reads as something else.
 */

export interface SrcsetCandidate {
  url: string;
  descriptors: string[];
}

const SPACE = /[\t\n\f\r ]/;

export function srcsetCandidates(value: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  let i = 0;
  const n = value.length;
  while (i < n) {
    while (i < n && (SPACE.test(value[i]) || value[i] === ',')) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !SPACE.test(value[i])) i++;
    let url = value.slice(start, i);
    const descriptors: string[] = [];
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      i = readDescriptors(value, i, descriptors);
    }
    if (url) candidates.push({ url, descriptors });
  }
  return candidates;
}

/** Reads descriptors from `i` up to the comma that ends the candidate; returns the next index. */
function readDescriptors(value: string, i: number, out: string[]): number {
  const n = value.length;
  let current = '';
  let inParens = false;
  const flush = () => {
    if (current) out.push(current);
    current = '';
  };
  while (i < n && SPACE.test(value[i])) i++;
  for (; i < n; i++) {
    const c = value[i];
    if (inParens) {
      current += c;
      if (c === ')') inParens = false;
    } else if (SPACE.test(c)) {
      flush();
    } else if (c === ',') {
      flush();
      return i + 1;
    } else {
      current += c;
      if (c === '(') inParens = true;
    }
  }
  flush();
  return n;
}
