// Sample articles for the React example (invented; the outlets live on .example domains).
import type { ArticleInput } from 'article-embed';

export const articles: ArticleInput[] = [
  {
    headline: 'Rooftop beehives return to the old tram depot',
    url: 'https://riverside-gazette.example/2026/05/rooftop-beehives/',
    excerpt: 'Six hives and a wildflower strip now sit above the depot that closed in 1998.',
    body: '<p>Six hives now sit on the roof of the old tram depot, tended by a club of twelve volunteers.</p><p>The first honey is expected in late August.</p>',
    authors: [{ name: 'Priya Nandakumar' }],
    published: '2026-05-02T08:15:00Z',
    publisher: { name: 'Riverside Gazette', url: 'https://riverside-gazette.example/' },
    section: 'City',
    lang: 'en',
    comments: { url: 'https://riverside-gazette.example/2026/05/rooftop-beehives/#respond', count: 4 },
  },
  {
    headline: 'La biblioteca del barrio abre de noche durante los exámenes',
    url: 'https://diario-del-puerto.example/2026/06/biblioteca-nocturna/',
    excerpt: 'Hasta el 30 de junio, la sala de estudio cierra a la una de la madrugada.',
    body: '<p>La sala de estudio de la biblioteca municipal abrirá hasta la una de la madrugada durante junio.</p>',
    authors: [{ name: 'Lucía Ferrer' }],
    published: '2026-06-01T10:00:00Z',
    publisher: { name: 'Diario del Puerto', url: 'https://diario-del-puerto.example/' },
    section: 'Educación',
    lang: 'es',
  },
  {
    headline: 'שוק האיכרים עובר לכיכר החדשה בסוף השבוע',
    url: 'https://hadashot-hair.example/2026/07/shuk-haikarim/',
    excerpt: 'שלושים דוכנים של חקלאים מהאזור יפתחו ביום שישי בבוקר.',
    body: '<p>שוק האיכרים ייפתח מעתה בכיכר החדשה, ליד תחנת הרכבת הקלה.</p>',
    authors: [{ name: 'נועה ברק' }],
    published: '2026-07-10T06:30:00Z',
    publisher: { name: 'חדשות העיר', url: 'https://hadashot-hair.example/' },
    section: 'קהילה',
    lang: 'he',
    dir: 'rtl',
  },
];
