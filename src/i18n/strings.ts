/**
 * UI strings: one table per language, chosen by the closest match to the requested language
 * (`pt-BR` → `pt`), with English as the last resort. Sites add or override strings with
 * `registerStrings()`; every element on the page re-renders when they do.
 */
import { cached } from './intl-cache.js';
import { en, type StringKey, type UiString, type UiStrings } from './locales/en.js';
import { ar } from './locales/ar.js';
import { de } from './locales/de.js';
import { es } from './locales/es.js';
import { fa } from './locales/fa.js';
import { fr } from './locales/fr.js';
import { he } from './locales/he.js';
import { it } from './locales/it.js';
import { pt } from './locales/pt.js';
import { tr } from './locales/tr.js';

export type { StringKey, UiString, UiStrings };

/** Tables by language: the built-in ones, then those a site adds or overrides with `registerStrings()`. */
const tables = new Map<string, Partial<UiStrings>>(Object.entries({ en, ar, de, es, fa, fr, he, it, pt, tr }));

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'iw', 'ur', 'ps', 'sd', 'ug', 'yi', 'ckb', 'dv', 'syr']);

/**
 * Adds a language, or overrides some strings of one, for every element on the page:
 * `registerStrings('en', { leaveReply: 'Join the discussion' })`. Missing keys fall back to
 * the less specific language (`fr-CA` → `fr`), then to English.
 */
export function registerStrings(lang: string, strings: Partial<UiStrings>): void {
  const key = String(lang).toLowerCase();
  const table: Record<string, UiString> = { ...tables.get(key) };
  // A page's own script may pass anything: keep only strings, and plural forms made of strings.
  for (const [name, value] of Object.entries(strings ?? {})) {
    if (!Object.prototype.hasOwnProperty.call(en, name)) continue;
    if (typeof value === 'string' || isPlural(value)) table[name] = value;
  }
  tables.set(key, table as Partial<UiStrings>);
  found.clear();
  for (const listener of listeners) listener();
}

function isPlural(value: unknown): value is UiString {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { other?: unknown }).other === 'string' &&
    Object.values(value).every((form) => typeof form === 'string')
  );
}

const listeners = new Set<() => void>();
/** Called whenever strings change, so rendered elements can update. */
export function onStringsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Lookups already made, by language and key; forgotten whenever strings are registered. */
const found = new Map<string, [UiString, string]>();

/** The string for `key`, from the most specific table of `lang`, with the language it is in. */
function lookup(lang: string, key: StringKey): [UiString, string] {
  const id = `${lang}|${key}`;
  let result = found.get(id);
  if (!result) {
    result = find(lang, key);
    found.set(id, result);
  }
  return result;
}

function find(lang: string, key: StringKey): [UiString, string] {
  const parts = lang.toLowerCase().split('-');
  for (let i = parts.length; i > 0; i--) {
    const value = tables.get(parts.slice(0, i).join('-'))?.[key];
    if (value !== undefined) return [value, lang];
  }
  // English, as the site may have overridden it, else the built-in table.
  return [tables.get('en')?.[key] ?? en[key], 'en'];
}

/** Natural text direction of a language. */
export function directionOf(lang: string | undefined): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has((lang ?? '').toLowerCase().split('-')[0]!) ? 'rtl' : 'ltr';
}

/**
 * The UI string `key` in `lang`, with `{name}` placeholders filled from `vars` (numbers are
 * formatted for the language). Plural strings pick their form from `vars.n` with
 * `Intl.PluralRules` of the language the string is written in.
 */
export function t(lang: string | undefined, key: StringKey, vars: Record<string, string | number> = {}): string {
  const [value, written] = lookup(safeLocale(lang) ?? 'en', key);
  const template =
    typeof value === 'string'
      ? value
      : (value[cached(`plural|${written}`, () => new Intl.PluralRules(written)).select(Number(vars['n'] ?? 0))] ?? value.other);
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    // Own properties only: "{toString}" in a string is text, not a way into Object.prototype.
    const v = Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : undefined;
    return v === undefined ? match : typeof v === 'number' ? formatNumber(v, written) : v;
  });
}

/** Built-in languages that every engine writes with the digits 0-9 (not ar or fa). */
const LATIN_DIGITS = new Set(['en', 'de', 'es', 'fr', 'it', 'pt', 'tr', 'he']);

/**
 * `n` as `lang` writes it. A count under 1000 in a language written with 0-9 needs no grouping
 * and no other digits: it is spared building a NumberFormat (a millisecond for the first card).
 */
function formatNumber(n: number, lang: string): string {
  if (Number.isInteger(n) && n >= 0 && n < 1000 && !lang.includes('-u-') && LATIN_DIGITS.has(lang.split('-')[0]!.toLowerCase())) {
    return String(n);
  }
  return cached(`number|${lang}`, () => new Intl.NumberFormat(lang)).format(n);
}

/** `locale` canonicalized when Intl accepts it, else undefined (the browser's default). */
const canonical = new Map<string, string | null>();

export function safeLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  let result = canonical.get(locale);
  if (result === undefined) {
    try {
      result = Intl.getCanonicalLocales(locale)[0] ?? null;
    } catch {
      result = null;
    }
    canonical.set(locale, result);
  }
  return result ?? undefined;
}
