/**
 * The drop-in script: registers the elements and upgrades fallback blockquotes. Loaded twice,
 * or next to another version, it does nothing the second time and throws nothing.
 */
import './components/article-card/article-card.define.js';
import './components/article-byline/article-byline.define.js';
import './components/article-share/article-share.define.js';
import './components/article-menu/article-menu.define.js';
import { upgradeAll } from './upgrade.js';
import type { ArticleCard } from './components/article-card/article-card.js';

// `data-resolver` on this script's tag: the page-wide resolver for cross-origin `src` (the card
// registered first gets it, whichever copy of the script that was, unless it has one already).
const resolver = (document.currentScript as HTMLScriptElement | null)?.dataset['resolver'];
const card = customElements.get('article-card') as typeof ArticleCard | undefined;
if (resolver && card && !card.resolver) card.resolver = resolver;

const FLAG = Symbol.for('article-embed.drop-in');
const scope = globalThis as typeof globalThis & { [FLAG]?: boolean };

if (!scope[FLAG]) {
  scope[FLAG] = true;
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => upgradeAll(), { once: true });
  } else {
    upgradeAll();
  }
}
