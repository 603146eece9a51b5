/**
 * Inside the hosted embed page: tells the framing page how tall the content is, so the iframe
 * can be sized to fit with no inner scrollbar. See protocol.ts for the messages.
 */
import { isEmbedMessage, type EmbedMessage } from './protocol.js';

export interface HeightReporterOptions {
  /** The secret from the iframe URL's fragment. */
  secret: string;
  /** What to measure: the element that wraps the whole content. */
  content: Element;
  /** The framing window (tests pass their own). */
  parent?: Window;
}

/** Starts reporting; returns a function that stops it. */
export function reportHeight({ secret, content, parent = window.parent }: HeightReporterOptions): () => void {
  let last = -1;
  const send = (force = false) => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    const message: EmbedMessage = { message: 'height', value: height, secret };
    // The height of a card is nothing secret, and the embed cannot know who frames it: any
    // origin may read it. The host checks who sent it.
    parent.postMessage(message, '*');
  };
  const onMessage = (event: MessageEvent) => {
    // Only our own parent may ask, and only with our secret.
    if (event.source !== parent || !isEmbedMessage(event.data)) return;
    if (event.data.message === 'ready' && event.data.secret === secret) send(true);
  };
  // WordPress sandboxes embeds without popups: it opens a followed link itself when told.
  const onClick = (event: MouseEvent) => {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && !!node.href);
    if (link && /^https?:$/.test(link.protocol))
      parent.postMessage({ message: 'link', value: link.href, secret } satisfies EmbedMessage, '*');
  };
  document.addEventListener('click', onClick);
  const observer = new ResizeObserver(() => send());
  observer.observe(content);
  window.addEventListener('message', onMessage);
  send(true);
  return () => {
    observer.disconnect();
    document.removeEventListener('click', onClick);
    window.removeEventListener('message', onMessage);
  };
}
