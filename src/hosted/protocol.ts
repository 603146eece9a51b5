/**
 * The messages a hosted embed page and the page that frames it exchange. They follow the
 * protocol WordPress uses for its post embeds, so a WordPress site resizes our iframe with its
 * own script, and our host script resizes WordPress embeds too:
 *  - the host gives each iframe a secret, in the iframe's URL as `#?secret=…` and on the iframe
 *    as `data-secret`;
 *  - the host sends `{ message: 'ready', secret }` to the iframe once it has loaded;
 *  - the iframe sends `{ message: 'height', value, secret }` to its parent then and whenever its
 *    content changes height;
 *  - the iframe sends `{ message: 'link', value: url, secret }` when the reader follows a link,
 *    for hosts (WordPress) whose sandbox keeps the iframe from opening it.
 * The secret lets a host tell its embeds apart and drop messages meant for another; the host
 * also checks that a message comes from that very iframe's window and origin.
 */
export interface EmbedMessage {
  message: 'ready' | 'height' | 'link';
  secret: string;
  value?: number | string;
}

/** Secrets are short and alphanumeric, so one can go into a CSS selector and a URL as-is. */
const SECRET = /^[A-Za-z0-9]{8,64}$/;

export function isSecret(value: unknown): value is string {
  return typeof value === 'string' && SECRET.test(value);
}

/** The secret in an embed URL's fragment (`#?secret=abc123XYZ0`), if there is a valid one. */
export function secretFromHash(hash: string): string | undefined {
  const secret = new URLSearchParams(hash.replace(/^#\??/, '')).get('secret');
  return isSecret(secret) ? secret : undefined;
}

/** A fresh random secret (10 characters, as WordPress makes them). */
export function newSecret(length = 10): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}

/** Whether `data` has the shape of one of our messages (anything may arrive on `message`). */
export function isEmbedMessage(data: unknown): data is EmbedMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { message, secret } = data as Record<string, unknown>;
  return (message === 'ready' || message === 'height') && isSecret(secret);
}
