/**
 * English UI strings: the reference table every other language follows. A value is a string,
 * or plural forms keyed by `Intl.PluralRules` category (`{n}` is the count). Placeholders in
 * braces are filled in by the elements; keep them in translations.
 */
export const en = {
  menu: 'Menu',
  sections: 'Site sections',
  exitMobile: 'Exit mobile version',
  switchMobile: 'Switch to mobile version',
  leaveReply: 'Leave a Reply',
  comments: { one: '{n} Comment', other: '{n} Comments' },
  writtenBy: 'Written by {names}',
  by: 'By {names}',
  // Must read well before an absolute date and before a relative one ("3 days ago").
  updated: 'Updated {date}',
  readingTime: '{n} min read',
  readMore: 'Read more',
  // The accessible name of "Read more": it must begin with, or contain, readMore (WCAG 2.5.3).
  readMoreAbout: 'Read more: {headline}',
  source: 'Source',
  tags: 'Tags',
  share: 'Share',
  shareBar: 'Share this article',
  shareOn: 'Share on {network}',
  shareByEmail: 'Share by email',
  // The e-mail link's visible label: it must be part of shareByEmail (WCAG 2.5.3).
  email: 'Email',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyFailed: 'Copy the link from the field below.',
  loading: 'Loading article…',
  errorTitle: 'This article could not be shown.',
  retry: 'Retry',
  // What a reader sees when a load fails; the technical reason goes under errorDetails.
  errorLoad: 'This article could not be loaded.',
  errorDetails: 'Details',
  errorHttp: 'The server answered with an error ({status}).',
  errorTimeout: 'The article took too long to load.',
  errorTooLarge: 'The article is too large to show.',
  errorBadJson: 'The article data is damaged.',
  errorUnsupported: 'This kind of document cannot be shown as an article.',
  errorNoArticle: 'No article was found in the data.',
  errorNetwork: 'The article could not be reached.',
  errorCors: 'The server may not allow other sites to load it (CORS). The publisher can add the data to this page instead.',
  errorBlockedUrl: 'The article address is not allowed.',
};

export type StringKey = keyof typeof en;
/** A string, or plural forms keyed by `Intl.PluralRules` category (`other` is required). */
export type UiString = string | (Partial<Record<Intl.LDMLPluralRule, string>> & { other: string });
/**
 * A complete table of UI strings for one language. Every built-in table is an object literal
 * that `satisfies UiStrings`, so a missing or unknown key fails the type check.
 */
export type UiStrings = Record<StringKey, UiString>;
