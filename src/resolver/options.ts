/**
 * The resolver's options: their defaults, their checks (a bad value is a clear error when the
 * resolver is made, never a surprise on the first request), and the same options read from
 * `ARTICLE_EMBED_*` environment variables (the Worker module and the Node command).
 */
import { MAX_RESPONSE_BYTES } from '../load/read-response.js';
import { parseAllowList, type AllowList } from './guard.js';

export interface ResolverOptions {
  /**
   * When set, only these hosts are fetched (a closed proxy for your own sites), and a listed
   * host is trusted even when it is on a private network. A comma list or an array of `host`
   * (its scheme's default port), `host:port`, `*.example.com` (any subdomain) or an IP address
   * (`10.0.0.5`, `[fd00::5]:8080`).
   */
  allowHosts?: string | readonly string[] | undefined;
  /** Fetch hosts on loopback, private, link-local… networks too (default false). Ports stay restricted. */
  allowPrivateNetworks?: boolean | undefined;
  /** Largest upstream response read, in bytes (default 4 MiB, as in the browser). */
  maxBytes?: number | undefined;
  /** Milliseconds for one upstream fetch, redirects included (default 10 000). */
  timeout?: number | undefined;
  /** How long an article is cached, here and by browsers and CDNs (`max-age`; default 300). */
  cacheSeconds?: number | undefined;
  /** URL of the hosted embed page that `/oembed` frames (`demo/embed.html`, served by you). */
  embedPage?: string | undefined;
  /** The `User-Agent` sent upstream. */
  userAgent?: string | undefined;
  /**
   * The resolver's public address (`https://resolver.example/`), used in the data URLs
   * `/oembed` writes. By default, the address the request came to.
   */
  publicUrl?: string | undefined;
  /** Articles kept in memory (default 1 000; each entry is at most `maxBytes`). */
  cacheEntries?: number | undefined;
}

/** The options after defaults and checks. */
export interface ResolvedOptions {
  allowHosts: AllowList | undefined;
  allowPrivateNetworks: boolean;
  maxBytes: number;
  timeout: number;
  cacheSeconds: number;
  embedPage: string | undefined;
  userAgent: string;
  publicUrl: string | undefined;
  cacheEntries: number;
}

export const DEFAULT_USER_AGENT = 'article-embed-resolver (+https://www.npmjs.com/package/article-embed)';
export const DEFAULTS = {
  maxBytes: MAX_RESPONSE_BYTES,
  timeout: 10_000,
  cacheSeconds: 300,
  cacheEntries: 1000,
} as const;

function positiveInteger(name: string, value: number | undefined, fallback: number, allowZero = false): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < (allowZero ? 0 : 1)) {
    throw new TypeError(
      `article-embed resolver: ${name} must be a ${allowZero ? 'non-negative' : 'positive'} integer, not ${String(value)}.`,
    );
  }
  return value;
}

function httpUrlOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new TypeError(`article-embed resolver: ${name} must be an absolute http(s) URL, not "${value}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`article-embed resolver: ${name} must be an http(s) URL, not "${value}".`);
  }
  return url.href;
}

/** Applies the defaults and checks every option; throws a `TypeError` that names the bad one. */
export function resolveOptions(options: ResolverOptions = {}): ResolvedOptions {
  const userAgent = options.userAgent?.trim() || DEFAULT_USER_AGENT;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(userAgent)) throw new TypeError('article-embed resolver: userAgent must be one line of text.');
  let publicUrl = httpUrlOption('publicUrl', options.publicUrl);
  if (publicUrl && !publicUrl.endsWith('/')) publicUrl += '/';
  return {
    allowHosts: options.allowHosts === undefined ? undefined : parseAllowList(options.allowHosts),
    allowPrivateNetworks: options.allowPrivateNetworks === true,
    maxBytes: positiveInteger('maxBytes', options.maxBytes, DEFAULTS.maxBytes),
    timeout: positiveInteger('timeout', options.timeout, DEFAULTS.timeout),
    cacheSeconds: positiveInteger('cacheSeconds', options.cacheSeconds, DEFAULTS.cacheSeconds, true),
    embedPage: httpUrlOption('embedPage', options.embedPage),
    userAgent,
    publicUrl,
    cacheEntries: positiveInteger('cacheEntries', options.cacheEntries, DEFAULTS.cacheEntries),
  };
}

/** The environment variable of each option: `allowHosts` → `ARTICLE_EMBED_ALLOW_HOSTS`. */
export const ENV_NAMES = {
  allowHosts: 'ARTICLE_EMBED_ALLOW_HOSTS',
  allowPrivateNetworks: 'ARTICLE_EMBED_ALLOW_PRIVATE_NETWORKS',
  maxBytes: 'ARTICLE_EMBED_MAX_BYTES',
  timeout: 'ARTICLE_EMBED_TIMEOUT',
  cacheSeconds: 'ARTICLE_EMBED_CACHE_SECONDS',
  embedPage: 'ARTICLE_EMBED_EMBED_PAGE',
  userAgent: 'ARTICLE_EMBED_USER_AGENT',
  publicUrl: 'ARTICLE_EMBED_PUBLIC_URL',
  cacheEntries: 'ARTICLE_EMBED_CACHE_ENTRIES',
} as const satisfies Record<keyof ResolverOptions, string>;

function envString(env: Record<string, unknown>, name: string): string | undefined {
  const value = env[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function envNumber(env: Record<string, unknown>, name: string): number | undefined {
  const value = envString(env, name);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n))
    throw new TypeError(`article-embed resolver: ${name} must be a whole number, not "${value}".`);
  return n;
}

function envBoolean(env: Record<string, unknown>, name: string): boolean | undefined {
  const value = envString(env, name)?.toLowerCase();
  if (value === undefined) return undefined;
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  throw new TypeError(`article-embed resolver: ${name} must be true or false, not "${value}".`);
}

/**
 * The options from environment variables (`process.env`, or a Worker's `env`). Unset or empty
 * variables leave the default; a malformed one throws a `TypeError` that names it.
 */
export function optionsFromEnv(env: Record<string, unknown>): ResolverOptions {
  return {
    allowHosts: envString(env, ENV_NAMES.allowHosts),
    allowPrivateNetworks: envBoolean(env, ENV_NAMES.allowPrivateNetworks),
    maxBytes: envNumber(env, ENV_NAMES.maxBytes),
    timeout: envNumber(env, ENV_NAMES.timeout),
    cacheSeconds: envNumber(env, ENV_NAMES.cacheSeconds),
    embedPage: envString(env, ENV_NAMES.embedPage),
    userAgent: envString(env, ENV_NAMES.userAgent),
    publicUrl: envString(env, ENV_NAMES.publicUrl),
    cacheEntries: envNumber(env, ENV_NAMES.cacheEntries),
  };
}
