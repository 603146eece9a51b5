import type { UiTable } from './en.js';

/** Spanish UI strings. */
export const es: UiTable = [
  // menu
  'Menú',
  // sections
  'Secciones del sitio',
  // exitMobile
  'Salir de la versión móvil',
  // switchMobile
  'Cambiar a la versión móvil',
  // leaveReply
  'Deja un comentario',
  // comments
  {
    one: '{n} comentario',
    many: '{n} de comentarios',
    other: '{n} comentarios',
  },
  // writtenBy
  'Escrito por {names}',
  // by
  'Por {names}',
  // updated
  'Actualizado: {date}',
  // readingTime
  '{n} min de lectura',
  // readMore
  'Leer más',
  // readMoreAbout
  'Leer más: {headline}',
  // source
  'Fuente',
  // tags
  'Etiquetas',
  // share
  'Compartir',
  // shareBar
  'Compartir este artículo',
  // shareOn
  'Compartir en {network}',
  // shareByEmail
  'Compartir por correo electrónico',
  // copyLink
  'Copiar enlace',
  // linkCopied
  'Enlace copiado',
  // copyFailed
  'Copia el enlace desde el campo de abajo.',
  // loading
  'Cargando el artículo…',
  // errorTitle
  'No se pudo mostrar este artículo.',
  // retry
  'Reintentar',
  // errorHttp
  'El servidor respondió con un error ({status}).',
  // errorTimeout
  'El artículo tardó demasiado en cargar.',
  // errorTooLarge
  'El artículo es demasiado grande para mostrarlo.',
  // errorBadJson
  'Los datos del artículo están dañados.',
  // errorUnsupported
  'Este tipo de documento no se puede mostrar como artículo.',
  // errorNoArticle
  'No se encontró ningún artículo en los datos.',
  // errorNetwork
  'No se pudo acceder al artículo.',
  // errorCors
  'Es posible que el servidor no permita que otros sitios lo carguen (CORS). El editor puede añadir los datos a esta página.',
  // errorBlockedUrl
  'La dirección del artículo no está permitida.',
];
