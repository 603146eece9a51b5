import type { UiTable } from './en.js';

/** French UI strings (no-break spaces before ":" as French typography wants). */
export const fr: UiTable = [
  // menu
  'Menu',
  // sections
  'Rubriques du site',
  // exitMobile
  'Quitter la version mobile',
  // switchMobile
  'Passer à la version mobile',
  // leaveReply
  'Laisser un commentaire',
  // comments
  {
    one: '{n} commentaire',
    many: '{n} de commentaires',
    other: '{n} commentaires',
  },
  // writtenBy
  'Écrit par {names}',
  // by
  'Par {names}',
  // updated
  'Mis à jour : {date}',
  // readingTime
  '{n} min de lecture',
  // readMore
  'Lire la suite',
  // readMoreAbout
  'Lire la suite : {headline}',
  // source
  'Source',
  // tags
  'Mots-clés',
  // share
  'Partager',
  // shareBar
  'Partager cet article',
  // shareOn
  'Partager sur {network}',
  // shareByEmail
  'Partager par e-mail',
  // copyLink
  'Copier le lien',
  // linkCopied
  'Lien copié',
  // copyFailed
  'Copiez le lien depuis le champ ci-dessous.',
  // loading
  'Chargement de l’article…',
  // errorTitle
  'Impossible d’afficher cet article.',
  // retry
  'Réessayer',
  // errorHttp
  'Le serveur a répondu par une erreur ({status}).',
  // errorTimeout
  'Le chargement de l’article a pris trop de temps.',
  // errorTooLarge
  'L’article est trop volumineux pour être affiché.',
  // errorBadJson
  'Les données de l’article sont endommagées.',
  // errorUnsupported
  'Ce type de document ne peut pas être affiché comme un article.',
  // errorNoArticle
  'Aucun article n’a été trouvé dans les données.',
  // errorNetwork
  'L’article est injoignable.',
  // errorCors
  'Le serveur n’autorise peut-être pas d’autres sites à le charger (CORS). L’éditeur peut plutôt ajouter les données à cette page.',
  // errorBlockedUrl
  'L’adresse de l’article n’est pas autorisée.',
];
