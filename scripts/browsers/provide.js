// Makes sure each engine the suite runs in has a browser: finds one, else gets one the way this
// machine allows, saying what it does:
//   1. a download into the browser cache with @puppeteer/browsers (Chrome for Testing, Firefox);
//   2. the distribution's packages with apt-get (Debian, Ubuntu) when running as root or with
//      passwordless sudo;
//   3. else a message with the exact commands to run, and failure.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { Browser, detectBrowserPlatform, install, resolveBuildId } from '@puppeteer/browsers';
import { cacheDir, finders, missingWebKitParts, onPath } from './find.js';

const log = (message) => console.log(`browsers: ${message}`);

export const labels = { chromium: 'Chrome/Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** @puppeteer/browsers names for the engines it can download. */
const downloadable = { chromium: Browser.CHROME, firefox: Browser.FIREFOX };

/** How long the download route may take to answer at all before we try the next route. */
const REACH_TIMEOUT = 15_000;

function distribution() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    const ids = `${release.match(/^ID=(.*)$/m)?.[1] ?? ''} ${release.match(/^ID_LIKE=(.*)$/m)?.[1] ?? ''}`;
    if (/ubuntu/.test(ids)) return 'ubuntu';
    if (/debian/.test(ids)) return 'debian';
  } catch {
    // Not Linux, or no os-release.
  }
  return undefined;
}

/**
 * Packages per engine, with the program each one installs and the variable that points at it.
 * Ubuntu's chromium-browser and firefox are snap wrappers that do not run in most containers;
 * there the download route comes first and usually works.
 */
const packages = {
  debian: {
    chromium: [{ name: 'chromium', program: 'chromium', env: 'CHROME_PATH' }],
    firefox: [{ name: 'firefox-esr', program: 'firefox-esr', env: 'FIREFOX_PATH' }],
    webkit: [
      { name: 'webkit2gtk-driver', program: 'WebKitWebDriver', env: 'WEBKIT_DRIVER_PATH' },
      { name: 'xvfb', program: 'Xvfb', env: 'XVFB_PATH' },
    ],
  },
  ubuntu: {
    chromium: [{ name: 'chromium-browser', program: 'chromium-browser', env: 'CHROME_PATH' }],
    firefox: [{ name: 'firefox', program: 'firefox', env: 'FIREFOX_PATH' }],
    webkit: [
      { name: 'webkit2gtk-driver', program: 'WebKitWebDriver', env: 'WEBKIT_DRIVER_PATH' },
      { name: 'xvfb', program: 'Xvfb', env: 'XVFB_PATH' },
    ],
  },
};

function timeout(ms, what) {
  let timer;
  const promise = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
    timer.unref();
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/** Route 1: Chrome for Testing or Firefox into the cache. Returns the executable, or a reason. */
async function download(engine) {
  const browser = downloadable[engine];
  if (!browser) return { reason: 'no download exists for it' };
  const platform = detectBrowserPlatform();
  if (!platform) return { reason: 'no download exists for this platform' };
  const limit = timeout(REACH_TIMEOUT, 'the download server');
  try {
    // The build lookup is a small request: when the network is closed it fails (or times out) here.
    const buildId = await Promise.race([resolveBuildId(browser, platform, 'stable'), limit.promise]);
    limit.cancel();
    log(`downloading ${browser} ${buildId} into ${cacheDir} (@puppeteer/browsers)…`);
    const installed = await install({ browser, buildId, cacheDir, platform });
    return { path: installed.executablePath };
  } catch (error) {
    limit.cancel();
    return { reason: `download failed (${error.cause?.code ?? error.code ?? error.message})` };
  }
}

let aptUpdated = false;

/** Route 2: apt-get, as root or through passwordless sudo. Returns the installed programs, or a reason. */
function aptInstall(engine) {
  const distro = distribution();
  const wanted = distro && packages[distro][engine];
  if (!wanted) return { reason: 'no apt-get route on this system' };
  if (!onPath('apt-get')) return { reason: 'apt-get is not on PATH' };
  let sudo = [];
  if (process.getuid?.() !== 0) {
    if (!onPath('sudo') || spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status !== 0) {
      return { reason: 'apt-get needs root, and sudo asks for a password' };
    }
    sudo = ['sudo', '-n'];
  }
  const run = (args) => {
    const [command, ...rest] = [...sudo, 'apt-get', ...args];
    const result = spawnSync(command, rest, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return result.status === 0;
  };
  const names = wanted.map((p) => p.name);
  if (!aptUpdated) {
    log(`${sudo.length ? 'sudo ' : ''}apt-get update…`);
    aptUpdated = run(['update', '-qq']);
  }
  log(`${sudo.length ? 'sudo ' : ''}apt-get install -y ${names.join(' ')} (about a minute)…`);
  if (!run(['install', '-y', '-qq', ...names])) return { reason: `apt-get install ${names.join(' ')} failed` };
  for (const pkg of wanted) {
    const program = packagedProgram(pkg);
    if (!program) return { reason: `${pkg.name} installed no ${pkg.program}` };
    // The finders read these, so the same lookup finds what was just installed even off PATH.
    process.env[pkg.env] = program;
  }
  return { ok: true };
}

/** Where a Debian package put one of its programs (dpkg's file list, not a guess). */
function packagedProgram(pkg) {
  try {
    return execFileSync('dpkg', ['-L', pkg.name], { encoding: 'utf8' })
      .split('\n')
      .find((file) => file.endsWith(`/bin/${pkg.program}`) && existsSync(file));
  } catch {
    return undefined;
  }
}

const variables = { chromium: 'CHROME_PATH', firefox: 'FIREFOX_PATH', webkit: 'WEBKIT_DRIVER_PATH' };

/** What went wrong for each engine, and the exact commands that would fix it on this machine. */
function failureMessage(failures, engines) {
  const missing = failures.map((f) => f.engine);
  const lines = [`No browser for ${missing.map((e) => labels[e]).join(', ')}, and none could be installed:`];
  for (const { engine, reasons } of failures) lines.push(`  ${labels[engine]}: ${reasons.join('; ')}`);
  if (process.platform === 'linux') {
    const names = missing.flatMap((e) => packages[distribution() ?? 'debian'][e].map((p) => p.name));
    lines.push('Install them with:', `  sudo apt-get install -y ${names.join(' ')}`);
  }
  const downloads = missing.filter((e) => downloadable[e]);
  if (downloads.length) {
    lines.push('or, with internet access, download them into the browser cache:');
    for (const e of downloads) lines.push(`  npx @puppeteer/browsers install ${downloadable[e]}@stable --path ${cacheDir}`);
  }
  if (missing.includes('webkit') && process.platform === 'darwin')
    lines.push('For Safari, once as an administrator:', '  safaridriver --enable');
  lines.push(`or point ${missing.map((e) => variables[e]).join(' / ')} at your own.`);
  const others = engines.filter((e) => !missing.includes(e));
  if (others.length) lines.push(`To run the other engines only: BROWSERS=${others.join(',')} npm test`);
  return lines.join('\n');
}

/**
 * Finds or installs a browser for each engine. Resolves to { engine: found } for every engine, or
 * rejects with a message listing what is missing and the commands that would fix it.
 */
export async function provideBrowsers(engines) {
  const found = {};
  const failures = [];
  for (const engine of engines) {
    found[engine] = finders[engine]();
    if (found[engine]) continue;
    const what = engine === 'webkit' ? `WebKit (${missingWebKitParts().join(', ')})` : labels[engine];
    log(`no ${what} found (looked at the environment variable, PATH and ${cacheDir})`);
    const reasons = [];
    if (downloadable[engine]) {
      const attempt = await download(engine);
      if (attempt.path) found[engine] = attempt.path;
      else {
        reasons.push(attempt.reason);
        log(`${attempt.reason}; trying apt-get`);
      }
    }
    if (!found[engine]) {
      const attempt = aptInstall(engine);
      if (attempt.ok) found[engine] = finders[engine]();
      else {
        reasons.push(attempt.reason);
        log(attempt.reason);
      }
    }
    if (found[engine]) log(`${labels[engine]}: ${typeof found[engine] === 'string' ? found[engine] : found[engine].driver}`);
    else failures.push({ engine, reasons });
  }
  if (failures.length) throw new Error(failureMessage(failures, engines));
  return found;
}
