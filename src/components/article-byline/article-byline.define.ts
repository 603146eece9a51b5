import { define } from '../../define.js';
import { ArticleByline } from './article-byline.js';

define('article-byline', ArticleByline);

declare global {
  interface HTMLElementTagNameMap {
    'article-byline': ArticleByline;
  }
}
