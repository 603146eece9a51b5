/**
 * The drop-in script: registers the elements and upgrades fallback blockquotes. Loaded twice,
 * or next to another version, it does nothing the second time and throws nothing.
 */
import './components/article-card/article-card.define.js';
import './components/article-byline/article-byline.define.js';
import './components/article-share/article-share.define.js';
import './components/article-menu/article-menu.define.js';
import { upgradeAll } from './upgrade.js';

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
