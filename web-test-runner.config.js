// Browser tests: every test file under test/, in Chromium, Firefox and WebKit, with the project's
// TypeScript compiled on the fly by esbuild. BROWSERS=chromium,firefox,webkit picks engines.
// A missing browser is found or installed first (scripts/browsers/provide.js says how).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import * as puppeteer from 'puppeteer-core';
import { provideBrowsers, webkitLauncher } from './scripts/browsers.js';
import { passedFailedLineReporter } from './scripts/passed-failed-reporter.js';
import { testServer } from './test/server/middleware.js';
import { resolverRoute } from './test/server/resolver.js';
import { cspHeaders } from './test/server/csp.js';

// Dates and languages in tests are pinned: the browsers inherit these.
process.env.TZ = 'UTC';

const ENGINES = ['chromium', 'firefox', 'webkit'];
const wanted = (process.env.BROWSERS ?? ENGINES.join(','))
  .split(',')
  .map((b) => b.trim())
  .filter(Boolean);
const unknown = wanted.filter((b) => !ENGINES.includes(b));
if (unknown.length) {
  console.error(`BROWSERS: unknown engine ${unknown.join(', ')} (known: ${ENGINES.join(', ')})`);
  process.exit(1);
}

let found;
try {
  found = await provideBrowsers(wanted);
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

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

const launchers = {
  chromium: (executablePath) => chromeLauncher({ launchOptions: { executablePath, headless: true, args: quietChrome } }),
  // Firefox through WebDriver BiDi, driven by puppeteer-core.
  firefox: (executablePath) =>
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath,
        headless: true,
        extraPrefsFirefox: { 'intl.locale.requested': 'en-US', 'intl.accept_languages': 'en-US' },
      },
    }),
  webkit: (webkit) => webkitLauncher(webkit),
};

const fuzzScale = Number(process.env.FUZZ_SCALE) > 0 ? Number(process.env.FUZZ_SCALE) : 1;
const fuzzGlobals = [
  /^\d+$/.test(process.env.FC_SEED ?? '') ? `window.__FC_SEED__ = ${Number(process.env.FC_SEED)};` : '',
  fuzzScale !== 1 ? `window.__FC_RUNS_SCALE__ = ${fuzzScale};` : '',
].join('');

/** Lit's one-time development-build notice: expected in tests, noise in the output. */
const litDevModeNotice = (args) => typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode.');
/**
 * The card's one console line per failed load (error-message.ts): the tests make hundreds of
 * cards fail on purpose and check the line themselves (card-failure.test.ts); in the runner's
 * output it is noise, and fuzzed sources put control characters into the log.
 */
const FAILURE_LINE =
  /^<article-card>.*?: (?:http|timeout|too-large|bad-json|unsupported|no-article|network|blocked-url|internal)(?: \d{3})?: /s;
const cardFailureReport = (args) => typeof args[0] === 'string' && FAILURE_LINE.test(args[0]);

export default {
  // test/resolver/ runs in Node (npm run test:resolver), not in a browser.
  files: ['test/**/*.test.ts', '!test/resolver/**'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 300_000 * fuzzScale,
  browsers: wanted.map((engine) => launchers[engine](found[engine])),
  middleware: [testServer, resolverRoute, cspHeaders],
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' })],
  testFramework: { config: { timeout: 10_000 } },
  filterBrowserLogs: ({ args }) => !litDevModeNotice(args) && !cardFailureReport(args),
  reporters: [defaultReporter(), passedFailedLineReporter()],
  // FC_SEED pins the fuzzers' inputs (CI sets it); without it each run draws new ones.
  // FUZZ_SCALE multiplies the fuzzers' runs (npm run fuzz).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script>${fuzzGlobals}</script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
};
