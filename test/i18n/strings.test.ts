import { expect, fixture, html } from '@open-wc/testing';
import { t, registerStrings, directionOf, type StringKey, type UiString } from '../../src/i18n/strings.js';
import { en } from '../../src/i18n/locales/en.js';
import { ar } from '../../src/i18n/locales/ar.js';
import { de } from '../../src/i18n/locales/de.js';
import { es } from '../../src/i18n/locales/es.js';
import { fa } from '../../src/i18n/locales/fa.js';
import { fr } from '../../src/i18n/locales/fr.js';
import { he } from '../../src/i18n/locales/he.js';
import { it as italian } from '../../src/i18n/locales/it.js';
import { pt } from '../../src/i18n/locales/pt.js';
import { tr } from '../../src/i18n/locales/tr.js';
import '../../src/components/article-share/article-share.define.js';
import { $, textOf } from '../helpers.js';

const KEYS = Object.keys(en) as StringKey[];
const TABLES: Record<string, Record<StringKey, UiString>> = { en, ar, de, es, fa, fr, he, it: italian, pt, tr };
const placeholders = (value: UiString) =>
  [...new Set((typeof value === 'string' ? [value] : Object.values(value)).join(' ').match(/\{\w+\}/g) ?? [])].sort();

describe('UI strings', () => {
  it('has tables for en, ar, de, es, fa, fr, he, it, pt and tr', () => {
    expect(Object.keys(TABLES)).to.have.length(10);
  });

  for (const [lang, table] of Object.entries(TABLES)) {
    describe(lang, () => {
      it('translates every key, and nothing else', () => {
        expect(Object.keys(table).sort()).to.deep.equal([...KEYS].sort());
        for (const key of KEYS) {
          const value = table[key];
          const forms = typeof value === 'string' ? [value] : Object.values(value);
          expect(
            forms.every((form) => typeof form === 'string' && form.trim() !== ''),
            `${lang}.${key}`,
          ).to.equal(true);
        }
      });

      it('keeps the placeholders of the English strings', () => {
        for (const key of KEYS) {
          // A plural form may spell the number out ("تعليقان"), so {n} may be dropped from some forms.
          const expected = placeholders(en[key]).filter((p) => p !== '{n}');
          expect(
            placeholders(table[key]).filter((p) => p !== '{n}'),
            `${lang}.${key}`,
          ).to.deep.equal(expected);
        }
      });

      it('gives plural forms exactly for the categories the language has', () => {
        const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.slice().sort();
        for (const key of KEYS) {
          const value = table[key];
          if (typeof value === 'string') continue;
          expect(Object.keys(value).sort(), `${lang}.${key}`).to.deep.equal(categories);
        }
      });

      it('puts the e-mail link’s visible label inside its accessible name (WCAG 2.5.3)', () => {
        expect(String(table.shareByEmail).toLocaleLowerCase(lang)).to.contain(String(table.email).toLocaleLowerCase(lang));
      });

      it('begins the accessible name of "Read more" with its visible words (WCAG 2.5.3)', () => {
        // The card shows the start and hides the rest, so the visible words must begin the name.
        expect(t(lang, 'readMoreAbout', { headline: 'H' }).startsWith(t(lang, 'readMore'))).to.equal(true);
      });
    });
  }

  it('picks plural forms with Intl.PluralRules and formats the number for the language', () => {
    expect(t('en', 'comments', { n: 1 })).to.equal('1 Comment');
    expect(t('en', 'comments', { n: 1200 })).to.equal('1,200 Comments');
    expect(t('fr', 'comments', { n: 2 })).to.equal('2 commentaires');
    expect(t('fr', 'comments', { n: 1_000_000 })).to.equal('1\u202f000\u202f000 de commentaires');
    expect(t('de', 'comments', { n: 1200 })).to.equal('1.200 Kommentare');
    expect(t('ar', 'comments', { n: 2 })).to.equal('تعليقان');
    // Which digits a language uses by default is the engine's call (Chromium writes Arabic with 0-9).
    const digits = (lang: string, n: number) => new Intl.NumberFormat(lang).format(n);
    expect(t('ar', 'comments', { n: 3 })).to.equal(`${digits('ar', 3)} تعليقات`);
    expect(t('ar', 'comments', { n: 11 })).to.equal(`${digits('ar', 11)} تعليقًا`);
    expect(t('he', 'comments', { n: 1 })).to.equal('תגובה אחת');
    expect(t('he', 'readingTime', { n: 5 })).to.equal('5 דקות קריאה');
    expect(t('fa', 'readingTime', { n: 4 })).to.equal(`${digits('fa', 4)} دقیقه مطالعه`);
    expect(t('tr', 'comments', { n: 3 })).to.equal('3 yorum');
    // Small counts in languages written with 0-9 skip NumberFormat; the output must not differ.
    for (const lang of ['en', 'de', 'es', 'fr', 'it', 'pt', 'tr', 'he', 'pt-BR', 'en-u-nu-arab', 'fr-u-nu-thai']) {
      for (const n of [0, 1, 7, 42, 999, 1000, 12345]) {
        const forms = TABLES[lang.split('-')[0]!]!.readingTime;
        const template = typeof forms === 'string' ? forms : (forms[new Intl.PluralRules(lang).select(n)] ?? forms.other);
        expect(t(lang, 'readingTime', { n }), `${lang} ${n}`).to.equal(template.replace('{n}', digits(lang, n)));
      }
    }
  });

  it('falls back from a regional tag to its language, and from an unknown language to English', () => {
    expect(t('fr-CA', 'readMore')).to.equal('Lire la suite');
    expect(t('PT-br', 'share')).to.equal('Compartilhar');
    expect(t('sv', 'readMore')).to.equal('Read more');
    expect(t('not a tag!', 'readMore')).to.equal('Read more');
    expect(t(undefined, 'readMore')).to.equal('Read more');
    // English plural rules, not Swedish ones, for an English fallback string.
    expect(t('sv', 'comments', { n: 1 })).to.equal('1 Comment');
  });

  it('lets a site add a language and override strings, falling back key by key', () => {
    registerStrings('sv', { readMore: 'Läs mer', comments: { one: '{n} kommentar', other: '{n} kommentarer' } });
    registerStrings('fr-CA', { copyLink: 'Copier l’hyperlien' });
    try {
      expect(t('sv', 'readMore')).to.equal('Läs mer');
      expect(t('sv-FI', 'comments', { n: 2 })).to.equal('2 kommentarer');
      expect(t('sv', 'share')).to.equal('Share');
      expect(t('fr-CA', 'copyLink')).to.equal('Copier l’hyperlien');
      expect(t('fr-CA', 'share')).to.equal('Partager');
      expect(t('fr', 'copyLink')).to.equal('Copier le lien');
    } finally {
      registerStrings('sv', { readMore: undefined as unknown as string, comments: undefined as unknown as string });
      registerStrings('fr-CA', { copyLink: undefined as unknown as string });
    }
  });

  it('re-renders elements already on the page when strings are registered', async () => {
    const el = await fixture(html`<article-share lang="en" url="https://ledger.example/a" targets="copy"></article-share>`);
    expect(textOf($(el, 'button'))).to.equal('Copy link');
    registerStrings('en', { copyLink: 'Copy the address' });
    try {
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(textOf($(el, 'button'))).to.equal('Copy the address');
    } finally {
      registerStrings('en', { copyLink: en.copyLink });
    }
  });

  it('offers registerStrings on every element class, for pages with only the drop-in script', () => {
    for (const tag of ['article-share']) {
      const element = customElements.get(tag) as unknown as { registerStrings?: unknown };
      expect(element.registerStrings).to.equal(registerStrings);
    }
  });

  it('ignores registered values that are not strings, and unknown keys', () => {
    registerStrings('lb', { retry: 42, menu: { other: 7 }, leaveReply: 'Antworten', bogus: 'no' } as never);
    expect(t('lb', 'retry')).to.equal('Retry');
    expect(t('lb', 'menu')).to.equal('Menu');
    expect(t('lb', 'leaveReply')).to.equal('Antworten');
  });

  it('fills placeholders only from the values given, never from Object.prototype', () => {
    registerStrings('mt', { leaveReply: 'Reply {toString} {constructor}' });
    expect(t('mt', 'leaveReply')).to.equal('Reply {toString} {constructor}');
  });

  it('knows which languages are written right to left', () => {
    for (const lang of ['ar', 'ar-EG', 'fa', 'he', 'HE-il', 'ur']) expect(directionOf(lang), lang).to.equal('rtl');
    for (const lang of ['en', 'fr', 'tr', 'zh-Hant', '', undefined]) expect(directionOf(lang), String(lang)).to.equal('ltr');
  });
});
