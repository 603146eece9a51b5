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
