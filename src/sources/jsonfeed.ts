/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org/): one item of the feed becomes the article,
 * chosen by the `item` attribute (its `id`, or a 0-based index), the first by default.
 * Quirks absorbed: 1.0 has one `author` where 1.1 has `authors`, items inherit the feed's
 * authors and `language`, the body is `content_html` or else `content_text`, titles are
 * optional (micro-posts), and `_`-prefixed extensions are ignored (never read).
 * Text: `title`, `summary`, tags and author names are plain text by spec, yet feeds made from
 * HTML often carry entities or tags in them: they are decoded once and stripped of markup
 * (`read.ts` `text`), so "&amp;amp;" shows as "&amp;", as a browser would show it.
 */
import type { ArticleAuthor, ArticleInput } from '../model/article.js';
import { ArticleError } from '../model/errors.js';
import type { Source, SourceContext } from './types.js';
import { arr, own, str, text } from './read.js';
import { textToHtml } from './schema-org.js';
import { cleanByline } from './byline.js';

const VERSION = /^https?:\/\/jsonfeed\.org\/version\/1(?:\.\d+)?\/?$/;
const UNTITLED_HEADLINE_LENGTH = 90;

function authorsOf(node: unknown): Array<Partial<ArticleAuthor>> {
  // 1.1: `authors` (an array); 1.0: `author` (one object). 1.1 feeds may send both.
  const list = own(node, 'authors') !== undefined ? arr(own(node, 'authors')) : arr(own(node, 'author'));
  return list
    .map((a) => ({ name: cleanByline(own(a, 'name')), url: str(own(a, 'url')), image: str(own(a, 'avatar')) }))
    .filter((a) => a.name !== undefined);
}

/** The item asked for: by `id` first (ids are strings, some feeds send numbers), then by index. */
function pick(items: unknown[], wanted: string | undefined): unknown {
  if (wanted === undefined || wanted === '') return items[0];
  const key = wanted.trim();
  const byId = items.find((item) => str(own(item, 'id')) === key);
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
  detect: (doc) => doc.kind === 'json' && VERSION.test(str(own(doc.value, 'version')) ?? ''),
  toArticle: (doc, context: SourceContext) => {
    const feed = doc.kind === 'json' ? doc.value : undefined;
    const items = arr(own(feed, 'items'));
    const item = pick(items, context.item);
    if (item === undefined) {
      return new ArticleError('no-article', context.item ? `The feed has no item "${context.item}".` : 'The feed has no items.');
    }
    const html = str(own(item, 'content_html'));
    const plain = str(own(item, 'content_text'));
    const summary = text(own(item, 'summary'));
    const title = text(own(item, 'title'));
    const feedTitle = text(own(feed, 'title'));
    const authors = authorsOf(item);
    const icon = str(own(feed, 'icon')) ?? str(own(feed, 'favicon'));
    const input: ArticleInput = {
      headline: title ?? headlineFromText(summary ?? (html ? text(html) : plain)),
      // `external_url` is the page a link-blog item points at; `url` the item's own page.
      url: str(own(item, 'url')) ?? str(own(item, 'external_url')),
      excerpt: summary,
      body: html ?? (plain ? textToHtml(plain) : undefined),
      image: str(own(item, 'image')) ?? str(own(item, 'banner_image')),
      authors: authors.length ? authors : authorsOf(feed),
      published: str(own(item, 'date_published')),
      modified: str(own(item, 'date_modified')),
      publisher: feedTitle ? { name: feedTitle, url: str(own(feed, 'home_page_url')), logo: icon } : undefined,
      tags: arr(own(item, 'tags'))
        .map(text)
        .filter((t) => t !== undefined),
      lang: str(own(item, 'language')) ?? str(own(feed, 'language')),
    };
    return input;
  },
};
