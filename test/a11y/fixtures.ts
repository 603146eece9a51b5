/** Sample articles and a fixture helper shared by the accessibility and theming tests. */
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { settled } from '../helpers.js';

export const ferries = {
  headline: 'Night ferries return to the northern fjord after a decade',
  url: 'https://ledger.example/2026/03/night-ferries-return/',
  excerpt: 'The county council votes to fund a late crossing between Vik and Strand.',
  body: '<p>For the first time since 2016, a ferry will cross the fjord after dark, with a <a href="https://ledger.example/timetable/">new timetable</a>.</p><blockquote><p>“Now she can come home the same night.”</p></blockquote><h3>A smaller boat</h3><ul><li>23:10 from Vik</li><li>23:40 from Strand</li></ul>',
  image: { url: '/demo/images/ferry.svg', alt: 'A lit ferry crossing a dark fjord', width: 1200, height: 630 },
  authors: [
    { name: 'Ingrid Solberg', url: 'https://ledger.example/a/ingrid', image: '/demo/images/avatar-ingrid.svg' },
    { name: 'Tomás Reyes', image: '/demo/images/avatar-tomas.svg' },
  ],
  published: '2026-03-14T07:12:00Z',
  modified: '2026-03-15T09:30:00Z',
  publisher: { name: 'The Harbour Ledger', url: 'https://ledger.example/' },
  section: 'Local',
  tags: ['transport', 'fjord'],
  lang: 'en',
  comments: { url: 'https://ledger.example/2026/03/night-ferries-return/#respond', count: 3 },
  menu: [
    { label: 'Home', url: 'https://ledger.example/' },
    { label: 'Local', url: 'https://ledger.example/local/' },
    { label: 'Culture', url: 'https://ledger.example/culture/' },
  ],
};

export const library = {
  headline: 'حافلة المكتبة المتنقلة تصل إلى قرى الواحة',
  url: 'https://wahat.example/2026/09/mobile-library/',
  excerpt: 'أكثر من ألفي كتاب للأطفال والكبار في جولة أسبوعية على سبع قرى.',
  body: '<p>بدأت حافلة مكتبة متنقلة جولتها الأسبوعية على سبع قرى في الواحة، ويقودها Karim Haddad.</p><p>وقال أمين المكتبة إن الإعارة مجانية.</p>',
  image: { url: '/demo/images/library.svg', alt: 'حافلة زرقاء محمّلة بالكتب بجانب نخلة', width: 800, height: 500 },
  authors: [{ name: 'ليلى المنصوري', url: 'https://wahat.example/a/layla' }, { name: 'Sam Carter' }],
  published: '2026-09-08T08:00:00Z',
  publisher: { name: 'صحيفة الواحات', url: 'https://wahat.example/' },
  section: 'ثقافة',
  tags: ['مكتبات'],
  lang: 'ar',
  comments: { url: 'https://wahat.example/2026/09/mobile-library/#comments', count: 12 },
  menu: [
    { label: 'الرئيسية', url: 'https://wahat.example/' },
    { label: 'ثقافة', url: 'https://wahat.example/culture/' },
  ],
};

/** A fixture whose nested elements have all rendered. */
export async function render<T extends Element>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await settled(el);
  return el;
}

/** Replaces `fetch` with one that never answers, so a card stays in its loading state. */
export function stallFetch(): () => void {
  const original = window.fetch;
  window.fetch = () => new Promise<Response>(() => {});
  return () => {
    window.fetch = original;
  };
}
