/** Plain text cut to at most `max` characters at a word boundary, with "…" when it was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // Cut right at the end of a word: keep it whole.
  if (/\s/.test(text.charAt(max - 1))) return `${cut.trimEnd()}…`;
  // Else the last word boundary, unless that loses more than half the text: text without spaces
  // (Chinese, Japanese, one very long token) is cut where it is.
  const space = cut.search(/\s\S*$/);
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
