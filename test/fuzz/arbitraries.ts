/**
 * fast-check generators for the fuzzers: strings that mix ordinary text with the pieces attacks
 * are made of, HTML trees built from dangerous tags and attributes, article-shaped objects and
 * documents in every format. Keys like `__proto__` appear as own keys (as JSON.parse makes them).
 */
import fc from 'fast-check';

// CI passes a fixed seed (FC_SEED, injected by web-test-runner.config.js), so a run can be
// replayed exactly and main does not go red by the luck of the draw; locally every run explores
// new inputs, and a failure prints the seed that reproduces it.
const seed = (globalThis as { __FC_SEED__?: number }).__FC_SEED__;
if (typeof seed === 'number' && Number.isFinite(seed)) fc.configureGlobal({ seed });

// `npm run fuzz` multiplies every property's runs (and its time limit) by FUZZ_SCALE, 10 by default.
const scale = (globalThis as { __FC_RUNS_SCALE__?: number }).__FC_RUNS_SCALE__ ?? 1;
/** The number of runs for a property: `n` in the suite, more under `npm run fuzz`. */
export const runs = (n: number): number => Math.round(n * scale);
/** A property's time limit, scaled like its runs. */
export const timeLimit = (ms: number): number => Math.round(ms * scale);

/** Fragments that attacks are made of (written for this project). */
const PIECES = [
  '<',
  '>',
  '"',
  "'",
  '`',
  '&',
  '&#',
  '&lt;',
  '&#x3C;',
  '&colon;',
  '&Tab;',
  '=',
  '/',
  '\\',
  '\u0000',
  '\t',
  '\n',
  '\u2028',
  '\u202e',
  '\ufeff',
  'javascript:',
  'JaVaScRiPt:',
  'java\tscript:',
  'data:text/html,',
  'vbscript:',
  'mailto:',
  'https://',
  'http://',
  '//',
  'https://a@b.example/',
  '<img src=x onerror=__xss()>',
  '<script>__xss()</script>',
  '<svg onload=__xss()>',
  '</style>',
  '</textarea>',
  '</noscript>',
  '<!--',
  '-->',
  '<math><mtext>',
  '<table>',
  '<template>',
  '{{7*7}}',
  '${__xss()}',
  '__proto__',
  'constructor',
  'prototype',
  '{n}',
  '{headline}',
  'onerror=',
  'onclick=',
  'style=',
  'position:fixed',
  'srcset=',
  ' 1x, ',
  '<form>',
  '<base href=//evil.example/>',
  '<dialog open>',
  // Lone UTF-16 surrogates (encodeURIComponent throws on them) and a well-formed pair.
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\uD83D',
  '\uDE00',
  '\uD83C\uDF0A',
  // Bidirectional controls: marks, embeddings, overrides and isolates.
  '\u200E',
  '\u200F',
  '\u061C',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  // Zero-width and other invisible characters.
  '\u200B',
  '\u200D',
  '\u00AD',
  '\uFFFE',
  '\uFFFF',
];

/** One token far longer than any field expects: a word with no break, or a URL. */
export const longToken: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('a', 'ث', '\u{1F30A}', '-', '%', '\uD800'),
    fc.integer({ min: 300, max: 20_000 }),
    fc.constantFrom('', 'https://long.example/'),
  )
  .map(([unit, n, prefix]) => prefix + unit.repeat(n));

/** A string that is plain text, a piece of an attack, a URL, or a mix of them. */
export const nasty: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 30 }),
  // Any UTF-16 code units, lone surrogates and NUL included.
  fc.string({ unit: 'binary', maxLength: 12 }),
  longToken,
  fc.constantFrom(...PIECES),
  fc.webUrl(),
  fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 6 })
    .map((parts) => parts.join('')),
);

const TAGS = [
  'p',
  'a',
  'img',
  'div',
  'span',
  'em',
  'ul',
  'li',
  'h2',
  'blockquote',
  'figure',
  'figcaption',
  'table',
  'tr',
  'td',
  'caption',
  'svg',
  'math',
  'mtext',
  'mglyph',
  'foreignObject',
  'desc',
  'style',
  'script',
  'iframe',
  'template',
  'noscript',
  'noembed',
  'textarea',
  'title',
  'xmp',
  'listing',
  'select',
  'option',
  'form',
  'input',
  'button',
  'details',
  'summary',
  'video',
  'picture',
  'source',
  'base',
  'meta',
  'link',
  'dialog',
  'object',
  'embed',
  'map',
  'area',
  'slot',
  'article-card',
  'xss-x',
];
const ATTRIBUTES = [
  'href',
  'src',
  'srcset',
  'poster',
  'cite',
  'action',
  'formaction',
  'xlink:href',
  'onerror',
  'onclick',
  'onload',
  'onfocus',
  'style',
  'class',
  'id',
  'name',
  'popover',
  'popovertarget',
  'tabindex',
  'autofocus',
  'ping',
  'download',
  'target',
  'rel',
  'title',
  'alt',
  'is',
  'slot',
  'part',
  'data-x',
  'aria-label',
  'usemap',
  'shadowrootmode',
  'open',
  'http-equiv',
  'content',
];

const quote = (value: string) => value.replace(/"/g, '&quot;');

/** HTML built from dangerous tags, attributes and values; sometimes badly formed on purpose. */
const tree: fc.Arbitrary<string> = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, nasty, tie('element')),
  element: fc
    .record({
      tag: fc.constantFrom(...TAGS),
      attributes: fc.array(fc.tuple(fc.constantFrom(...ATTRIBUTES), nasty, fc.boolean()), { maxLength: 4 }),
      children: fc.array(tie('node'), { maxLength: 4 }),
      closed: fc.boolean(),
    })
    .map(({ tag, attributes, children, closed }) => {
      // Half the values stay unescaped, so a quote in them breaks out of the attribute.
      const attrs = attributes.map(([name, value, escape]) => ` ${name}="${escape ? quote(value) : value}"`).join('');
      return `<${tag}${attrs}>${children.join('')}${closed ? `</${tag}>` : ''}`;
    }),
})).node;

/** One element nested 1 to 400 deep (the body limit is 100), closed or not. */
const deep: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('div', 'b', 'blockquote', 'li', 'span', 'table', 'a', 'svg', 'details'),
    fc.integer({ min: 1, max: 400 }),
    fc.boolean(),
    nasty,
  )
  .map(([tag, depth, closed, text]) => `<${tag}>`.repeat(depth) + text + (closed ? `</${tag}>`.repeat(depth) : ''));

/** Markup with no content at all. */
const empty: fc.Arbitrary<string> = fc.constantFrom(
  '',
  ' ',
  '\n',
  '<p></p>',
  '<div><span></span></div>',
  '<br>',
  '<img>',
  '<!---->',
  '<p>\u200B</p>',
);

/**
 * Markup that sanitizes to nothing: only forbidden elements, comments, or a document without a
 * body (DOMPurify answers null for a <frameset> page).
 */
export const sanitizesToNothing: fc.Arbitrary<string> = fc.constantFrom(
  '<frameset><frame src="https://frames.example/"></frameset>',
  '<html><head><title>t</title></head><frameset cols="50%,50%"><frame><frame></frameset></html>',
  '<script>__xss()</script>',
  '<style>p { color: red }</style>',
  '<template><p>inert</p></template>',
  '<noscript><p>no script</p></noscript>',
  '<!-- a comment -->',
  '\u0000',
  '<svg><script>__xss()</script></svg>',
  '<iframe srcdoc="&lt;script&gt;__xss()&lt;/script&gt;"></iframe>',
  '<form><input name="q"></form>',
);

/** Article HTML: mostly random trees, also very deep, empty, and nothing-after-sanitizing bodies. */
export const html: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: tree, weight: 6 },
  { arbitrary: deep, weight: 1 },
  { arbitrary: empty, weight: 1 },
  { arbitrary: sanitizesToNothing, weight: 1 },
);

const value: fc.Arbitrary<unknown> = fc.oneof(
  nasty,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(nasty, { maxLength: 3 }),
);

/** Objects shaped like the native Article schema, with hostile or wrongly typed fields. */
export const articleLike: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    headline: fc.oneof(nasty, value),
    url: fc.oneof(nasty, value),
    excerpt: fc.oneof(nasty, value),
    body: fc.oneof(html, value),
    image: fc.oneof(nasty, fc.record({ url: nasty, alt: fc.oneof(nasty, value), width: value, height: value }), value),
    authors: fc.oneof(nasty, fc.array(fc.oneof(nasty, fc.record({ name: nasty, url: nasty, image: nasty })), { maxLength: 3 }), value),
    published: fc.oneof(
      nasty,
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      value,
    ),
    modified: fc.oneof(nasty, value),
    publisher: fc.oneof(nasty, fc.record({ name: nasty, url: nasty, logo: nasty }), value),
    section: fc.oneof(nasty, value),
    tags: fc.oneof(fc.array(nasty, { maxLength: 4 }), value),
    lang: fc.oneof(nasty, fc.constantFrom('en', 'fr-CA', 'ar', 'zz-Latn-001', 'x-'), value),
    dir: fc.oneof(fc.constantFrom('ltr', 'rtl', 'auto'), nasty),
    comments: fc.oneof(fc.record({ url: nasty, count: value }), value),
    menu: fc.oneof(fc.array(fc.record({ label: nasty, url: nasty }), { maxLength: 3 }), value),
  },
  { requiredKeys: [] },
);

/** Anything at all, including objects with `__proto__`/`constructor` as own keys. */
export const anything: fc.Arbitrary<unknown> = fc.anything({
  key: fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'headline', 'body', 'url', 'toString'),
  ),
  maxDepth: 3,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withSparseArray: true,
});

/** Text as publishers' documents carry it: entities (once or twice encoded), markup, bylines. */
export const encodedText: fc.Arbitrary<string> = fc.oneof(
  nasty,
  fc
    .array(
      fc.oneof(
        fc.constantFrom(
          '&amp;',
          '&amp;amp;',
          '&#039;',
          '&#x2019;',
          '&mdash;',
          '&nbsp;',
          '&eacute;',
          '&#146;',
          '&#0;',
          '&#xD800;',
          '&lt;b&gt;',
        ),
        fc.constantFrom(
          '&madeup;',
          '&amp',
          '&copy2026',
          '<p>',
          '</p>',
          '<br>',
          '<a href="x>y">',
          '<script>',
          '</script>',
          '<!--',
          '<',
          '>',
        ),
        fc.constantFrom('By ', 'Por ', 'Von ', ' | Site', 'https://news.example/author/x/'),
        fc.string({ maxLength: 6 }),
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join('')),
);

const schemaType = fc.oneof(
  fc.constantFrom('NewsArticle', 'Report', 'LiveBlogPosting', 'Review', 'SocialMediaPosting', 'WebPage', 'VideoObject', 'Person'),
  fc.constantFrom('https://schema.org/NewsArticle', 'schema:BlogPosting', 'Thing'),
  fc.array(fc.constantFrom('Article', 'ReportageNewsArticle', 'Thing', 'WebPage'), { maxLength: 3 }),
  value,
);
const ref = fc.constantFrom('#org', '#logo', '#person', '#webpage', 'https://news.example/#missing').map((id) => ({ '@id': id }));
const schemaImage = fc.oneof(
  nasty,
  ref,
  fc.record(
    {
      '@type': fc.constant('ImageObject'),
      url: nasty,
      contentUrl: nasty,
      width: fc.oneof(value, fc.constant('1200px')),
      height: value,
      caption: encodedText,
    },
    { requiredKeys: [] },
  ),
  fc.array(fc.oneof(nasty, ref, fc.record({ url: nasty, width: value, height: value })), { maxLength: 4 }),
);
const schemaPerson = fc.oneof(
  encodedText,
  ref,
  fc.record(
    {
      '@type': fc.constantFrom('Person', 'Organization'),
      name: fc.oneof(encodedText, fc.array(encodedText, { maxLength: 3 }), value),
      url: nasty,
      sameAs: fc.oneof(nasty, fc.array(nasty)),
    },
    { requiredKeys: [] },
  ),
);

/** A schema.org article as publishers write it: type arrays, every author and image shape, an `@graph` of references. */
export const schemaArticle: fc.Arbitrary<Record<string, unknown>> = fc
  .record(
    {
      '@type': schemaType,
      headline: encodedText,
      name: encodedText,
      description: encodedText,
      articleSection: fc.oneof(encodedText, fc.array(encodedText, { maxLength: 3 })),
      keywords: fc.oneof(encodedText, fc.array(fc.oneof(encodedText, value), { maxLength: 4 })),
      url: nasty,
      mainEntityOfPage: fc.oneof(
        nasty,
        ref,
        fc.record({ '@type': fc.constant('WebPage'), '@id': nasty, url: nasty }, { requiredKeys: [] }),
      ),
      author: fc.oneof(schemaPerson, fc.array(schemaPerson, { maxLength: 4 })),
      image: schemaImage,
      publisher: fc.oneof(
        ref,
        fc.record({ '@type': fc.constant('Organization'), name: encodedText, logo: schemaImage }, { requiredKeys: [] }),
        value,
      ),
      datePublished: fc.oneof(
        nasty,
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      ),
      dateCreated: nasty,
      uploadDate: nasty,
      articleBody: nasty,
    },
    { requiredKeys: [] },
  )
  .chain((article) =>
    fc.oneof(
      fc.constant<Record<string, unknown>>({ '@context': 'https://schema.org', ...article }),
      fc
        .array(
          fc.record(
            {
              '@id': fc.constantFrom('#org', '#logo', '#person', '#webpage'),
              '@type': schemaType,
              name: encodedText,
              url: nasty,
              logo: schemaImage,
            },
            { requiredKeys: [] },
          ),
          { maxLength: 4 },
        )
        .map((nodes) => ({ '@context': 'https://schema.org', '@graph': [...nodes, article] })),
    ),
  );

/** An oEmbed answer, with or without a title (social posts have none). */
export const oembedDocument: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    type: fc.constantFrom('rich', 'link', 'photo', 'video'),
    version: fc.constant('1.0'),
    title: encodedText,
    html: fc.oneof(html, encodedText),
    url: nasty,
    author_name: encodedText,
    author_url: nasty,
    provider_name: encodedText,
    thumbnail_url: nasty,
  },
  { requiredKeys: ['type', 'version'] },
);

/** JSON text of a document in one of the formats a `src` may return, with hostile leaves. */
export const jsonDocument: fc.Arbitrary<string> = fc.oneof(
  articleLike.map((a) => JSON.stringify(a)),
  fc
    .record(
      {
        id: value,
        link: nasty,
        title: fc.record({ rendered: nasty }),
        content: fc.record({ rendered: html, protected: fc.boolean() }),
        excerpt: fc.record({ rendered: html }),
        date_gmt: nasty,
        _embedded: fc.record({
          author: fc.array(fc.record({ name: nasty, link: nasty, avatar_urls: fc.dictionary(fc.constantFrom('24', '96', 'x'), nasty) })),
        }),
      },
      { requiredKeys: ['title'] },
    )
    .map((d) => JSON.stringify(d)),
  fc
    .record({
      version: fc.constantFrom('https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1'),
      title: nasty,
      items: fc.array(
        fc.record(
          {
            id: nasty,
            title: nasty,
            url: nasty,
            content_html: html,
            content_text: nasty,
            image: nasty,
            authors: fc.array(fc.record({ name: nasty, url: nasty, avatar: nasty })),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 3 },
      ),
    })
    .map((d) => JSON.stringify(d)),
  oembedDocument.map((d) => JSON.stringify(d)),
  schemaArticle.map((d) => JSON.stringify(d)),
  anything.map((a) => {
    try {
      return JSON.stringify(a) ?? 'null';
    } catch {
      return '{}';
    }
  }),
  fc.json(),
  // Own "__proto__" keys exactly as a hostile server would send them.
  fc
    .tuple(nasty, html)
    .map(([name, body]) => `{"__proto__":{"polluted":1},"headline":${JSON.stringify(name)},"body":${JSON.stringify(body)}}`),
);

/** An HTML page, as a `src` might return, with hostile meta tags, JSON-LD and article markup. */
const classicPage: fc.Arbitrary<string> = fc
  .record({ title: nasty, og: nasty, ld: jsonDocument, article: html, head: html })
  .map(
    ({ title, og, ld, article, head }) =>
      `<!doctype html><html><head><title>${title}</title><meta property="og:title" content="${og}"><script type="application/ld+json">${ld}</script>${head}</head><body><article>${article}</article></body></html>`,
  );

const attr = (s: string) => s.replace(/"/g, '&quot;');
const metaName = fc.constantFrom(
  'og:article:published_time',
  'article:published_time',
  'article:author',
  'date',
  'author',
  'parsely-title',
  'parsely-author',
  'parsely-pub-date',
  'sailthru.tags',
  'sailthru.image.full',
  'og:image',
  'twitter:image',
  'og:url',
  'keywords',
);

/** A page without JSON-LD: microdata, older meta tags, <time pubdate>, canonical and icon links, in any mix. */
const olderPage: fc.Arbitrary<string> = fc
  .record({
    metas: fc.array(fc.tuple(fc.constantFrom('name', 'property'), metaName, encodedText), { maxLength: 8 }),
    canonical: nasty,
    icon: nasty,
    headline: encodedText,
    author: encodedText,
    date: nasty,
    image: nasty,
    nested: fc.boolean(),
    body: html,
  })
  .map(({ metas, canonical, icon, headline, author, date, image, nested, body }) => {
    const head = metas.map(([kind, key, content]) => `<meta ${kind}="${key}" content="${attr(content)}">`).join('');
    const person = nested
      ? `<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">${author}</span></span>`
      : `<span itemprop="author">${author}</span>`;
    return `<!doctype html><html><head><link rel="canonical" href="${attr(canonical)}"><link rel="icon" href="${attr(icon)}">${head}</head><body>
<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">${headline}</h1>${person}
<time pubdate datetime="${attr(date)}">${date}</time><img itemprop="image" src="${attr(image)}">
<div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">x</span></div><div itemprop="articleBody">${body}</div></article></body></html>`;
  });

export const htmlDocument: fc.Arbitrary<string> = fc.oneof(classicPage, olderPage);
