/**
 * `npx article-embed-resolver`: the Node command, started as a real process on loopback. It
 * prints its address when it listens, serves over HTTP what the handler answers, takes its
 * options from ARTICLE_EMBED_* variables, refuses bad ones with a clear message, and stops on SIGTERM.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { BUILT, buildNode } from './build.js';
import { newTag, startUpstream, type Upstream } from './servers.js';

const BIN = `${BUILT}/bin.js`;
before(() => buildNode());

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts the command; resolves with its printed address once it is ready. */
function run(args: string[], env: Record<string, string> = {}): Promise<Running> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /^article-embed resolver: (http:\/\/\S+\/)$/m.exec(output);
      if (ready) resolve({ child, url: ready[1]!, output: () => output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`exited with ${code} before it was ready:\n${output}`)));
  });
}

/** Runs the command to its end: exit code and everything it printed. */
async function runToEnd(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, output };
}

describe('article-embed-resolver (the Node command)', () => {
  let upstream: Upstream;
  let server: Running;
  before(async () => {
    upstream = await startUpstream();
    server = await run(['--port', '0', '--host', '127.0.0.1'], {
      ARTICLE_EMBED_ALLOW_HOSTS: upstream.host,
      ARTICLE_EMBED_EMBED_PAGE: 'https://embed.example/embed.html',
    });
  });
  after(async () => {
    if (server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await once(server.child, 'exit');
    }
    await upstream.close();
  });

  it('prints its address when ready, and answers /health there', async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(`${server.url}health`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { ok: true });
  });

  it('serves an article over HTTP from a page without CORS, with its headers, ETag and 304', async () => {
    const page = `${upstream.origin}/page/pt?tag=${newTag('bin')}`;
    const response = await fetch(`${server.url}article?url=${encodeURIComponent(page)}`, {
      headers: { origin: 'https://partner.example' },
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    const article = (await response.json()) as { headline: string };
    assert.equal(article.headline, 'Feira de livros ocupa o cais & a praça');
    const again = await fetch(`${server.url}article?url=${encodeURIComponent(page)}`, {
      headers: { 'if-none-match': response.headers.get('etag')! },
    });
    assert.equal(again.status, 304);
  });

  it('refuses what the environment does not allow', async () => {
    const response = await fetch(`${server.url}article?url=${encodeURIComponent('http://169.254.169.254/latest/meta-data/')}`);
    assert.equal(response.status, 403);
    assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'blocked-url');
  });

  it('stops on SIGTERM with exit code 0', async () => {
    server.child.kill('SIGTERM');
    const [code] = (await once(server.child, 'exit')) as [number | null];
    assert.equal(code, 0);
  });

  it('a malformed variable or argument: exit code 2 and a message that names it', async () => {
    const env = await runToEnd(['--port', '0'], { ARTICLE_EMBED_TIMEOUT: 'soon' });
    assert.equal(env.code, 2);
    assert.match(env.output, /ARTICLE_EMBED_TIMEOUT/);
    const port = await runToEnd(['--port', 'eighty']);
    assert.equal(port.code, 2);
    assert.match(port.output, /--port/);
    const unknown = await runToEnd(['--verbose']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.output, /Usage: article-embed-resolver/);
  });

  it('--help prints the usage', async () => {
    const help = await runToEnd(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.output, /ARTICLE_EMBED_ALLOW_HOSTS/);
  });
});
