/**
 * schema.org microdata (`itemscope`/`itemtype`/`itemprop`), which older templates and many
 * regional news sites still write instead of JSON-LD: the article item's `headline`, `author`
 * (text, or a nested Person with a `name`), `datePublished`/`dateModified`, `image` (an `<img>`,
 * a URL, or a nested ImageObject), `publisher`, `articleSection`, `keywords`, `url`. Values are
 * read as microdata defines them: `content` of a `<meta>`, `datetime` of a `<time>`, `href` of a
 * link, `src` of an image, else the element's text.
 */
import type { ArticleAuthor, ArticleInput } from '../model/article.js';
import { text } from './read.js';
import { authorsFromNames } from './byline.js';
import { isArticleType } from './schema-org.js';

const MAX_PROPS = 300;

function itemTypes(el: Element): string[] {
  return (el.getAttribute('itemtype') ?? '')
    .split(/\s+/)
    .map((t) => t.replace(/^(?:https?:\/\/)?(?:www\.)?schema\.org\//i, ''))
    .filter(Boolean);
}

/** The article item: an `itemscope` of an article type, else the item around an `itemprop=headline`; never a form. */
export function articleItem(root: Element): Element | undefined {
  for (const el of Array.from(root.querySelectorAll('[itemtype]'))) {
    if (el.hasAttribute('itemscope') && el.localName !== 'form' && itemTypes(el).some(isArticleType)) return el;
  }
  const headline = root.querySelector('[itemprop~="headline"]');
  return headline ? (headline.parentElement?.closest('[itemscope]:not(form)') ?? root) : undefined;
}

/** The item's own properties (not those of items nested in it), by name, in document order. */
function properties(item: Element): Map<string, Element[]> {
  const props = new Map<string, Element[]>();
  for (const el of Array.from(item.querySelectorAll('[itemprop]:not(form)')).slice(0, MAX_PROPS)) {
    const owner = el.parentElement?.closest('[itemscope]');
    if (owner && owner !== item && item.contains(owner)) continue;
    for (const name of (el.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean)) {
      const list = props.get(name) ?? [];
      list.push(el);
      props.set(name, list);
    }
  }
  return props;
}

/** A property's value, as microdata reads it. */
function value(el: Element): string | undefined {
  const tag = el.localName;
  if (tag === 'meta') return el.getAttribute('content') ?? undefined;
  if (tag === 'time') return el.getAttribute('datetime') ?? el.textContent ?? undefined;
  if (tag === 'a' || tag === 'link' || tag === 'area') return el.getAttribute('href') ?? undefined;
  if (tag === 'img' || tag === 'source' || tag === 'video' || tag === 'audio' || tag === 'iframe')
    return el.getAttribute('src') ?? undefined;
  if (tag === 'data' || tag === 'meter') return el.getAttribute('value') ?? undefined;
  return el.textContent ?? undefined;
}

function first(props: Map<string, Element[]>, ...names: string[]): string | undefined {
  for (const name of names) {
    for (const el of props.get(name) ?? []) {
      const v = value(el)?.trim();
      if (v) return v;
    }
  }
  return undefined;
}

function authorOf(el: Element): Array<Partial<ArticleAuthor>> {
  if (!el.hasAttribute('itemscope')) return authorsFromNames([value(el)]);
  const props = properties(el);
  const url = first(props, 'url', 'sameAs');
  return authorsFromNames([first(props, 'name')]).map((a) => ({ ...a, url: url ?? a.url, image: first(props, 'image') }));
}

function imageOf(el: Element): ArticleInput['image'] {
  if (!el.hasAttribute('itemscope')) {
    const url = value(el)?.trim();
    if (!url) return undefined;
    const alt = el.localName === 'img' ? (el.getAttribute('alt') ?? '') : '';
    const width = Number(el.getAttribute('width')) || undefined;
    const height = Number(el.getAttribute('height')) || undefined;
    return { url, alt: text(alt) ?? '', width, height };
  }
  const props = properties(el);
  const url = first(props, 'url', 'contentUrl');
  if (!url) return undefined;
  return {
    url,
    alt: text(first(props, 'caption', 'name')) ?? '',
    width: Number(first(props, 'width')) || undefined,
    height: Number(first(props, 'height')) || undefined,
  };
}

/** Raw Article input from the page's microdata, or an empty object when it has none. */
export function microdataToArticle(root: Element): ArticleInput {
  const item = articleItem(root);
  if (!item) return {};
  const props = properties(item);
  const publisher = props.get('publisher')?.[0];
  const publisherProps = publisher?.hasAttribute('itemscope') ? properties(publisher) : undefined;
  const keywords = first(props, 'keywords');
  return {
    headline: text(first(props, 'headline', 'name')),
    url: first(props, 'url', 'mainEntityOfPage'),
    excerpt: text(first(props, 'description')),
    image: (props.get('image') ?? []).map(imageOf).find(Boolean),
    authors: (props.get('author') ?? props.get('creator') ?? []).flatMap(authorOf),
    published: first(props, 'datePublished', 'dateCreated', 'uploadDate'),
    modified: first(props, 'dateModified'),
    publisher: publisherProps
      ? { name: text(first(publisherProps, 'name')), url: first(publisherProps, 'url') }
      : publisher
        ? text(value(publisher))
        : undefined,
    section: text(first(props, 'articleSection')),
    tags: keywords
      ? keywords
          .split(',')
          .map(text)
          .filter((k): k is string => k !== undefined)
      : undefined,
    lang: first(props, 'inLanguage'),
  };
}
