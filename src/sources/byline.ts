/**
 * Author names as bylines print them, cleaned to names: "By Ana Ruiz", "by ana", "Por Luis
 * Vega", "Von Jana Krüger", "Ana Ruiz | Diario del Sur" all give the name alone. A name that is
 * a URL (Open Graph's `article:author` is a profile URL; some CMSs put one in JSON-LD `name`) is
 * no name: `withNames` replaces it by a name the document gives elsewhere, or drops it.
 */
import type { ArticleAuthor } from '../model/article.js';
import { text } from './read.js';

/** "By", "Written by", "Por", "Von", "Par", "Di", "Door", "Av", "Af", "Przez", "بقلم", then a name. */
const LEADING =
  /^(?:(?:written|posted|reported|words|story|text|texto|texte|text\s+von)\s+(?:by|por|par|von)|by|por|von|par|di|door|av|af|przez|بقلم)\s*[:：]?\s+(?=\p{L})/iu;
/** Particles that also begin surnames ("von der Leyen", "di Stefano"): stripped only before a capital. */
const PARTICLE = /^(?:von|di|door|av|af)\s/i;
/** …and these only when written in lower case: "Di Stefano" is a surname, "di Marco Rossi" a byline. */
const SURNAME = /^(?:Di|Av|Af)\s/;
/** " | Site", " · Site", " — Site" after the name. */
const TRAILING = /\s+[|｜·]\s+.*$/u;

export function isUrlName(name: string): boolean {
  return /^(?:https?:)?\/\/\S+$|^www\.\S+$/i.test(name.trim());
}

/** The name in a byline, or undefined when nothing is left. */
export function cleanByline(value: unknown): string | undefined {
  let name = text(value);
  if (!name) return undefined;
  name = name.replace(TRAILING, '');
  const lead = LEADING.exec(name);
  const particle = lead && PARTICLE.test(lead[0]);
  if (lead && (!particle || (/^\p{Lu}/u.test(name.slice(lead[0].length)) && !SURNAME.test(lead[0])))) name = name.slice(lead[0].length);
  return name.trim() || undefined;
}

/** Authors from names (strings; other values are skipped); a URL name keeps the URL as `url`. */
export function authorsFromNames(names: unknown[]): Array<Partial<ArticleAuthor>> {
  return names
    .map(cleanByline)
    .filter((n): n is string => n !== undefined)
    .map((name) => (isUrlName(name) ? { name, url: name } : { name }));
}

/**
 * The authors with every URL name replaced by the next name from `names` (the document's other
 * bylines) not already used; an author left with a URL for a name is dropped.
 */
export function withNames(authors: Array<Partial<ArticleAuthor>>, names: ReadonlyArray<string | undefined>): Array<Partial<ArticleAuthor>> {
  const spare = names.filter((n): n is string => !!n && !isUrlName(n) && !authors.some((a) => a.name === n));
  const result: Array<Partial<ArticleAuthor>> = [];
  for (const author of authors) {
    if (!author.name || !isUrlName(author.name)) result.push(author);
    else if (spare.length) result.push({ ...author, name: spare.shift()!, url: author.url ?? author.name });
  }
  return result;
}
