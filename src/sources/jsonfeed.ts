/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org/): one item of the feed becomes the article,
 * chosen by the `item` attribute (its `id`, or a 0-based index), the first by default.
 * Quirks absorbed: 1.0 has one `author` where 1.1 has `authors`, items inherit the feed's
 * authors and `language`, the body is `content_html` or else `content_text`, titles are
 * optional (micro-posts), and `_`-prefixed extensions are ignored (never read).
 */
import type { ArticleAuthor, ArticleInput } from '../model/article.js';
import { ArticleError } from '../model/errors.js';
import type { Source, SourceContext } from './types.js';
import { arr, get, str } from './read.js';
import { textToHtml } from './schema-org.js';

const VERSION = /^https?:\/\/jsonfeed\.org\/version\/1(?:\.\d+)?\/?$/;
const UNTITLED_HEADLINE_LENGTH = 90;

function authorsOf(node: unknown): Array<Partial<ArticleAuthor>> {
  // 1.1: `authors` (an array); 1.0: `author` (one object). 1.1 feeds may send both.
  const list = get(node, 'authors') !== undefined ? arr(get(node, 'authors')) : arr(get(node, 'author'));
  return list
    .map((a) => ({ name: str(get(a, 'name')), url: str(get(a, 'url')), image: str(get(a, 'avatar')) }))
    .filter((a) => a.name !== undefined);
}

/** The item asked for: by `id` first (ids are strings, some feeds send numbers), then by index. */
function pick(items: unknown[], wanted: string | undefined): unknown {
  if (wanted === undefined || wanted === '') return items[0];
  const key = wanted.trim();
  const byId = items.find((item) => str(get(item, 'id')) === key);
  if (byId !== undefined) return byId;
  return /^\d+$/.test(key) ? items[Number(key)] : undefined;
}

/** A headline for an untitled item: the start of its text. */
function headlineFromText(text: string | undefined): string | undefined {
  const clean = text?.replace(/\s+/g, ' ').trim();
  if (!clean) return undefined;
  if (clean.length <= UNTITLED_HEADLINE_LENGTH) return clean;
  const cut = clean.slice(0, UNTITLED_HEADLINE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${space > 40 ? cut.slice(0, space) : cut}…`;
}

export const jsonFeed: Source = {
  format: 'jsonfeed',
  detect: (doc) => doc.kind === 'json' && VERSION.test(str(get(doc.value, 'version')) ?? ''),
  toArticle: (doc, context: SourceContext) => {
    const feed = doc.kind === 'json' ? doc.value : undefined;
    const items = arr(get(feed, 'items'));
    const item = pick(items, context.item);
    if (item === undefined) {
      return new ArticleError('no-article', context.item ? `The feed has no item "${context.item}".` : 'The feed has no items.');
    }
    const html = str(get(item, 'content_html'));
    const text = str(get(item, 'content_text'));
    const summary = str(get(item, 'summary'));
    const authors = authorsOf(item);
    const icon = str(get(feed, 'icon')) ?? str(get(feed, 'favicon'));
    const input: ArticleInput = {
      headline: str(get(item, 'title')) ?? headlineFromText(summary ?? text),
      // `external_url` is the page a link-blog item points at; `url` the item's own page.
      url: str(get(item, 'url')) ?? str(get(item, 'external_url')),
      excerpt: summary,
      body: html ?? (text ? textToHtml(text) : undefined),
      image: str(get(item, 'image')) ?? str(get(item, 'banner_image')),
      authors: authors.length ? authors : authorsOf(feed),
      published: str(get(item, 'date_published')),
      modified: str(get(item, 'date_modified')),
      publisher: str(get(feed, 'title')) ? { name: str(get(feed, 'title')), url: str(get(feed, 'home_page_url')), logo: icon } : undefined,
      tags: arr(get(item, 'tags')).filter((t): t is string => typeof t === 'string'),
      lang: str(get(item, 'language')) ?? str(get(feed, 'language')),
    };
    return input;
  },
};
