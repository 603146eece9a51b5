// WebKit for @web/test-runner: WebKitGTK's WebKitWebDriver driving its MiniBrowser on a private
// Xvfb display (Linux), or Safari's safaridriver (macOS). The launcher starts the display and the
// driver when the run starts and stops both when it ends; each step has a deadline, so a missing
// display or a driver that never answers fails the run in seconds instead of hanging it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

const STEP_TIMEOUT = 20_000;

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function withDeadline(promise, what, onTimeout) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(new Error(`${what} did not happen within ${STEP_TIMEOUT / 1000} s`));
    }, STEP_TIMEOUT);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** Starts Xvfb on the first free display; it writes the display number to fd 3 once it accepts clients. */
async function startXvfb(xvfb) {
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const display = new Promise((resolve, reject) => {
    let out = '';
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr.trim().split('\n').pop()}`)));
  });
  return { child, display: await withDeadline(display, 'Xvfb start', () => child.kill()) };
}

/** Resolves once the WebDriver server answers /status with ready: true. */
async function driverReady(port, child) {
  let exited;
  child.once('exit', (code) => (exited = code));
  const poll = async () => {
    for (;;) {
      if (exited !== undefined) throw new Error(`the WebDriver server exited (${exited})`);
      try {
        const status = await (await fetch(`http://127.0.0.1:${port}/status`)).json();
        if (status.value?.ready !== false) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  await withDeadline(poll(), 'WebDriver server start');
}

class WebKitLauncher extends WebdriverLauncher {
  #found;
  #processes = [];

  constructor(found) {
    const capabilities =
      found.kind === 'safari'
        ? { browserName: 'safari' }
        : {
            browserName: 'MiniBrowser',
            // --automation lets the driver control it; headless here means our own Xvfb display.
            'webkitgtk:browserOptions': { binary: found.browser, args: ['--automation'] },
          };
    // WebKitGTK speaks classic WebDriver only (no BiDi); webdriverio would otherwise try BiDi.
    capabilities['wdio:enforceWebDriverClassic'] = true;
    super({ hostname: '127.0.0.1', port: 0, path: '/', logLevel: 'error', capabilities, connectionRetryCount: 1 });
    this.#found = found;
  }

  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
    // The page's language comes from these (no locale needs to be installed for that).
    const env = { ...process.env, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US', TZ: 'UTC' };
    delete env.LC_ALL;
    delete env.LC_MESSAGES;
    if (this.#found.kind === 'webkitgtk') {
      const xvfb = await startXvfb(this.#found.xvfb);
      this.#processes.push(xvfb.child);
      env.DISPLAY = xvfb.display;
      // No GPU here; software rendering is what a CI machine has.
      env.LIBGL_ALWAYS_SOFTWARE = '1';
      env.WEBKIT_DISABLE_COMPOSITING_MODE = '1';
      // Root in a container: WebKit's bubblewrap sandbox cannot create its namespaces.
      if (process.getuid?.() === 0) env.WEBKIT_DISABLE_SANDBOX_THIS_IS_DANGEROUS = '1';
    }
    const port = await freePort();
    const driver = spawn(this.#found.driver, ['-p', String(port)], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    driver.stderr.resume();
    this.#processes.push(driver);
    await driverReady(port, driver);
    this.options.port = port;
  }

  async stop() {
    await super.stop();
    for (const child of this.#processes.reverse()) if (child.exitCode === null) child.kill();
    this.#processes = [];
  }
}

/** A wtr browser launcher for WebKit, given what findWebKit() found. */
export function webkitLauncher(found) {
  return new WebKitLauncher(found);
}
