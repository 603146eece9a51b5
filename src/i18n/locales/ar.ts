import type { UiTable } from './en.js';

/** Arabic UI strings (Modern Standard Arabic; all six plural categories). */
export const ar: UiTable = [
  // menu
  'القائمة',
  // sections
  'أقسام الموقع',
  // exitMobile
  'الخروج من نسخة الجوال',
  // switchMobile
  'التبديل إلى نسخة الجوال',
  // leaveReply
  'اترك تعليقًا',
  // comments
  {
    zero: 'لا تعليقات',
    one: 'تعليق واحد',
    two: 'تعليقان',
    few: '{n} تعليقات',
    many: '{n} تعليقًا',
    other: '{n} تعليق',
  },
  // writtenBy
  'بقلم {names}',
  // by
  'بقلم {names}',
  // updated
  'آخر تحديث: {date}',
  // readingTime
  {
    zero: 'أقل من دقيقة قراءة',
    one: 'دقيقة قراءة',
    two: 'دقيقتا قراءة',
    few: '{n} دقائق قراءة',
    many: '{n} دقيقة قراءة',
    other: '{n} دقيقة قراءة',
  },
  // readMore
  'اقرأ المزيد',
  // readMoreAbout
  'اقرأ المزيد: {headline}',
  // source
  'المصدر',
  // tags
  'الوسوم',
  // share
  'مشاركة',
  // shareBar
  'شارك هذا المقال',
  // shareOn
  'شارك على {network}',
  // shareByEmail
  'شارك عبر البريد الإلكتروني',
  // copyLink
  'نسخ الرابط',
  // linkCopied
  'تم نسخ الرابط',
  // copyFailed
  'انسخ الرابط من الحقل أدناه.',
  // loading
  'جارٍ تحميل المقال…',
  // errorTitle
  'تعذّر عرض هذا المقال.',
  // retry
  'إعادة المحاولة',
  // errorHttp
  'ردّ الخادم بخطأ ({status}).',
  // errorTimeout
  'استغرق تحميل المقال وقتًا طويلًا.',
  // errorTooLarge
  'المقال أكبر من أن يُعرض.',
  // errorBadJson
  'بيانات المقال تالفة.',
  // errorUnsupported
  'لا يمكن عرض هذا النوع من المستندات كمقال.',
  // errorNoArticle
  'لم يُعثر على مقال في البيانات.',
  // errorNetwork
  'تعذّر الوصول إلى المقال.',
  // errorCors
  'قد لا يسمح الخادم للمواقع الأخرى بتحميله (CORS). يمكن للناشر إضافة البيانات إلى هذه الصفحة بدلًا من ذلك.',
  // errorBlockedUrl
  'عنوان المقال غير مسموح به.',
];
