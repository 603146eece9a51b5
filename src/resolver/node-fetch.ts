/**
 * Node's upstream fetch: undici's `fetch` through an `Agent` whose connector checks the address
 * every socket really connects to. A host name is resolved once, by the connector's `lookup`,
 * and every address the answer holds is checked before the socket is opened: there is no
 * earlier "check" lookup that a DNS server could answer differently (DNS rebinding). IP
 * literals, which skip `lookup`, are checked in the connector too, and the connected socket's
 * remote address once more before a byte is written.
 */
import dns from 'node:dns';
import net from 'node:net';
import { Agent, buildConnector, fetch as undiciFetch } from 'undici';
import { addressProblem, BlockedUrlError, isListedName, type GuardPolicy } from './guard.js';
import type { FetchLike } from './upstream.js';

export interface LookupAddress {
  address: string;
  family: number;
}

/**
 * A DNS lookup with `dns.lookup`'s callback shape for `{ all: true }`: every address of `hostname`.
 * Tests inject one that answers what an attacker's DNS server would.
 */
export type LookupAll = (
  hostname: string,
  options: { family?: number | undefined },
  callback: (error: Error | null, addresses: LookupAddress[]) => void,
) => void;

const systemLookup: LookupAll = (hostname, options, callback) => {
  dns.lookup(hostname, { family: options.family ?? 0, all: true, verbatim: true }, (error, addresses) => callback(error, addresses ?? []));
};

/** A name that resolved to an address the resolver may not connect to. */
export class BlockedAddressError extends BlockedUrlError {}

type NodeLookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;

/** `net.connect`'s `lookup`: resolves, refuses the whole answer if any address is refused. */
function guardedLookup(trusted: (hostname: string) => boolean, lookup: LookupAll) {
  return (hostname: string, options: { family?: number | undefined; all?: boolean | undefined }, callback: NodeLookupCallback): void => {
    lookup(hostname, { family: options.family }, (error, addresses) => {
      if (error) return callback(error, '');
      if (!addresses.length) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '');
      if (!trusted(hostname)) {
        // Any refused address refuses the name: a rebinding server mixes a public and a private one.
        for (const { address } of addresses) {
          const problem = addressProblem(address);
          if (problem) return callback(new BlockedAddressError(`${hostname} resolves to ${address}, ${problem}`), '');
        }
      }
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

/** The undici dispatcher every upstream request of one resolver goes through. */
export function guardedAgent(policy: GuardPolicy, lookup: LookupAll = systemLookup): Agent {
  const trusted = (hostname: string): boolean =>
    policy.allowPrivateNetworks || (policy.allowHosts !== undefined && isListedName(policy.allowHosts, hostname));
  const connect = buildConnector({ lookup: guardedLookup(trusted, lookup) as never });
  return new Agent({
    connect: (options, callback) => {
      const host = options.hostname.replace(/^\[|\]$/g, '');
      const literal = net.isIP(host) !== 0;
      // IP literals never reach `lookup`: check them here (the URL guard did too).
      const problem = literal && !trusted(options.hostname) ? addressProblem(host) : undefined;
      if (problem) return callback(new BlockedAddressError(`${host} is ${problem}`), null);
      connect(options, (error, socket) => {
        if (error || !socket) return callback(error ?? new Error('no socket'), null);
        // The address the socket is connected to, before anything is written on it.
        if (!trusted(options.hostname)) {
          const remote = socket.remoteAddress;
          const late = remote ? addressProblem(remote) : 'an unknown address';
          if (late) {
            socket.destroy();
            return callback(new BlockedAddressError(`${options.hostname} connected to ${remote ?? '?'}, ${late}`), null);
          }
        }
        callback(null, socket);
      });
    },
  });
}

/** The Node fetch: undici's, through the guarded agent. */
export function nodeFetch(agent: Agent): FetchLike {
  return (url, init) => undiciFetch(url, { ...init, dispatcher: agent }) as unknown as Promise<Response>;
}
