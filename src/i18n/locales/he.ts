import type { UiTable } from './en.js';

/** Hebrew UI strings (right to left; "ב־" joins a network name with a maqaf). */
export const he: UiTable = [
  // menu
  'תפריט',
  // sections
  'מדורי האתר',
  // exitMobile
  'יציאה מגרסת המובייל',
  // switchMobile
  'מעבר לגרסת המובייל',
  // leaveReply
  'השארת תגובה',
  // comments
  {
    one: 'תגובה אחת',
    two: 'שתי תגובות',
    other: '{n} תגובות',
  },
  // writtenBy
  'נכתב על ידי {names}',
  // by
  'מאת {names}',
  // updated
  'עודכן: {date}',
  // readingTime
  {
    one: 'דקת קריאה אחת',
    two: 'שתי דקות קריאה',
    other: '{n} דקות קריאה',
  },
  // readMore
  'להמשך קריאה',
  // readMoreAbout
  'להמשך קריאה: {headline}',
  // source
  'מקור',
  // tags
  'תגיות',
  // share
  'שיתוף',
  // shareBar
  'שיתוף הכתבה',
  // shareOn
  'שיתוף ב־{network}',
  // shareByEmail
  'שיתוף בדוא״ל',
  // copyLink
  'העתקת הקישור',
  // linkCopied
  'הקישור הועתק',
  // copyFailed
  'אפשר להעתיק את הקישור מהשדה שלמטה.',
  // loading
  'הכתבה נטענת…',
  // errorTitle
  'לא ניתן להציג את הכתבה.',
  // retry
  'ניסיון נוסף',
  // errorHttp
  'השרת השיב בשגיאה ({status}).',
  // errorTimeout
  'טעינת הכתבה נמשכה זמן רב מדי.',
  // errorTooLarge
  'הכתבה גדולה מכדי שאפשר יהיה להציג אותה.',
  // errorBadJson
  'נתוני הכתבה פגומים.',
  // errorUnsupported
  'אי אפשר להציג מסמך מסוג זה ככתבה.',
  // errorNoArticle
  'לא נמצאה כתבה בנתונים.',
  // errorNetwork
  'לא ניתן להגיע לכתבה.',
  // errorCors
  'ייתכן שהשרת אינו מאפשר לאתרים אחרים לטעון אותה (CORS). המפרסם יכול להוסיף את הנתונים לדף הזה במקום זאת.',
  // errorBlockedUrl
  'כתובת הכתבה אינה מותרת.',
];
