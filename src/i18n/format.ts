/** Dates, lists and reading time, in the reader's language, through `Intl`. */
import { safeLocale } from './strings.js';
import { cached } from './intl-cache.js';

export type DateFormat = 'long' | 'short' | 'relative';

const DATE_STYLES: Record<'long' | 'short' | 'time', Intl.DateTimeFormatOptions> = {
  long: { dateStyle: 'long', timeStyle: 'short' },
  short: { dateStyle: 'medium' },
  time: { timeStyle: 'short' },
};

/** An ISO string in `lang`: `long` date and time, `short` date alone, or the `time` alone. */
export function formatDate(iso: string, lang: string | undefined, style: 'long' | 'short' | 'time' = 'long'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = safeLocale(lang);
  return cached(`date|${locale}|${style}`, () => new Intl.DateTimeFormat(locale, DATE_STYLES[style])).format(date);
}

/** Do two ISO dates fall on the same day where the reader is? */
export function sameDay(a: string, b: string): boolean {
  return new Date(a).toDateString() === new Date(b).toDateString();
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
  const locale = safeLocale(lang);
  const format = cached(`relative|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') return format.format(Math.round(seconds / size), unit);
  }
  return iso;
}

/** "Ana, Bo and Cy" joined the way `lang` joins lists. */
export function formatList(items: string[], lang: string | undefined): string {
  return items.length < 2 ? items.join('') : listFormat(lang).format(items);
}

/** The shared conjunction list format of `lang` (its parts let names become links). */
export function listFormat(lang: string | undefined): Intl.ListFormat {
  const locale = safeLocale(lang);
  return cached(`list|${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));
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
const ARABIC_WORD = /\S*[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]\S*/g;

/** Is `code` part of a word (a letter or digit), rather than space or punctuation? */
function wordish(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  // Beyond ASCII, everything but the punctuation and symbol blocks counts.
  return !(
    code <= 0xbf ||
    (code >= 0x2000 && code <= 0x2bff) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff0f)
  );
}

/**
 * Space-separated runs holding at least one letter or digit, in one pass over the text: many
 * times faster than a Unicode regex or the segmenter on a long body.
 */
function countWords(text: string): number {
  let words = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 32 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b)) counted = false;
    else if (!counted && wordish(code)) {
      words++;
      counted = true;
    }
  }
  return words;
}

/**
 * Minutes needed to read `text`, at least 1. Text in a script written without spaces (Chinese,
 * Japanese) is split into words with `Intl.Segmenter`, which knows where its words end; spaced
 * scripts, Arabic among them, are counted by their space-separated words.
 */
export function readingMinutes(text: string, lang: string | undefined): number {
  let minutes = 0;
  if (!UNSPACED.test(text) || typeof Intl.Segmenter !== 'function') {
    // Spaces separate the words of every other script: counting the runs that hold a letter or
    // a digit gives what the segmenter would, at a fraction of its cost.
    const words = countWords(text);
    const arabic = ARABIC.test(text) ? (text.match(ARABIC_WORD)?.length ?? 0) : 0;
    minutes = (words - arabic) / WORDS_PER_MINUTE + arabic / ARABIC_WORDS_PER_MINUTE;
  } else {
    const locale = safeLocale(lang);
    const segmenter = cached(`words|${locale}`, () => new Intl.Segmenter(locale, { granularity: 'word' }));
    for (const { segment, isWordLike } of segmenter.segment(text)) {
      if (!isWordLike) continue;
      if (UNSPACED.test(segment)) minutes += segment.length / CHARACTERS_PER_MINUTE;
      else minutes += 1 / (ARABIC.test(segment) ? ARABIC_WORDS_PER_MINUTE : WORDS_PER_MINUTE);
    }
  }
  return Math.max(1, Math.round(minutes));
}
