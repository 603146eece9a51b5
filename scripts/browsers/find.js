// Finds an installed browser for each engine the suite runs in, without installing anything:
// an environment variable first, then the usual command names on PATH, then the browser cache
// that @puppeteer/browsers (and Puppeteer itself) downloads into, then the usual macOS places.
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { homedir } from 'node:os';
import { Cache, Browser } from '@puppeteer/browsers';

/** Where downloaded browsers live: Puppeteer's own cache, so one download serves both. */
export const cacheDir = process.env.PUPPETEER_CACHE_DIR ?? join(homedir(), '.cache', 'puppeteer');

/** The first executable called `name` on PATH. */
export function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The newest browser of this kind that @puppeteer/browsers put in the cache. */
function inCache(browsers) {
  if (!existsSync(cacheDir)) return undefined;
  const installed = new Cache(cacheDir)
    .getInstalledBrowsers()
    .filter((b) => browsers.includes(b.browser) && existsSync(b.executablePath))
    .sort((a, b) => b.buildId.localeCompare(a.buildId, 'en', { numeric: true }));
  return installed[0]?.executablePath;
}

function fromEnv(name) {
  const value = process.env[name];
  if (!value) return undefined;
  if (!existsSync(value)) throw new Error(`${name} is set to ${value}, which does not exist.`);
  return value;
}

const firstOnPath = (names) => names.map(onPath).find(Boolean);
const firstExisting = (paths) => paths.find((p) => existsSync(p));

/** Chrome or Chromium: CHROME_PATH, PATH, the cache, macOS applications. */
export function findChromium() {
  return (
    fromEnv('CHROME_PATH') ??
    firstOnPath(['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome']) ??
    inCache([Browser.CHROME, Browser.CHROMIUM]) ??
    (process.platform === 'darwin'
      ? firstExisting([
          '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
          '/Applications/Chromium.app/Contents/MacOS/Chromium',
        ])
      : undefined)
  );
}

/** Firefox (ESR or release): FIREFOX_PATH, PATH, the cache, macOS applications. */
export function findFirefox() {
  return (
    fromEnv('FIREFOX_PATH') ??
    firstOnPath(['firefox-esr', 'firefox']) ??
    inCache([Browser.FIREFOX]) ??
    (process.platform === 'darwin' ? firstExisting(['/Applications/Firefox.app/Contents/MacOS/firefox']) : undefined)
  );
}

/** Folders that hold WebKitGTK's programs: Debian/Ubuntu (multiarch), Fedora, Arch. */
function webkitGtkDirs() {
  const dirs = [];
  for (const root of ['/usr/lib', '/usr/lib64', '/usr/libexec']) {
    for (const parent of [root, ...subdirs(root).map((d) => join(root, d))]) {
      for (const d of subdirs(parent)) if (/^webkit2?gtk-\d/.test(d)) dirs.push(join(parent, d));
    }
  }
  // The newest API version first (webkit2gtk-4.1 before 4.0).
  return dirs.sort().reverse();
}

function subdirs(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
  } catch {
    return [];
  }
}

/** WebKitGTK's MiniBrowser: WEBKIT_BROWSER_PATH, else where the distribution's package put it. */
function findMiniBrowser() {
  return fromEnv('WEBKIT_BROWSER_PATH') ?? firstExisting(webkitGtkDirs().map((d) => join(d, 'MiniBrowser')));
}

/**
 * WebKit: on Linux, WebKitGTK's WebDriver (WEBKIT_DRIVER_PATH or WebKitWebDriver on PATH), its
 * MiniBrowser (WEBKIT_BROWSER_PATH) and Xvfb (XVFB_PATH or PATH) for a private display; on macOS,
 * Safari's safaridriver.
 * Returns undefined when any piece is missing.
 */
export function findWebKit() {
  if (process.platform === 'darwin') {
    const driver = fromEnv('WEBKIT_DRIVER_PATH') ?? firstExisting(['/usr/bin/safaridriver']);
    return driver ? { driver, kind: 'safari' } : undefined;
  }
  const driver = fromEnv('WEBKIT_DRIVER_PATH') ?? onPath('WebKitWebDriver');
  const browser = findMiniBrowser();
  const xvfb = fromEnv('XVFB_PATH') ?? onPath('Xvfb');
  return driver && browser && xvfb ? { driver, browser, xvfb, kind: 'webkitgtk' } : undefined;
}

/** What is missing for WebKit, in words, for messages. */
export function missingWebKitParts() {
  if (process.platform === 'darwin') return ['safaridriver'];
  const parts = [];
  if (!(process.env.WEBKIT_DRIVER_PATH || onPath('WebKitWebDriver'))) parts.push('WebKitWebDriver');
  if (!findMiniBrowser()) parts.push('MiniBrowser');
  if (!(process.env.XVFB_PATH || onPath('Xvfb'))) parts.push('Xvfb');
  return parts;
}

export const finders = { chromium: findChromium, firefox: findFirefox, webkit: findWebKit };
