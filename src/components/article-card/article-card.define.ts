import { define } from '../../define.js';
import { ArticleCard } from './article-card.js';
import '../article-byline/article-byline.define.js';
import '../article-share/article-share.define.js';
import '../article-menu/article-menu.define.js';

define('article-card', ArticleCard);

declare global {
  interface HTMLElementTagNameMap {
    'article-card': ArticleCard;
  }
}
