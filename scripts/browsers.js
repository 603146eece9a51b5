// The browsers this project tests in: find them, or get them (scripts/browsers/).
export { findChromium, findFirefox, findWebKit, cacheDir } from './browsers/find.js';
export { provideBrowsers } from './browsers/provide.js';
export { webkitLauncher } from './browsers/webkit-launcher.js';
import { findChromium } from './browsers/find.js';

/** Chrome or Chromium for scripts that need one at once (bench); `npm test` installs one when missing. */
export function findChrome() {
  const found = findChromium();
  if (!found) throw new Error('No Chrome or Chromium found: run `npm test` once (it installs one), or set CHROME_PATH.');
  return found;
}
