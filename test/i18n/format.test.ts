import { expect } from '@open-wc/testing';
import { formatDate, formatRelative, formatList, readingMinutes } from '../../src/i18n/format.js';

// The test runner pins the time zone to UTC (web-test-runner.config.js); the locale is always
// passed explicitly, so these results do not depend on the machine.
const ISO = '2026-03-14T07:12:00Z';
const NOW = Date.parse(ISO);

describe('dates, lists and reading time', () => {
  it('runs in the pinned time zone', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.match(/^(UTC|Etc\/UTC|Etc\/GMT)$/);
  });

  it('formats long and short dates in the article language', () => {
    expect(formatDate(ISO, 'en-US')).to.equal('March 14, 2026 at 7:12 AM');
    expect(formatDate(ISO, 'en-GB', 'short')).to.equal('14 Mar 2026');
    expect(formatDate(ISO, 'fr')).to.equal('14 mars 2026 à 07:12');
    expect(formatDate(ISO, 'de')).to.equal('14. März 2026 um 07:12');
    expect(formatDate(ISO, 'es', 'short')).to.equal('14 mar 2026');
    expect(formatDate(ISO, 'tr', 'short')).to.equal('14 Mar 2026');
    expect(formatDate(ISO, 'ar')).to.contain('مارس');
    expect(formatDate(ISO, 'he')).to.contain('במרץ');
  });

  it('leaves a date it cannot read as it was', () => {
    expect(formatDate('soon', 'en')).to.equal('soon');
    expect(formatRelative('soon', 'en', NOW)).to.equal('soon');
  });

  it('formats relative dates with Intl.RelativeTimeFormat', () => {
    const ago = (seconds: number) => new Date(NOW - seconds * 1000).toISOString();
    expect(formatRelative(ago(3 * 86400), 'en', NOW)).to.equal('3 days ago');
    expect(formatRelative(ago(86400), 'en', NOW)).to.equal('yesterday');
    expect(formatRelative(ago(2 * 3600), 'fr', NOW)).to.equal('il y a 2 heures');
    expect(formatRelative(ago(14 * 86400), 'de', NOW)).to.equal('vor 2 Wochen');
    expect(formatRelative(ago(400 * 86400), 'es', NOW)).to.equal('el año pasado');
    expect(formatRelative(ago(-3600), 'en', NOW)).to.equal('in 1 hour');
    expect(formatRelative(ago(5), 'en', NOW)).to.equal('5 seconds ago');
  });

  it('joins lists the way each language does', () => {
    const names = ['Ana', 'Bo', 'Cy'];
    expect(formatList(names, 'en')).to.equal('Ana, Bo, and Cy');
    expect(formatList(names, 'fr')).to.equal('Ana, Bo et Cy');
    expect(formatList(names, 'de')).to.equal('Ana, Bo und Cy');
    expect(formatList(names, 'es')).to.equal('Ana, Bo y Cy');
    expect(formatList(names, 'tr')).to.equal('Ana, Bo ve Cy');
    expect(formatList(['ليلى', 'سامي'], 'ar')).to.equal('ليلى وسامي');
    expect(formatList(names, 'not a tag!')).to.contain('Cy');
  });

  it('counts reading time in words for spaced scripts', () => {
    expect(readingMinutes('word '.repeat(10), 'en')).to.equal(1);
    expect(readingMinutes('word '.repeat(460), 'en')).to.equal(2);
    expect(readingMinutes('le mot, l’article. '.repeat(230), 'fr')).to.equal(3);
    // Punctuation and spacing are not words.
    expect(readingMinutes('word — , . ! '.repeat(690), 'en')).to.equal(3);
  });

  it('counts Chinese and Japanese, written without spaces, by character', () => {
    // 600 characters with no space at all: split on spaces it would be "1 word".
    expect(readingMinutes('渡轮今晚恢复夜间航行。'.repeat(60), 'zh')).to.equal(2);
    expect(readingMinutes('フェリーが夜に戻ってきた。'.repeat(70), 'ja')).to.equal(3);
  });

  it('counts Arabic words, at the slower pace Arabic text is read', () => {
    const arabic = 'بدأت حافلة المكتبة جولتها في قرى الواحة. '.repeat(50); // 350 words
    expect(readingMinutes(arabic, 'ar')).to.equal(2);
    expect(readingMinutes('كلمة '.repeat(50), 'ar')).to.equal(1);
  });
});
