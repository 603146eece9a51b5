/**
 * The URL guard: which URLs the resolver may fetch. A resolver fetches what a stranger asks
 * for, from inside someone's network, so this is where server-side request forgery is stopped:
 *
 * - only `http:` and `https:`; never a URL with credentials;
 * - never an address on a loopback, private, link-local (cloud metadata at 169.254.169.254),
 *   carrier-grade NAT, unique-local, multicast or otherwise special network, in any spelling:
 *   the WHATWG URL parser turns `2130706433`, `0x7f.1`, `0177.0.0.1` and `127.1` into
 *   `127.0.0.1` before we look, and IPv4-mapped (`::ffff:127.0.0.1`), IPv4-compatible and
 *   NAT64 IPv6 addresses are unwrapped to the IPv4 address they carry;
 * - never a local name (`localhost`, `*.localhost`, one-label names, `.local`, `.internal`,
 *   `.home.arpa`);
 * - only the scheme's default port;
 * - with `allowHosts`, only the listed hosts (and those are trusted, even on a private network).
 *
 * These checks run on every URL before a connection is made: the one asked for and every
 * redirect hop. Names that resolve to a refused address are caught where the socket connects,
 * on the address it really connects to (`node-fetch.ts`), so DNS rebinding cannot slip through.
 * DOM-free and without Node imports: the Worker module uses it too.
 */
import ipaddr from 'ipaddr.js';
import { MAX_URL_LENGTH } from '../safety/url.js';

/** One `allowHosts` entry. */
export interface AllowEntry {
  /** Lower-case host name without a trailing dot, or an IP address (IPv6 in brackets, as `URL.hostname`). */
  host: string;
  /** `*.host`: any subdomain of `host` (not `host` itself). */
  subdomains: boolean;
  /** The port, or `''` for the scheme's default port (80 and 443 are written `''`). */
  port: string;
}

export interface AllowList {
  entries: readonly AllowEntry[];
}

export interface GuardPolicy {
  allowHosts: AllowList | undefined;
  allowPrivateNetworks: boolean;
}

/** A URL that may not be fetched, and why (for the 403 message). */
export class BlockedUrlError extends Error {
  override readonly name = 'BlockedUrlError';
}

// eslint-disable-next-line no-control-regex
const SUSPICIOUS = /[\u0000-\u001f\u007f-\u009f\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/;
const DEFAULT_PORTS = new Set(['', '80', '443']);

function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/\.+$/, '');
}

/** Parses `allowHosts` (a comma list or an array); throws a `TypeError` naming a bad entry. */
export function parseAllowList(value: string | readonly string[]): AllowList {
  const items = (typeof value === 'string' ? value.split(',') : value).map((item) => String(item).trim()).filter(Boolean);
  const entries = items.map((item): AllowEntry => {
    const subdomains = item.startsWith('*.');
    let url: URL | undefined;
    try {
      url = new URL(`http://${subdomains ? item.slice(2) : item}`);
    } catch {
      url = undefined;
    }
    if (!url || url.username || url.password || url.pathname !== '/' || url.search || url.hash || !url.hostname || item.includes('/')) {
      throw new TypeError(`article-embed resolver: allowHosts entry "${item}" is not a host or host:port.`);
    }
    // `host:80` and `host:443` are the default ports: the same as `host`.
    const port = DEFAULT_PORTS.has(url.port) ? '' : url.port;
    return { host: hostOf(url), subdomains, port };
  });
  return { entries };
}

/** True when `allowHosts` lists the URL's host and port. */
export function isListed(list: AllowList, url: URL): boolean {
  const host = hostOf(url);
  const port = DEFAULT_PORTS.has(url.port) ? '' : url.port;
  return list.entries.some((entry) => entry.port === port && matchesHost(entry, host));
}

/** True when `allowHosts` lists this host name on any port (the connect-time check: the URL was checked already). */
export function isListedName(list: AllowList, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.+$/, '');
  return list.entries.some((entry) => matchesHost(entry, host) || matchesHost(entry, `[${host}]`));
}

function matchesHost(entry: AllowEntry, host: string): boolean {
  return entry.subdomains ? host.endsWith(`.${entry.host}`) : host === entry.host;
}

const LABELS: Record<string, string> = {
  unspecified: 'the unspecified address (it reaches this machine)',
  broadcast: 'a broadcast address',
  multicast: 'a multicast address',
  linkLocal: 'a link-local address (cloud metadata services live there)',
  loopback: 'a loopback address',
  carrierGradeNat: 'a carrier-grade NAT (shared) address',
  private: 'a private-network address',
  reserved: 'a reserved address',
  uniqueLocal: 'a unique-local (private) IPv6 address',
  deprecatedSiteLocal: 'a site-local (private) IPv6 address',
  ipv4Compatible: 'an IPv4-compatible IPv6 address',
  rfc6052: 'a local-use NAT64 address',
  '6to4': 'a 6to4 tunnel address',
  teredo: 'a Teredo tunnel address',
};

/**
 * Why `address` (an IP address as text) may not be connected to, or `undefined` for an
 * ordinary public unicast address. Anything ipaddr.js does not call `unicast` is refused.
 */
export function addressProblem(address: string): string | undefined {
  const text = address.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(text)) return 'not an IP address';
  let ip = ipaddr.parse(text);
  if (ip.kind() === 'ipv6') {
    const v6 = ip as ipaddr.IPv6;
    const parts = v6.parts;
    if (v6.isIPv4MappedAddress()) {
      ip = v6.toIPv4Address();
    } else if (v6.range() === 'rfc6052' && parts[0] === 0x64 && parts[1] === 0xff9b && parts.slice(2, 6).every((p) => p === 0)) {
      // Well-known NAT64 prefix 64:ff9b::/96 (DNS64 networks): judge the IPv4 address it carries.
      ip = ipaddr.fromByteArray(v6.toByteArray().slice(12));
    } else if (parts.slice(0, 6).every((p) => p === 0)) {
      // ::/96: the unspecified address, ::1, and the deprecated IPv4-compatible ::a.b.c.d,
      // refused whatever it carries (nothing public is reached that way), naming what it carries.
      const range = v6.range();
      if (range !== 'unicast') return LABELS[range] ?? `a special-purpose address (${range})`;
      const carried = ipaddr.fromByteArray(v6.toByteArray().slice(12)).toString();
      const inner = addressProblem(carried);
      return `${LABELS.ipv4Compatible}${inner ? ` (${carried} is ${inner})` : ''}`;
    }
  }
  const range = ip.range();
  if (range === 'unicast') return undefined;
  return LABELS[range] ?? `a special-purpose address (${range})`;
}

function isIpLiteral(host: string): boolean {
  // URL.hostname gives IPv6 in brackets and every IPv4 spelling as four decimal parts.
  return host.startsWith('[') || ipaddr.IPv4.isValidFourPartDecimal(host);
}

/** Local names: they name this machine or its network, whatever they resolve to. */
function localName(host: string): string | undefined {
  if (host === 'localhost' || host.endsWith('.localhost')) return 'a localhost name';
  if (!host.includes('.')) return 'a one-label (local network) name';
  if (/\.(?:local|internal|home\.arpa)$/.test(host)) return 'a local-network name';
  return undefined;
}

/**
 * Why the resolver may not fetch `url`, or `undefined` when it may. Called on the URL asked for
 * and on every redirect hop, before any connection.
 */
export function refusal(url: URL, policy: GuardPolicy): string | undefined {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `only http and https URLs are fetched, not ${url.protocol}`;
  if (url.username || url.password) return 'URLs with a user name or password are never fetched';
  if (url.href.length > MAX_URL_LENGTH) return `the URL is longer than ${MAX_URL_LENGTH} characters`;
  const host = hostOf(url);
  if (policy.allowHosts && isListed(policy.allowHosts, url)) return undefined;
  if (!policy.allowPrivateNetworks) {
    if (isIpLiteral(host)) {
      const problem = addressProblem(host);
      if (problem) return `${host} is ${problem}`;
    } else {
      const local = localName(host);
      if (local) return `${host} is ${local}`;
    }
  }
  if (policy.allowHosts) return `${url.host} is not in this resolver's allowHosts`;
  if (!DEFAULT_PORTS.has(url.port))
    return `port ${url.port} is not allowed (only the scheme's default port; list ${url.host} in allowHosts to allow it)`;
  return undefined;
}

export type TargetCheck = { url: URL } | { status: 400 | 403; message: string };

/** Checks the `url` a client asked for: 400 when it is not an absolute URL, 403 when it is refused. */
export function checkTarget(raw: string | null, policy: GuardPolicy): TargetCheck {
  if (raw === null || raw.trim() === '') return { status: 400, message: 'The url parameter is missing.' };
  const trimmed = raw.trim();
  if (trimmed.length > MAX_URL_LENGTH) return { status: 400, message: `The url is longer than ${MAX_URL_LENGTH} characters.` };
  // The URL parser silently drops tabs and newlines ("java\tscript:"): refuse rather than guess.
  if (SUSPICIOUS.test(trimmed)) return { status: 403, message: 'The url contains control or invisible characters.' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { status: 400, message: 'The url is not an absolute URL.' };
  }
  const why = refusal(url, policy);
  return why ? { status: 403, message: `This resolver does not fetch that URL: ${why}.` } : { url };
}
