/** Dates, lists and reading time, in the reader's language, through `Intl`. */
import { safeLocale } from './strings.js';

export type DateFormat = 'long' | 'short' | 'relative';

/** Absolute date and time of an ISO string in `lang`. */
export function formatDate(iso: string, lang: string | undefined, style: 'long' | 'short' = 'long'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions =
    style === 'long' ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'medium' };
  return new Intl.DateTimeFormat(safeLocale(lang), options).format(date);
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 days ago", "in 2 hours": the date relative to `now` in `lang`. */
export function formatRelative(iso: string, lang: string | undefined, now = Date.now()): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const seconds = Math.round((time - now) / 1000);
  const format = new Intl.RelativeTimeFormat(safeLocale(lang), { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') return format.format(Math.round(seconds / size), unit);
  }
  return iso;
}

/** "Ana, Bo and Cy" joined the way `lang` joins lists. */
export function formatList(items: string[], lang: string | undefined): string {
  return new Intl.ListFormat(safeLocale(lang), { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * Reading speeds. Spaced scripts are counted in words (Arabic-script words carry clitics and
 * are read more slowly); Chinese and Japanese, written without spaces, in characters.
 */
const WORDS_PER_MINUTE = 230;
const ARABIC_WORDS_PER_MINUTE = 150;
const CHARACTERS_PER_MINUTE = 300;
const UNSPACED = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]/;

/**
 * Minutes needed to read `text`, at least 1. Words are found with `Intl.Segmenter`, which knows
 * where words end in every script, so CJK, Thai or Arabic text is counted correctly rather than
 * split on spaces.
 */
export function readingMinutes(text: string, lang: string | undefined): number {
  let minutes = 0;
  const segments =
    typeof Intl.Segmenter === 'function'
      ? Array.from(new Intl.Segmenter(safeLocale(lang), { granularity: 'word' }).segment(text), (s) => (s.isWordLike ? s.segment : ''))
      : text.split(/\s+/);
  for (const word of segments) {
    if (!word) continue;
    if (UNSPACED.test(word)) minutes += word.length / CHARACTERS_PER_MINUTE;
    else minutes += 1 / (ARABIC.test(word) ? ARABIC_WORDS_PER_MINUTE : WORDS_PER_MINUTE);
  }
  return Math.max(1, Math.round(minutes));
}
