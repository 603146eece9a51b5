import type { UiTable } from './en.js';

/** Italian UI strings. */
export const it: UiTable = [
  // menu
  'Menu',
  // sections
  'Sezioni del sito',
  // exitMobile
  'Esci dalla versione mobile',
  // switchMobile
  'Passa alla versione mobile',
  // leaveReply
  'Lascia un commento',
  // comments
  {
    one: '{n} commento',
    many: '{n} di commenti',
    other: '{n} commenti',
  },
  // writtenBy
  'Scritto da {names}',
  // by
  'Di {names}',
  // updated
  'Aggiornato: {date}',
  // readingTime
  '{n} min di lettura',
  // readMore
  'Continua a leggere',
  // readMoreAbout
  'Continua a leggere: {headline}',
  // source
  'Fonte',
  // tags
  'Tag',
  // share
  'Condividi',
  // shareBar
  'Condividi questo articolo',
  // shareOn
  'Condividi su {network}',
  // shareByEmail
  'Condividi via email',
  // copyLink
  'Copia link',
  // linkCopied
  'Link copiato',
  // copyFailed
  'Copia il link dal campo qui sotto.',
  // loading
  'Caricamento dell’articolo…',
  // errorTitle
  'Impossibile mostrare questo articolo.',
  // retry
  'Riprova',
  // errorHttp
  'Il server ha risposto con un errore ({status}).',
  // errorTimeout
  'Il caricamento dell’articolo ha richiesto troppo tempo.',
  // errorTooLarge
  'L’articolo è troppo grande per essere mostrato.',
  // errorBadJson
  'I dati dell’articolo sono danneggiati.',
  // errorUnsupported
  'Questo tipo di documento non può essere mostrato come articolo.',
  // errorNoArticle
  'Nei dati non è stato trovato alcun articolo.',
  // errorNetwork
  'Impossibile raggiungere l’articolo.',
  // errorCors
  'Il server potrebbe non consentire ad altri siti di caricarlo (CORS). L’editore può invece aggiungere i dati a questa pagina.',
  // errorBlockedUrl
  'L’indirizzo dell’articolo non è consentito.',
];
