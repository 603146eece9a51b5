/**
 * Sample documents the test upstream serves: invented articles in the shapes publishers
 * produce (an HTML page with a JSON-LD `@graph`, an Open Graph page, an old windows-1252 page,
 * native JSON, a JSON Feed, an oEmbed answer, a WordPress post), in several languages, one
 * right-to-left. None of them sends CORS headers.
 */

/** A Persian (right-to-left) article page: JSON-LD `@graph`, scripts and handlers that must never run. */
export const PAGE_FA = `<!doctype html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<title>بازگشایی کتابخانه‌ی شهر پس از مرمت – روزنامه‌ی کرانه</title>
<link rel="canonical" href="https://karaneh.example/1405/02/library/">
<meta property="og:site_name" content="روزنامه‌ی کرانه">
<script>window.__ran = true</script>
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
 {"@type":"Organization","@id":"https://karaneh.example/#org","name":"روزنامه‌ی کرانه","url":"https://karaneh.example/"},
 {"@type":"Person","@id":"https://karaneh.example/#/person/sara","name":"سارا نیک‌نام","url":"https://karaneh.example/author/sara/"},
 {"@type":"NewsArticle","headline":"بازگشایی کتابخانه‌ی شهر پس از مرمت","datePublished":"2026-04-21T08:30:00+03:30",
  "author":{"@id":"https://karaneh.example/#/person/sara"},"publisher":{"@id":"https://karaneh.example/#org"},
  "image":{"@type":"ImageObject","url":"/images/library.jpg","width":1200,"height":675},"articleSection":"فرهنگ"}
]}
</script>
</head>
<body>
<header><nav><a href="/">خانه</a></nav></header>
<main><article>
<h1>بازگشایی کتابخانه‌ی شهر پس از مرمت</h1>
<p>کتابخانه‌ی مرکزی پس از دو سال مرمت دوباره <a href="/tag/library/">درهایش</a> را باز کرد.</p>
<p><img src="/images/hall.jpg" alt="تالار مطالعه" onerror="window.__ran = true"></p>
</article></main>
</body>
</html>`;

/** A Portuguese page with Open Graph tags only (no JSON-LD). */
export const PAGE_PT = `<!DOCTYPE html>
<html lang="pt-BR">
<head>
<meta charset="utf-8">
<title>Feira de livros ocupa o cais | Gazeta do Porto</title>
<meta property="og:title" content="Feira de livros ocupa o cais &amp; a praça">
<meta property="og:description" content="Mais de cem editoras montam bancas à beira do rio.">
<meta property="og:site_name" content="Gazeta do Porto">
<meta property="og:image" content="https://gazeta.example/img/feira.jpg">
<meta name="author" content="Rui Teixeira">
<meta property="article:published_time" content="2026-05-03T10:00:00Z">
</head>
<body><article><h1>Feira de livros ocupa o cais</h1><p>A feira vai até domingo.</p></article></body>
</html>`;

/**
 * A page whose text fields carry markup and quotes: they must stay text everywhere (oEmbed's
 * `html` too). Markup in a meta tag is removed (sources read meta content as text, #13); the
 * title's "<script>" is encoded twice, so it is the text "<script>", which must come out escaped.
 */
export const PAGE_HOSTILE = `<!doctype html><html lang="en"><head>
<meta property="og:title" content="Quotes &quot;here&quot; &amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; &amp; more">
<meta property="og:site_name" content="The &lt;b&gt;Bold&lt;/b&gt; Ledger">
</head><body><article><p>Text.</p></article></body></html>`;

/** A French page, sent as windows-1252 bytes with the charset only in Content-Type. */
export const PAGE_LATIN1 = `<!doctype html><html lang="fr"><head><title>Le marché de Noël ouvre ses portes</title>
<meta property="og:title" content="Le marché de Noël ouvre ses portes – « déjà » complet"></head>
<body><article><p>Crêpes, café et châtaignes grillées.</p></article></body></html>`;

/** Native Article JSON (Japanese), with a relative image URL. */
export const NATIVE = {
  headline: '港の灯台、百年ぶりに一般公開',
  url: 'https://minato.example/2026/06/lighthouse/',
  excerpt: '修復を終えた灯台が週末に公開される。',
  body: '<p>見学は予約制です。</p><script>window.__ran = true</script>',
  image: { url: '/img/lighthouse.jpg', alt: '夕暮れの灯台', width: 1200, height: 800 },
  authors: [{ name: '佐藤 花子', url: 'https://minato.example/authors/sato/' }],
  published: '2026-06-01T00:00:00+09:00',
  lang: 'ja',
  tags: ['灯台', '観光'],
};

/** A JSON Feed 1.1 with two items (German). */
export const FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Hafenbote',
  home_page_url: 'https://hafenbote.example/',
  language: 'de',
  items: [
    {
      id: 'fähre-2026',
      url: 'https://hafenbote.example/2026/fähre/',
      title: 'Neue Fähre verbindet die Inseln',
      content_html: '<p>Ab Juli fährt sie stündlich.</p>',
      date_published: '2026-06-10T07:00:00Z',
      authors: [{ name: 'Jonas Weber' }],
    },
    {
      id: 'markt-2026',
      url: 'https://hafenbote.example/2026/markt/',
      title: 'Fischmarkt zieht um',
      content_html: '<p>Der Markt öffnet künftig am Kai 3.</p>',
      date_published: '2026-06-09T07:00:00Z',
    },
  ],
};

/** An oEmbed `rich` answer (French). */
export const OEMBED = {
  version: '1.0',
  type: 'rich',
  title: 'La criée reprend vie',
  author_name: 'Camille Martin',
  author_url: 'https://lecourrier.example/auteurs/camille/',
  provider_name: 'Le Courrier du Port',
  provider_url: 'https://lecourrier.example/',
  thumbnail_url: 'https://lecourrier.example/img/criee.jpg',
  thumbnail_width: 640,
  thumbnail_height: 360,
  html: '<blockquote><p>La criée reprend vie</p></blockquote><iframe src="https://lecourrier.example/embed/1"></iframe>',
  width: 600,
  height: 338,
};

/** A WordPress REST post (Spanish), with an entity-encoded title. */
export const WORDPRESS = {
  id: 4321,
  date_gmt: '2026-06-05T09:15:00',
  link: 'https://eldiario.example/2026/06/faro/',
  title: { rendered: 'El faro &#8220;vuelve&#8221; a brillar' },
  content: { rendered: '<p>Tras la restauración, el faro luce de nuevo.</p>', protected: false },
  excerpt: { rendered: '<p>Tras la restauración&#8230;</p>' },
  comment_status: 'closed',
  _embedded: { author: [{ name: 'Lucía Gómez', link: 'https://eldiario.example/autor/lucia/' }] },
};

/** Valid JSON that is no article. */
export const NO_HEADLINE = { title: 'Not an article', items: 3 };
