import type { UiTable } from './en.js';

/** German UI strings. */
export const de: UiTable = [
  // menu
  'Menü',
  // sections
  'Rubriken der Website',
  // exitMobile
  'Mobile Version verlassen',
  // switchMobile
  'Zur mobilen Version wechseln',
  // leaveReply
  'Kommentar schreiben',
  // comments
  {
    one: '{n} Kommentar',
    other: '{n} Kommentare',
  },
  // writtenBy
  'Geschrieben von {names}',
  // by
  'Von {names}',
  // updated
  'Aktualisiert: {date}',
  // readingTime
  '{n} Min. Lesezeit',
  // readMore
  'Weiterlesen',
  // readMoreAbout
  'Weiterlesen: {headline}',
  // source
  'Quelle',
  // tags
  'Schlagwörter',
  // share
  'Teilen',
  // shareBar
  'Diesen Artikel teilen',
  // shareOn
  'Auf {network} teilen',
  // shareByEmail
  'Per E-Mail teilen',
  // copyLink
  'Link kopieren',
  // linkCopied
  'Link kopiert',
  // copyFailed
  'Kopieren Sie den Link aus dem Feld unten.',
  // loading
  'Artikel wird geladen…',
  // errorTitle
  'Dieser Artikel kann nicht angezeigt werden.',
  // retry
  'Erneut versuchen',
  // errorHttp
  'Der Server hat mit einem Fehler geantwortet ({status}).',
  // errorTimeout
  'Das Laden des Artikels hat zu lange gedauert.',
  // errorTooLarge
  'Der Artikel ist zu groß, um angezeigt zu werden.',
  // errorBadJson
  'Die Daten des Artikels sind beschädigt.',
  // errorUnsupported
  'Diese Art von Dokument kann nicht als Artikel angezeigt werden.',
  // errorNoArticle
  'In den Daten wurde kein Artikel gefunden.',
  // errorNetwork
  'Der Artikel ist nicht erreichbar.',
  // errorCors
  'Der Server erlaubt anderen Websites möglicherweise nicht, ihn zu laden (CORS). Der Verlag kann die Daten stattdessen direkt in diese Seite einfügen.',
  // errorBlockedUrl
  'Die Adresse des Artikels ist nicht zulässig.',
];
