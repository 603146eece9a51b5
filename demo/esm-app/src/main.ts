// The plain-ESM example ("npm app"): what an app bundles when it installs article-embed.
// Imports go through the package's exports map, exactly as in an app's node_modules.
import 'article-embed/article-card-define.js';
import { ArticleCard } from 'article-embed/article-card.js';
import { registerStrings, type Article } from 'article-embed';

// A site may retitle a UI string in its own words.
registerStrings('en', { leaveReply: 'Join the discussion' });

const stories = [
  {
    headline: 'Le tramway de nuit prolongé jusqu’au port',
    url: 'https://echo-des-quais.example/2026/04/tram-de-nuit/',
    excerpt: 'À partir de mai, la ligne 3 roulera jusqu’à 2 h du matin le week-end.',
    body: '<p>La ligne 3 du tramway desservira le port jusqu’à deux heures du matin, les vendredis et samedis.</p>',
    authors: [{ name: 'Camille Roux' }],
    published: '2026-04-18T09:00:00Z',
    publisher: { name: 'L’Écho des quais', url: 'https://echo-des-quais.example/' },
    lang: 'fr',
  },
  {
    headline: 'مكتبة الحي تفتح أبوابها مساءً طوال شهر الامتحانات',
    url: 'https://sawt-almadina.example/2026/06/maktaba/',
    excerpt: 'تبقى قاعة المطالعة مفتوحة حتى منتصف الليل.',
    body: '<p>أعلنت البلدية أن قاعة المطالعة ستبقى مفتوحة حتى منتصف الليل طوال شهر حزيران.</p>',
    authors: [{ name: 'ليلى حداد' }],
    published: '2026-06-03T17:00:00Z',
    publisher: { name: 'صوت المدينة', url: 'https://sawt-almadina.example/' },
    lang: 'ar',
    dir: 'rtl',
  },
  {
    headline: 'Community garden wins the city’s green award',
    url: 'https://northside-post.example/2026/09/garden-award/',
    body: '<p>The garden on Alder Street, built on a former car park, took this year’s award.</p>',
    authors: [{ name: 'Tomás Okafor' }],
    published: '2026-09-12T12:00:00Z',
    comments: { url: 'https://northside-post.example/2026/09/garden-award/#respond', count: 0 },
    lang: 'en',
  },
];

/** Renders one card per story into `container`; resolves with the articles as the cards loaded them. */
export function mount(container: Element): Promise<Article[]> {
  const loads = stories.map((story) => {
    const card = document.createElement('article-card'); // typed: an ArticleCard
    card.layout = 'summary';
    card.share = 'copy';
    card.article = story;
    container.append(card);
    return new Promise<Article>((resolve) => {
      // `event` is an ArticleLoadEvent: `detail.article` is typed.
      card.addEventListener('article-load', (event) => resolve(event.detail.article), { once: true });
    });
  });
  return Promise.all(loads);
}

// The class is exported too, for `instanceof` checks or subclassing.
export const isCard = (node: unknown): node is ArticleCard => node instanceof ArticleCard;

const page = document.getElementById('app');
if (page) {
  void mount(page).then((loaded) => {
    const status = document.getElementById('status');
    if (status) status.textContent = `${loaded.length} articles loaded.`;
  });
}
