/**
 * On the page that frames hosted embeds: sizes each embed iframe to its content. It speaks
 * the WordPress post-embed protocol (protocol.ts), so it sizes WordPress embeds
 * (`iframe.wp-embedded-content`) as well as ours (`iframe.article-embed-frame`).
 *
 * No bare imports here: a page can load this module straight from dist/.
 */
import { isEmbedMessage, isSecret, newSecret } from './protocol.js';

export const FRAME_SELECTOR = 'iframe.article-embed-frame, iframe.wp-embedded-content';
/** Heights outside these bounds are clamped: a frame never collapses nor grows without end. */
export const MIN_HEIGHT = 80;
export const MAX_HEIGHT = 8000;

/**
 * The origin messages from a frame come from: its URL's, or the opaque "null" of a frame
 * sandboxed without `allow-same-origin` (WordPress sandboxes embeds that way).
 */
function frameOrigin(frame: HTMLIFrameElement): string {
  const opaque = frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin');
  return opaque ? 'null' : new URL(frame.src, document.baseURI).origin;
}

/** Gives a frame its secret (once) and asks it for its height when it loads. */
export function prepareFrame(frame: HTMLIFrameElement): void {
  let secret = frame.dataset['secret'];
  if (!isSecret(secret)) {
    secret = newSecret();
    frame.dataset['secret'] = secret;
    const url = new URL(frame.src, document.baseURI);
    url.hash = `?secret=${secret}`;
    frame.src = url.href;
  }
  const ready = () => {
    const origin = frameOrigin(frame);
    // An opaque origin cannot be named as a target; the secret is the frame's own anyway.
    frame.contentWindow?.postMessage({ message: 'ready', secret: frame.dataset['secret'] }, origin === 'null' ? '*' : origin);
  };
  frame.addEventListener('load', ready);
  // The frame may have loaded already; a message to a frame still loading is simply dropped.
  ready();
}

/** Applies one message from an embed, if it comes from the frame that holds its secret. */
export function receiveMessage(event: MessageEvent, root: ParentNode = document): HTMLIFrameElement | undefined {
  if (!isEmbedMessage(event.data) || event.data.message !== 'height') return undefined;
  const { secret, value } = event.data;
  const frame = Array.from(root.querySelectorAll<HTMLIFrameElement>(FRAME_SELECTOR)).find((f) => f.dataset['secret'] === secret);
  // A right secret is not enough: the message must come from that iframe's own window and origin.
  if (!frame || event.source !== frame.contentWindow) return undefined;
  if (event.origin !== frameOrigin(frame)) return undefined;
  const height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(Number(value))));
  if (!Number.isFinite(height)) return undefined;
  frame.height = String(height);
  // WordPress-style markup keeps the frame hidden until it answers, showing the link meanwhile.
  if (frame.style.visibility === 'hidden') {
    frame.style.removeProperty('visibility');
    frame.style.removeProperty('position');
    frame.style.removeProperty('left');
  }
  // The fallback link shown beside the frame (WordPress puts a blockquote there) can go now.
  root.querySelectorAll<HTMLElement>(`blockquote[data-secret="${secret}"]`).forEach((quote) => (quote.hidden = true));
  return frame;
}

/** Prepares every embed frame under `root` and listens for their messages; returns a function that stops. */
export function connectEmbeds(root: ParentNode = document): () => void {
  root.querySelectorAll<HTMLIFrameElement>(FRAME_SELECTOR).forEach(prepareFrame);
  const listener = (event: MessageEvent) => void receiveMessage(event, root);
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
