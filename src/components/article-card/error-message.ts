/** The short, human message shown for each kind of failure, in the UI language. */
import { t, type StringKey } from '../../i18n/strings.js';
import type { ArticleError, ArticleErrorCode } from '../../model/errors.js';

const KEYS: Record<ArticleErrorCode, StringKey> = {
  http: 'errorHttp',
  timeout: 'errorTimeout',
  'too-large': 'errorTooLarge',
  'bad-json': 'errorBadJson',
  unsupported: 'errorUnsupported',
  'no-article': 'errorNoArticle',
  network: 'errorNetwork',
  'blocked-url': 'errorBlockedUrl',
  aborted: 'errorNetwork',
  // The error box shows the title alone for it ("This article could not be shown").
  internal: 'errorTitle',
};

export function errorMessage(error: ArticleError, lang: string): string {
  if (error.code === 'network' && error.src) {
    try {
      if (new URL(error.src, document.baseURI).origin !== location.origin) return t(lang, 'errorCors');
    } catch {
      // Not a URL: the plain network message below.
    }
  }
  return t(lang, KEYS[error.code], { status: error.status ?? '' });
}

const reported = new Set<string>();

/**
 * Tells the developer console why a card failed, once per failure (twenty cards with the same
 * failing `src` make one line): the reader sees a plain sentence, the page's developer the cause.
 */
export function reportOnce(error: ArticleError, src: string | undefined): void {
  const key = `${src ?? ''}\n${error.code}\n${error.status ?? ''}\n${error.message}`;
  if (reported.has(key)) return;
  reported.add(key);
  console.warn(`<article-card>${src ? ` ${src}` : ''}: ${error.code}${error.status ? ` ${error.status}` : ''}: ${error.message}`);
}
