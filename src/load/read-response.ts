/**
 * Reading a fetched response into a source document, the same way in the browser
 * (`fetch-document.ts`) and in the resolver (`resolver/upstream.ts`): the status, a declared
 * size over the cap refused before a byte is read, the content type, the body read as a stream
 * and stopped past the cap (a huge response is never read whole), the charset the server names,
 * and `JSON.parse` only. DOM-free: it runs in browsers, Node and Workers.
 */
import { ArticleError } from '../model/errors.js';
import type { SourceDocument } from '../sources/types.js';

/** Responses larger than this are refused (`too-large`). */
export const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

/** What we ask servers for: the JSON formats first, an HTML page otherwise. */
export const ACCEPT = 'application/json, application/feed+json, text/html;q=0.8';

const JSON_TYPES = /^application\/(?:[\w.+-]+\+)?json$|^text\/json$/;
const HTML_TYPES = /^text\/html$|^application\/xhtml\+xml$/;

/**
 * Turns a response into a source document, or throws an `ArticleError` (`http`, `too-large`,
 * `unsupported`, `bad-json`). An error of the stream itself (an abort, a reset connection) is
 * thrown as it is: the caller knows whether it was its timer, its caller or the network.
 */
export async function readDocument(response: Response, url: string, maxBytes = MAX_RESPONSE_BYTES): Promise<SourceDocument> {
  if (!response.ok) {
    await discard(response);
    throw new ArticleError('http', `The server answered ${response.status} ${response.statusText}`.trim() + '.', {
      src: url,
      status: response.status,
    });
  }
  const length = Number(response.headers.get('content-length'));
  if (length > maxBytes) {
    // Declared too large: refused before a single byte of the body is read.
    await discard(response);
    throw tooLarge(url, maxBytes);
  }
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const isJson = JSON_TYPES.test(type);
  const isHtml = HTML_TYPES.test(type);
  if (type && !isJson && !isHtml && type !== 'text/plain') {
    await discard(response);
    throw new ArticleError('unsupported', `The server sent ${type}, not JSON or HTML.`, { src: url });
  }
  const body = await readText(response, maxBytes, url, charsetOf(response.headers.get('content-type')));
  if (isHtml || (!isJson && /^\s*</.test(body))) return { kind: 'html', text: body };
  try {
    // JSON.parse only: a "__proto__" key becomes plain data, nothing is evaluated or merged.
    return { kind: 'json', value: JSON.parse(body) as unknown };
  } catch (cause) {
    throw new ArticleError('bad-json', 'The data is not valid JSON.', { src: url, cause });
  }
}

/** Stops downloading a body we will not read. */
export async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // Already closed or errored: nothing left to stop.
  }
}

/** The `charset` of a Content-Type (older article pages still send windows-1252 and the like). */
function charsetOf(contentType: string | null): string | undefined {
  return /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '')?.[1];
}

function decoderFor(charset: string | undefined): TextDecoder {
  try {
    return new TextDecoder(charset ?? 'utf-8');
  } catch {
    return new TextDecoder(); // an unknown label: UTF-8, as the web does
  }
}

/** Reads the body as text, stopping (and cancelling the download) past `maxBytes`. */
async function readText(response: Response, maxBytes: number, url: string, charset?: string): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = decoderFor(charset);
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw tooLarge(url, maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

export function tooLarge(src: string, maxBytes: number): ArticleError {
  return new ArticleError('too-large', `The response is larger than ${Math.round(maxBytes / 1024)} KB.`, { src });
}

export function timeoutError(src: string, timeout: number): ArticleError {
  return new ArticleError('timeout', `No complete answer within ${timeout} ms.`, { src });
}
