// Finds the browsers on this machine: CHROME_PATH / FIREFOX_PATH first, then the usual names.
// Nothing here downloads a browser.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

function which(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function first(envName, names) {
  const fromEnv = process.env[envName];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const name of names) {
    const found = name.startsWith('/') ? (existsSync(name) ? name : undefined) : which(name);
    if (found) return found;
  }
  return undefined;
}

export function findChrome() {
  const found = first('CHROME_PATH', [
    'chromium',
    'chromium-browser',
    'google-chrome',
    'google-chrome-stable',
    'chrome',
    '/usr/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ]);
  if (!found) throw new Error('No Chrome or Chromium found: install one, or set CHROME_PATH.');
  return found;
}

export function findFirefox() {
  return first('FIREFOX_PATH', ['firefox-esr', 'firefox', '/usr/bin/firefox-esr', '/Applications/Firefox.app/Contents/MacOS/firefox']);
}
