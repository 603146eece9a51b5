// Browser tests: every test file under test/, in Chromium and Firefox (Debian's, or CHROME_PATH /
// FIREFOX_PATH), with the project's TypeScript compiled on the fly by esbuild.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { findChrome, findFirefox } from './scripts/browsers.js';
import { summaryReporter } from './scripts/summary-reporter.js';
import { testServer } from './test/server/middleware.js';
import { resolverRoute } from './test/server/resolver.js';
import { cspHeaders } from './test/server/csp.js';
import { defaultReporter } from '@web/test-runner';

// Dates in tests are pinned: the browsers inherit this zone.
process.env.TZ = 'UTC';

const quietChrome = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=en-US',
];

const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',').map((b) => b.trim());
const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(chromeLauncher({ launchOptions: { executablePath: findChrome(), headless: true, args: quietChrome } }));
}
if (wanted.includes('firefox')) {
  const executablePath = findFirefox();
  if (executablePath) {
    browsers.push(
      chromeLauncher({
        puppeteer,
        launchOptions: {
          browser: 'firefox',
          executablePath,
          headless: true,
          extraPrefsFirefox: { 'intl.locale.requested': 'en-US', 'intl.accept_languages': 'en-US' },
        },
      }),
    );
  } else if (process.env.CI) {
    throw new Error('Firefox not found: install firefox-esr or set FIREFOX_PATH.');
  }
}

export default {
  // test/resolver/ runs in Node (npm run test:resolver), not in a browser.
  files: ['test/**/*.test.ts', '!test/resolver/**'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  browsers,
  middleware: [testServer, resolverRoute, cspHeaders],
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' })],
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), summaryReporter()],
  // FC_SEED pins the fuzzers' inputs (CI sets it); without it each run draws new ones.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head>${
      /^\d+$/.test(process.env.FC_SEED ?? '') ? `<script>window.__FC_SEED__ = ${Number(process.env.FC_SEED)};</script>` : ''
    }</head><body><script type="module" src="${testFramework}"></script></body></html>`,
};
