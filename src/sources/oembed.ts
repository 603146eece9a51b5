/**
 * An oEmbed response (https://oembed.com/, JSON): `type` is `photo`, `video`, `link` or `rich`
 * and `version` is "1.0". The `html` of `rich` and `video` is untrusted markup from the
 * provider: it becomes the body, which `normalize()` sanitizes, and the sanitizer strips the
 * iframes and scripts such snippets are made of. What then shows for a video or a rich embed is
 * its thumbnail, headline and a link to the page. Social networks answer without a `title`:
 * the headline is then the post's text, or "<author> on <provider>", or a link's URL.
 * Text: `title`, `author_name`, `provider_name` (and the non-standard `description`) are plain
 * text by spec, but providers send entities ("&#039;") and even tags in them: each is decoded
 * once and stripped of markup (`read.ts` `text`), so a double-encoded "&amp;amp;" shows "&amp;".
 */
import type { ArticleInput } from '../model/article.js';
import type { Source, SourceContext } from './types.js';
import { own, str, text } from './read.js';
import { cleanByline } from './byline.js';
import { truncate } from '../text/truncate.js';

const TYPES = new Set(['photo', 'video', 'link', 'rich']);
/** Longest headline made from a post's text. */
const UNTITLED_HEADLINE_LENGTH = 100;

/**
 * A headline for an answer without `title` (social posts): the post's own words (its first
 * paragraph as text: markup and the embed's script gone), else "<author> on <provider>".
 */
function untitledHeadline(html: string | undefined, author: string | undefined, provider: string | undefined): string | undefined {
  const paragraph = html ? (/<p\b[^>]*>([\s\S]*?)<\/p\s*>/i.exec(html.slice(0, 20_000))?.[1] ?? html) : undefined;
  const words = text(paragraph);
  if (words) return truncate(words, UNTITLED_HEADLINE_LENGTH);
  return author && provider ? `${author} on ${provider}` : author;
}

/** oEmbed answers do not repeat the page's URL: it is the `url` parameter of the request. */
function requestedUrl(base: string | undefined): string | undefined {
  if (!base) return undefined;
  try {
    return new URL(base).searchParams.get('url') ?? undefined;
  } catch {
    return undefined;
  }
}

function size(value: unknown): number | undefined {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

export const oembed: Source = {
  format: 'oembed',
  detect: (doc) => {
    if (doc.kind !== 'json') return false;
    const version = own(doc.value, 'version');
    return TYPES.has(str(own(doc.value, 'type')) ?? '') && (version === '1.0' || version === 1 || version === '1');
  },
  toArticle: (doc, context: SourceContext) => {
    const data = doc.kind === 'json' ? doc.value : undefined;
    const type = str(own(data, 'type'));
    const title = text(own(data, 'title'));
    const thumbnail = str(own(data, 'thumbnail_url'));
    // For `photo`, `url` is the picture itself; other types have no `url` in the spec, but
    // many providers add the page's address there.
    const photo = type === 'photo' ? str(own(data, 'url')) : undefined;
    const image = photo ?? thumbnail;
    const html = type === 'rich' || type === 'video' ? str(own(data, 'html')) : undefined;
    const author = cleanByline(own(data, 'author_name'));
    const provider = text(own(data, 'provider_name'));
    const url = (type === 'photo' ? undefined : str(own(data, 'url'))) ?? requestedUrl(context.base);
    const input: ArticleInput = {
      // A link without a title is still a link: its address is its headline.
      headline: title ?? (type === 'link' ? url : undefined) ?? untitledHeadline(html, author, provider),
      url,
      // Not in the spec, but sent by WordPress and others.
      excerpt: text(own(data, 'description')),
      body: html,
      image: image
        ? {
            url: image,
            // A photo is described by its title; a thumbnail sits beside the same headline.
            alt: photo ? (title ?? '') : '',
            width: size(photo ? own(data, 'width') : own(data, 'thumbnail_width')),
            height: size(photo ? own(data, 'height') : own(data, 'thumbnail_height')),
          }
        : undefined,
      authors: author ? [{ name: author, url: str(own(data, 'author_url')) }] : [],
      publisher: provider ? { name: provider, url: str(own(data, 'provider_url')) } : undefined,
    };
    return input;
  },
};
