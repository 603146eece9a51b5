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

/** Words a minute for alphabetic scripts, and characters a minute where words are not spaced. */
const WORDS_PER_MINUTE = 230;
const CHARACTERS_PER_MINUTE = 500;
const UNSPACED = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/;

/**
 * Minutes needed to read `text`, at least 1. Words are counted with `Intl.Segmenter`, so text
 * in languages written without spaces (Chinese, Japanese, Thai) is counted correctly.
 */
export function readingMinutes(text: string, lang: string | undefined): number {
  let words = 0;
  let unspaced = 0;
  if (typeof Intl.Segmenter === 'function') {
    const segmenter = new Intl.Segmenter(safeLocale(lang), { granularity: 'word' });
    for (const segment of segmenter.segment(text)) {
      if (!segment.isWordLike) continue;
      if (UNSPACED.test(segment.segment)) unspaced += segment.segment.length;
      else words++;
    }
  } else {
    words = text.split(/\s+/).filter(Boolean).length;
  }
  const minutes = words / WORDS_PER_MINUTE + unspaced / CHARACTERS_PER_MINUTE;
  return Math.max(1, Math.round(minutes));
}
