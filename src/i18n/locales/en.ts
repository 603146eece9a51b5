/** English UI strings: the reference table every other language follows. */
export const en = {
  menu: 'Menu',
  sections: 'Site sections',
  exitMobile: 'Exit mobile version',
  switchMobile: 'Switch to mobile version',
  leaveReply: 'Leave a Reply',
  comments: { one: '{n} Comment', other: '{n} Comments' },
  writtenBy: 'Written by {names}',
  by: 'By {names}',
  published: 'Published {date}',
  updated: 'Updated {date}',
  readingTime: { one: '{n} min read', other: '{n} min read' },
  readMore: 'Read more',
  readMoreAbout: 'Read more: {headline}',
  source: 'Source',
  tags: 'Tags',
  share: 'Share',
  shareBar: 'Share this article',
  shareOn: 'Share on {network}',
  shareByEmail: 'Share by email',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyFailed: 'Press Ctrl+C to copy the link',
  loading: 'Loading article…',
  errorTitle: 'This article could not be shown.',
  retry: 'Retry',
  errorHttp: 'The server answered with an error ({status}).',
  errorTimeout: 'The article took too long to load.',
  errorTooLarge: 'The article is too large to show.',
  errorBadJson: 'The article data is damaged.',
  errorUnsupported: 'This kind of document cannot be shown as an article.',
  errorNoArticle: 'No article was found in the data.',
  errorNetwork: 'The article could not be reached.',
  errorCors: 'The server may not allow other sites to load it (CORS). The publisher can add the data to this page instead.',
  errorBlockedUrl: 'The article address is not allowed.',
} as const;

export type StringKey = keyof typeof en;
/** A string, or plural forms keyed by `Intl.PluralRules` category. */
export type UiString = string | Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
/** A complete table of UI strings for one language. */
export type UiStrings = { [K in StringKey]: (typeof en)[K] extends string ? string : UiString };
