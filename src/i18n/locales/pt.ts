import type { UiTable } from './en.js';

/** Portuguese UI strings (Brazilian usage, understood in Portugal; override `pt-PT` keys if wanted). */
export const pt: UiTable = [
  // menu
  'Menu',
  // sections
  'Seções do site',
  // exitMobile
  'Sair da versão móvel',
  // switchMobile
  'Mudar para a versão móvel',
  // leaveReply
  'Deixe um comentário',
  // comments
  {
    one: '{n} comentário',
    many: '{n} de comentários',
    other: '{n} comentários',
  },
  // writtenBy
  'Escrito por {names}',
  // by
  'Por {names}',
  // updated
  'Atualizado: {date}',
  // readingTime
  '{n} min de leitura',
  // readMore
  'Leia mais',
  // readMoreAbout
  'Leia mais: {headline}',
  // source
  'Fonte',
  // tags
  'Etiquetas',
  // share
  'Compartilhar',
  // shareBar
  'Compartilhar este artigo',
  // shareOn
  'Compartilhar no {network}',
  // shareByEmail
  'Compartilhar por e-mail',
  // copyLink
  'Copiar link',
  // linkCopied
  'Link copiado',
  // copyFailed
  'Copie o link do campo abaixo.',
  // loading
  'Carregando o artigo…',
  // errorTitle
  'Não foi possível exibir este artigo.',
  // retry
  'Tentar novamente',
  // errorHttp
  'O servidor respondeu com um erro ({status}).',
  // errorTimeout
  'O artigo demorou demais para carregar.',
  // errorTooLarge
  'O artigo é grande demais para ser exibido.',
  // errorBadJson
  'Os dados do artigo estão corrompidos.',
  // errorUnsupported
  'Este tipo de documento não pode ser exibido como artigo.',
  // errorNoArticle
  'Nenhum artigo foi encontrado nos dados.',
  // errorNetwork
  'Não foi possível acessar o artigo.',
  // errorCors
  'O servidor pode não permitir que outros sites o carreguem (CORS). O editor pode adicionar os dados diretamente a esta página.',
  // errorBlockedUrl
  'O endereço do artigo não é permitido.',
];
