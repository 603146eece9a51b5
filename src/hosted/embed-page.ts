/**
 * Entry of the hosted embed page's script, built as the classic script
 * dist/article-embed-page.min.js (rollup.config.js): classic, because WordPress frames embeds in
 * an opaque-origin sandbox, where a module script would need CORS headers to load.
 */
import { startEmbedPage } from './embed-view.js';

const main = document.querySelector<HTMLElement>('main[data-article-embed-page]');
if (main) startEmbedPage(main);
