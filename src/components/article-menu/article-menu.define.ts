import { define } from '../../define.js';
import { ArticleMenu } from './article-menu.js';

define('article-menu', ArticleMenu);

declare global {
  interface HTMLElementTagNameMap {
    'article-menu': ArticleMenu;
  }
}
