import type { UiTable } from './en.js';

/** Turkish UI strings (a noun after a number stays singular, so counts need one form). */
export const tr: UiTable = [
  // menu
  'Menü',
  // sections
  'Site bölümleri',
  // exitMobile
  'Mobil sürümden çık',
  // switchMobile
  'Mobil sürüme geç',
  // leaveReply
  'Yorum yapın',
  // comments
  '{n} yorum',
  // writtenBy
  'Yazan: {names}',
  // by
  'Yazan: {names}',
  // updated
  'Güncellendi: {date}',
  // readingTime
  '{n} dk okuma',
  // readMore
  'Devamını oku',
  // readMoreAbout
  'Devamını oku: {headline}',
  // source
  'Kaynak',
  // tags
  'Etiketler',
  // share
  'Paylaş',
  // shareBar
  'Bu haberi paylaş',
  // shareOn
  '{network} üzerinden paylaş',
  // shareByEmail
  'E-postayla paylaş',
  // copyLink
  'Bağlantıyı kopyala',
  // linkCopied
  'Bağlantı kopyalandı',
  // copyFailed
  'Bağlantıyı aşağıdaki alandan kopyalayın.',
  // loading
  'Haber yükleniyor…',
  // errorTitle
  'Bu haber gösterilemedi.',
  // retry
  'Yeniden dene',
  // errorHttp
  'Sunucu bir hatayla yanıt verdi ({status}).',
  // errorTimeout
  'Haberin yüklenmesi çok uzun sürdü.',
  // errorTooLarge
  'Haber, gösterilemeyecek kadar büyük.',
  // errorBadJson
  'Haberin verileri bozuk.',
  // errorUnsupported
  'Bu tür bir belge haber olarak gösterilemez.',
  // errorNoArticle
  'Verilerde haber bulunamadı.',
  // errorNetwork
  'Habere ulaşılamadı.',
  // errorCors
  'Sunucu, diğer sitelerin onu yüklemesine izin vermiyor olabilir (CORS). Yayıncı, verileri bunun yerine bu sayfaya ekleyebilir.',
  // errorBlockedUrl
  'Haberin adresine izin verilmiyor.',
];
