/**
 * UI strings: one table per language, chosen by the closest match to the requested language,
 * with English as the last resort. Sites add or override strings with `registerStrings()`.
 */
import { en, type StringKey, type UiString, type UiStrings } from './locales/en.js';
import { ar } from './locales/ar.js';

export type { StringKey, UiString, UiStrings };

const tables = new Map<string, Partial<UiStrings>>([
  ['en', en],
  ['ar', ar],
]);
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'iw', 'ur', 'ps', 'sd', 'ug', 'yi', 'ckb', 'dv']);

/**
 * Adds a language, or overrides some strings of one, for every element on the page.
 * `registerStrings('en', { leaveReply: 'Join the discussion' })`.
 */
export function registerStrings(lang: string, strings: Partial<UiStrings>): void {
  const key = lang.toLowerCase();
  tables.set(key, { ...tables.get(key), ...strings });
  for (const listener of listeners) listener();
}

const listeners = new Set<() => void>();
/** Called whenever strings change, so rendered elements can update. */
export function onStringsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The tables to consult for `lang`, most specific first, ending with English. */
function chain(lang: string | undefined): Array<Partial<UiStrings>> {
  const result: Array<Partial<UiStrings>> = [];
  const parts = (lang ?? '').toLowerCase().split('-').filter(Boolean);
  for (let i = parts.length; i > 0; i--) {
    const table = tables.get(parts.slice(0, i).join('-'));
    if (table) result.push(table);
  }
  result.push(tables.get('en') ?? en);
  return result;
}

/** True when the UI has strings of its own for `lang` (beyond the English fallback). */
export function hasStrings(lang: string | undefined): boolean {
  return chain(lang).length > 1 || (lang ?? '').toLowerCase().startsWith('en');
}

/** Natural text direction of a language. */
export function directionOf(lang: string | undefined): 'ltr' | 'rtl' {
  const primary = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}

/**
 * The UI string `key` in `lang`, with `{name}` placeholders filled from `vars`.
 * Plural strings pick their form from `vars.n` with `Intl.PluralRules`.
 */
export function t(lang: string | undefined, key: StringKey, vars: Record<string, string | number> = {}): string {
  let value: UiString | undefined;
  let locale = 'en';
  for (const table of chain(lang)) {
    value = table[key] as UiString | undefined;
    if (value !== undefined) {
      locale = table === en ? 'en' : lang ?? 'en';
      break;
    }
  }
  let template: string;
  if (typeof value === 'string') template = value;
  else if (value) {
    const n = Number(vars['n'] ?? 0);
    const rule = new Intl.PluralRules(safeLocale(locale)).select(n);
    template = value[rule] ?? value.other;
  } else template = key;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in vars ? formatVar(vars[name]!, locale) : match,
  );
}

function formatVar(value: string | number, locale: string): string {
  return typeof value === 'number' ? new Intl.NumberFormat(safeLocale(locale)).format(value) : value;
}

/** `locale` when Intl accepts it, else undefined (the browser's default). */
export function safeLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    return Intl.getCanonicalLocales(locale)[0];
  } catch {
    return undefined;
  }
}
