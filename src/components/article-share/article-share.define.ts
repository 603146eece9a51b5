import { define } from '../../define.js';
import { ArticleShare } from './article-share.js';

define('article-share', ArticleShare);

declare global {
  interface HTMLElementTagNameMap {
    'article-share': ArticleShare;
  }
}
