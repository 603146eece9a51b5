/**
 * A WordPress REST API post (`/wp-json/wp/v2/posts/<id>?_embed`). The quirks absorbed here:
 * titles and term names arrive entity-encoded (`&#8217;`), `date_gmt` carries no zone although
 * it is UTC, the author, featured image and terms live under `_embedded` (as arrays, possibly
 * holding error objects when the viewer may not see them), and comments are a `comment_status`.
 * Text: every `rendered` field and term name is HTML, decoded once (`read.ts` `text`).
 */
import type { ArticleInput, ArticleAuthor } from '../model/article.js';
import type { Source } from './types.js';
import { arr, own, isRecord, path, str, text } from './read.js';
import { cleanByline } from './byline.js';

/**
 * Text of an entity-encoded (and possibly tagged) WordPress string, e.g. `title.rendered`: the
 * shared decoder, no DOM, so the resolver reads posts as the browser does. `rendered` fields are
 * HTML: decoded once, as a browser would show them.
 */
export const decodeRendered = text;

/** `2026-03-14T07:12:00` (no zone: WordPress's `*_gmt` fields are UTC) as an ISO date with `Z`. */
export function gmtDate(value: unknown): string | undefined {
  const s = str(value)?.trim();
  if (!s) return undefined;
  return /(?:Z|[+-]\d\d:?\d\d)$/i.test(s) ? s : `${s}Z`;
}

function embedded(doc: unknown, key: string): unknown[] {
  return arr(path(doc, '_embedded', key));
}

/** The featured image: a mid-sized rendition when there is one, with its size and alt text. */
function featuredImage(doc: unknown): ArticleInput['image'] {
  const media = embedded(doc, 'wp:featuredmedia')[0];
  const sourceUrl = str(own(media, 'source_url'));
  if (sourceUrl && own(media, 'media_type') !== 'file') {
    const sizes = path(media, 'media_details', 'sizes');
    // "large" is sized for an article column; "full" may be the camera original.
    const size = ['large', 'medium_large', 'full'].map((name) => own(sizes, name)).find((s) => str(own(s, 'source_url')));
    const details = size ?? own(media, 'media_details');
    const alt = text(own(media, 'alt_text')) ?? decodeRendered(path(media, 'caption', 'rendered')) ?? '';
    return {
      url: str(own(size, 'source_url')) ?? sourceUrl,
      alt: alt.trim(),
      width: Number(own(details, 'width')) || undefined,
      height: Number(own(details, 'height')) || undefined,
    } as ArticleInput['image'];
  }
  // Jetpack and some themes put the URL on the post itself.
  return str(own(doc, 'jetpack_featured_media_url'));
}

function author(user: unknown): Partial<ArticleAuthor> | undefined {
  const name = cleanByline(own(user, 'name'));
  if (!name) return undefined; // an error object ("rest_user_invalid_id") has no name
  const avatars = own(user, 'avatar_urls');
  // avatar_urls is keyed by pixel size ("24", "48", "96"): take the largest.
  const sizes = isRecord(avatars)
    ? Object.keys(avatars)
        .filter((k) => str(own(avatars, k)))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return { name, url: str(own(user, 'link')), image: sizes[0] ? str(own(avatars, sizes[0])) : undefined };
}

function terms(doc: unknown, taxonomy: string): Array<{ name: string; slug: string }> {
  const found: Array<{ name: string; slug: string }> = [];
  for (const group of embedded(doc, 'wp:term')) {
    for (const term of arr(group)) {
      if (own(term, 'taxonomy') !== taxonomy) continue;
      const name = decodeRendered(own(term, 'name'));
      if (name) found.push({ name, slug: str(own(term, 'slug')) ?? '' });
    }
  }
  return found;
}

function excerptOf(doc: unknown): string | undefined {
  const text = decodeRendered(path(doc, 'excerpt', 'rendered'));
  // WordPress ends automatic excerpts with "[…]" (or a theme's "Continue reading" link text).
  return text?.replace(/\s*(?:…|\.\.\.)?\s*\[(?:…|\.\.\.)\]\s*$/, '…').trim() || undefined;
}

function comments(doc: unknown, url: string | undefined): ArticleInput['comments'] {
  const replies = embedded(doc, 'replies')[0];
  // `_embed` includes at most one page of replies: its length is a count only when short.
  const count = Array.isArray(replies) && replies.length < 10 ? replies.length : undefined;
  const status = own(doc, 'comment_status');
  const page = url?.split('#')[0];
  if (status === 'open') return { url: page ? `${page}#respond` : undefined, count };
  if (count) return { url: page ? `${page}#comments` : undefined, count };
  return undefined; // closed and without comments: no link to a form that is not there
}

export const wordpress: Source = {
  format: 'wordpress',
  detect: (doc) => doc.kind === 'json' && typeof path(doc.value, 'title', 'rendered') === 'string',
  toArticle: (doc) => {
    const post = doc.kind === 'json' ? doc.value : undefined;
    const url = str(own(post, 'link'));
    const categories = terms(post, 'category').filter((c) => c.slug !== 'uncategorized');
    const yoast = own(post, 'yoast_head_json');
    return {
      headline: decodeRendered(path(post, 'title', 'rendered')),
      url,
      excerpt: excerptOf(post),
      // Protected posts render their content as "": there is then no body to show.
      body: path(post, 'content', 'protected') === true ? undefined : str(path(post, 'content', 'rendered')),
      image: featuredImage(post),
      authors: embedded(post, 'author')
        .map(author)
        .filter((a) => a !== undefined),
      // `date_gmt` is UTC without saying so. `date` is the site's local time, also without a
      // zone: read as UTC only when `date_gmt` is missing (off by the site's offset at most).
      published: gmtDate(own(post, 'date_gmt')) ?? gmtDate(own(post, 'date')),
      modified: gmtDate(own(post, 'modified_gmt')) ?? gmtDate(own(post, 'modified')),
      // The post itself does not name the site; the Yoast SEO plugin (very common) does.
      publisher: decodeRendered(own(yoast, 'og_site_name')),
      section: categories[0]?.name,
      tags: terms(post, 'post_tag').map((t) => t.name),
      lang: str(own(yoast, 'og_locale')),
      comments: comments(post, url),
    };
  },
};
