import { define } from '../../define.js';
import { ArticleCard } from './article-card.js';

define('article-card', ArticleCard);

declare global {
  interface HTMLElementTagNameMap {
    'article-card': ArticleCard;
  }
}
