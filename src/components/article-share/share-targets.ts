/**
 * Share targets: how each network's share link is built, and its icon. Every value is made
 * well-formed and put into the link with `encodeURIComponent`; the page URL itself was vetted
 * before it gets here.
 */

export interface ShareData {
  url: string;
  headline: string;
  text: string;
  via: string;
  hashtags: string[];
}

export interface LinkTarget {
  kind: 'link';
  /** Name shown to the reader ("Share on {label}"). */
  label: string;
  /** The icon: path data in a 24 × 24 box. */
  icon: string;
  href(data: ShareData): string;
}

/** The device's share sheet, or the copy-link button. */
export interface ActionTarget<K extends 'native' | 'copy'> {
  kind: K;
  icon: string;
}

export type ShareTarget = LinkTarget | ActionTarget<'native'> | ActionTarget<'copy'>;

/**
 * A UTF-16 string with each lone surrogate replaced by U+FFFD, as `toWellFormed()` does (not in
 * every browser the drop-in serves yet). `encodeURIComponent` throws a URIError on a lone
 * surrogate, and text from the page or a fetched document may hold one.
 */
export const wellFormed = (value: string): string =>
  value.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g, (unit) => (unit.length === 2 ? unit : '\uFFFD'));

/** encodeURIComponent that never throws. */
const encode = (value: string): string => encodeURIComponent(wellFormed(value));

/** `a=1&b=2` from the non-empty values, each encoded with encodeURIComponent. */
const query = (params: Record<string, string>): string =>
  Object.keys(params)
    .filter((key) => params[key] !== '')
    .map((key) => `${key}=${encode(params[key]!)}`)
    .join('&');

const summary = (data: ShareData) => [data.headline, data.text].filter(Boolean).join(' — ');

export const SHARE_TARGETS: Record<string, ShareTarget> = {
  native: {
    kind: 'native',
    icon: 'M18 16a3 3 0 0 0-2.4 1.2l-6.7-3.4a3 3 0 0 0 0-1.6l6.7-3.4A3 3 0 1 0 15 7l-6.7 3.4a3 3 0 1 0 0 3.2L15 17a3 3 0 1 0 3-1z',
  },
  x: {
    kind: 'link',
    label: 'X',
    icon: 'M4 4h4.5l4 5.6L17.3 4H20l-6.2 7.2L20.5 20H16l-4.3-6-5.2 6H4l6.5-7.5z',
    href: (d) => `https://x.com/intent/post?${query({ url: d.url, text: d.headline, via: d.via, hashtags: d.hashtags.join(',') })}`,
  },
  facebook: {
    kind: 'link',
    label: 'Facebook',
    icon: 'M13.5 21v-7.5H16l.5-3h-3V8.6c0-.9.3-1.6 1.6-1.6h1.6V4.3a21 21 0 0 0-2.4-.1c-2.4 0-4 1.4-4 4.1v2.2H7.5v3h2.6V21z',
    href: (d) => `https://www.facebook.com/sharer/sharer.php?${query({ u: d.url })}`,
  },
  linkedin: {
    kind: 'link',
    label: 'LinkedIn',
    icon: 'M5 9h3v11H5zm1.5-5A1.7 1.7 0 1 1 6.5 7.5 1.7 1.7 0 0 1 6.5 4zM10 9h2.9v1.5c.5-.9 1.6-1.8 3.3-1.8 3.1 0 3.8 2 3.8 4.7V20h-3v-5.8c0-1.4 0-3-1.9-3s-2.1 1.4-2.1 2.9V20h-3z',
    href: (d) => `https://www.linkedin.com/sharing/share-offsite/?${query({ url: d.url })}`,
  },
  whatsapp: {
    kind: 'link',
    label: 'WhatsApp',
    icon: 'M12 3a9 9 0 0 0-7.8 13.5L3 21l4.6-1.2A9 9 0 1 0 12 3zm0 1.8a7.2 7.2 0 1 1-3.7 13.4l-.3-.2-2.7.7.7-2.6-.2-.3A7.2 7.2 0 0 1 12 4.8zm-3 3.5c-.2 0-.5 0-.7.3-.3.3-1 1-1 2.3s1 2.7 1.2 2.9c.1.2 2 3.2 5 4.3 2.4.9 2.9.7 3.4.7.6-.1 1.7-.7 2-1.4.2-.7.2-1.2.1-1.4l-.5-.3-1.7-.8c-.3-.1-.5-.1-.7.1l-.8 1c-.1.2-.3.2-.6.1a6 6 0 0 1-3-2.6c-.2-.4.2-.4.7-1.3v-.5l-.8-1.9c-.2-.5-.4-.4-.6-.4z',
    href: (d) => `https://wa.me/?${query({ text: `${summary(d)} ${d.url}`.trim() })}`,
  },
  telegram: {
    kind: 'link',
    label: 'Telegram',
    icon: 'M20.7 4.3 2.9 11.2c-1.2.5-1.2 1.2-.2 1.5l4.6 1.4 1.7 5.4c.2.6.4.8.8.8s.6-.2.9-.5l2.2-2.1 4.6 3.4c.8.5 1.4.2 1.6-.8l3-14.2c.3-1.3-.5-1.8-1.4-1.4zM9.2 13.9l8.3-5.2-6.5 6-.3 3z',
    href: (d) => `https://t.me/share/url?${query({ url: d.url, text: summary(d) })}`,
  },
  reddit: {
    kind: 'link',
    label: 'Reddit',
    icon: 'M20 11.5a2 2 0 0 0-3.4-1.4 9.6 9.6 0 0 0-4.6-1.4l.9-3.6 2.6.6a1.5 1.5 0 1 0 .2-1l-3.1-.7a.5.5 0 0 0-.6.4l-1 4.3a9.7 9.7 0 0 0-4.7 1.4A2 2 0 1 0 4.1 13a3.6 3.6 0 0 0 0 .6c0 3 3.5 5.4 7.9 5.4s7.9-2.4 7.9-5.4a3.6 3.6 0 0 0 0-.6 2 2 0 0 0 .1-1.5zM8 13a1.2 1.2 0 1 1 1.2 1.2A1.2 1.2 0 0 1 8 13zm7 3.3a4.7 4.7 0 0 1-3 .9 4.7 4.7 0 0 1-3-.9.4.4 0 0 1 .5-.6 4 4 0 0 0 2.5.7 4 4 0 0 0 2.5-.7.4.4 0 0 1 .5.6zm-.2-2.1A1.2 1.2 0 1 1 16 13a1.2 1.2 0 0 1-1.2 1.2z',
    href: (d) => `https://www.reddit.com/submit?${query({ url: d.url, title: d.headline })}`,
  },
  bluesky: {
    kind: 'link',
    label: 'Bluesky',
    icon: 'M6.3 4.6C8.4 6.2 10.7 9.4 12 11.2c1.3-1.8 3.6-5 5.7-6.6 1.5-1.1 4-2 4 .8 0 .6-.3 4.6-.5 5.2-.7 2.3-3 2.9-5.1 2.5 3.7.6 4.6 2.7 2.6 4.8-3.8 3.9-5.4-1-5.9-2.2l-.8-1.8-.8 1.8c-.5 1.2-2.1 6.1-5.9 2.2-2-2.1-1.1-4.2 2.6-4.8-2.1.4-4.4-.2-5.1-2.5-.2-.6-.5-4.6-.5-5.2 0-2.8 2.5-1.9 4-.8z',
    href: (d) => `https://bsky.app/intent/compose?${query({ text: `${summary(d)} ${d.url}`.trim() })}`,
  },
  email: {
    kind: 'link',
    label: 'Email',
    icon: 'M3 5h18v14H3zm2 2v.5l7 4.5 7-4.5V7zm14 2.9-7 4.5-7-4.5V17h14z',
    // mailto: wants %20, not "+", for spaces: build it by hand.
    href: (d) => `mailto:?subject=${encode(d.headline)}&body=${encode(`${summary(d)}\n\n${d.url}`.trim())}`,
  },
  copy: {
    kind: 'copy',
    icon: 'M10.6 13.4a1 1 0 0 1 0-1.4l3.5-3.5a3 3 0 0 1 4.2 4.2l-2.1 2.1-1.4-1.4 2.1-2.1a1 1 0 0 0-1.4-1.4L12 13.4a1 1 0 0 1-1.4 0zm2.8-2.8a1 1 0 0 1 0 1.4l-3.5 3.5a3 3 0 0 1-4.2-4.2l2.1-2.1 1.4 1.4-2.1 2.1a1 1 0 0 0 1.4 1.4l3.5-3.5a1 1 0 0 1 1.4 0z',
  },
};

export const DEFAULT_TARGETS = 'native,x,facebook,linkedin,whatsapp,telegram,email,copy';

/** The known targets named in a comma list, in its order, without repeats. */
export function parseTargets(list: string): string[] {
  const names = list.split(',').map((name) => name.trim().toLowerCase());
  return [...new Set(names)].filter((name) => Object.prototype.hasOwnProperty.call(SHARE_TARGETS, name));
}
