/**
 * article-embed: registers <article-card>, <article-byline>, <article-share> and <article-menu>,
 * and exports their classes, the Article model and the helpers a site may need.
 */
import './components/article-card/article-card.define.js';
import './components/article-byline/article-byline.define.js';
import './components/article-share/article-share.define.js';
import './components/article-menu/article-menu.define.js';

export { ArticleCard } from './components/article-card/article-card.js';
export { ArticleByline } from './components/article-byline/article-byline.js';
export { ArticleShare } from './components/article-share/article-share.js';
export { ArticleMenu } from './components/article-menu/article-menu.js';
export { define } from './define.js';
export {
  normalize,
  normalizeData,
  type Article,
  type ArticleInput,
  type ArticleImage,
  type ArticleAuthor,
  type ArticlePublisher,
  type ArticleComments,
  type ArticleMenuItem,
} from './model/article.js';
export { ArticleError, type ArticleErrorCode } from './model/errors.js';
export { ArticleLoadEvent, ArticleErrorEvent, ArticleShareEvent, ArticleModeChangeEvent } from './events/events.js';
export type { ArticleLoadDetail, ArticleErrorDetail, ArticleShareDetail, ArticleModeChangeDetail } from './events/events.js';
export { registerStrings, type UiStrings } from './i18n/strings.js';
export { MAX_RESPONSE_BYTES } from './load/fetch-document.js';
export type { SourceFormat } from './sources/types.js';
