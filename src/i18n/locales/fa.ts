import type { UiTable } from './en.js';

/** Persian UI strings (right to left; a noun after a number stays singular). */
export const fa: UiTable = [
  // menu
  'منو',
  // sections
  'بخش‌های سایت',
  // exitMobile
  'خروج از نسخهٔ موبایل',
  // switchMobile
  'رفتن به نسخهٔ موبایل',
  // leaveReply
  'دیدگاهتان را بنویسید',
  // comments
  '{n} دیدگاه',
  // writtenBy
  'نوشتهٔ {names}',
  // by
  'به قلم {names}',
  // updated
  'به‌روزرسانی: {date}',
  // readingTime
  '{n} دقیقه مطالعه',
  // readMore
  'ادامهٔ مطلب',
  // readMoreAbout
  'ادامهٔ مطلب: {headline}',
  // source
  'منبع',
  // tags
  'برچسب‌ها',
  // share
  'اشتراک‌گذاری',
  // shareBar
  'اشتراک‌گذاری این مطلب',
  // shareOn
  'اشتراک‌گذاری در {network}',
  // shareByEmail
  'اشتراک‌گذاری با ایمیل',
  // copyLink
  'کپی پیوند',
  // linkCopied
  'پیوند کپی شد',
  // copyFailed
  'پیوند را از کادر زیر کپی کنید.',
  // loading
  'در حال بارگذاری مطلب…',
  // errorTitle
  'نمایش این مطلب ممکن نشد.',
  // retry
  'تلاش دوباره',
  // errorHttp
  'سرور با خطا پاسخ داد ({status}).',
  // errorTimeout
  'بارگذاری مطلب بیش از حد طول کشید.',
  // errorTooLarge
  'این مطلب برای نمایش بیش از حد بزرگ است.',
  // errorBadJson
  'داده‌های مطلب آسیب دیده است.',
  // errorUnsupported
  'این نوع سند را نمی‌توان به‌صورت مطلب نمایش داد.',
  // errorNoArticle
  'هیچ مطلبی در داده‌ها پیدا نشد.',
  // errorNetwork
  'دسترسی به مطلب ممکن نشد.',
  // errorCors
  'ممکن است سرور اجازه ندهد سایت‌های دیگر آن را بارگذاری کنند (CORS). ناشر می‌تواند داده‌ها را مستقیماً به این صفحه بیفزاید.',
  // errorBlockedUrl
  'نشانی این مطلب مجاز نیست.',
];
