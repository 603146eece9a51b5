/**
 * Per-field fallback across the layers of a document (JSON-LD, microdata, Open Graph and meta
 * tags, the document's own `<h1>`/`<time>`/`<title>`): each field comes from the first layer
 * whose value the model would keep. An unparseable date, an empty string, an image that is no
 * URL in a higher layer so never hides a good value in a lower one.
 */
import { ARTICLE_FIELDS, normalizeData, type ArticleInput } from '../model/article.js';
import { ArticleError } from '../model/errors.js';
import { own, isRecord } from './read.js';

/** Something a publisher put where a URL belongs that only a lenient URL parser would accept ("Photo: Reuters"). */
function notUrl(value: unknown): boolean {
  const url = typeof value === 'string' ? value : own(value, 'url');
  return typeof url !== 'string' || /\s/.test(url.trim()) || !/[./]/.test(url);
}

/** Whether the model keeps `value` as `field` (validated exactly as `normalizeData` will). */
export function usable(field: keyof ArticleInput, value: unknown, base?: string): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (field === 'body') return typeof value === 'string' && value.trim() !== '';
  if ((field === 'url' || field === 'image') && notUrl(value)) return false;
  const probe = normalizeData({ headline: field === 'headline' ? value : '-', [field]: value }, base);
  if (probe instanceof ArticleError) return false;
  const kept = own(probe, field);
  return Array.isArray(kept) ? kept.length > 0 : kept !== undefined && (!isRecord(kept) || Object.keys(kept).length > 0);
}

/** Layers merged field by field, the first layer with a usable value winning. */
export function firstUsable(layers: ReadonlyArray<ArticleInput | undefined>, base?: string): ArticleInput {
  const merged: Record<string, unknown> = {};
  for (const field of ARTICLE_FIELDS) {
    for (const layer of layers) {
      const value = own(layer, field);
      if (usable(field, value, base)) {
        merged[field] = value;
        break;
      }
    }
  }
  return merged as ArticleInput;
}
