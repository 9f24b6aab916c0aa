/**
 * The words of a plan document's facts (PlanFacts, the status banner's sentence about an adopted
 * plan), of contact lines and of an indicator's target in one line. The dates themselves are
 * always as printed in the original; these are only the words around them.
 */

export const planFactLabels = {
  /** The terms of the facts list (`planFacts`, src/lib/plan-facts/plan-dates.ts). */
  terms: {
    status: '状態',
    period: '計画期間',
    /** The municipality, named 団体 (not 策定: a plan whose original does not say 策定 is not said to be adopted). */
    municipality: '団体',
    publisher: '発行',
    contact: 'お問い合わせ先',
    email: 'メール',
    coverText: '表紙に印刷された語',
    note: '備考',
    adopted: '策定',
    edition: '版',
    coverDate: '表紙の日付',
    /** The one row when the original prints no date at all. */
    noDate: '日付',
    datesNote: '日付について',
  },
  /** 「岩手県 北上市（全国地方公共団体コード 032069）」. */
  municipality: (prefecture: string, name: string, code: string) => `${prefecture} ${name}（全国地方公共団体コード ${code}）`,
  /** The original's word for a revision when `revision_term` gives none. */
  revisionTerm: '改定',
  /** Several printed revision dates in one sentence. */
  listSeparator: '、',
  /** The descriptions of the date rows: the date is always as printed. */
  dates: {
    adopted: (date: string) => `${date}（原本の表記）`,
    adoptedPlanned: (date: string) => `${date}（予定。原本の表記。まだ策定されていません）`,
    revised: (date: string) => `${date}（原本の表記）`,
    coverDate: (date: string, draft: boolean) =>
      `${date}（原本の表記。${draft ? '日付は未定です' : '策定・改定の日付とは書かれていません'}）`,
    none: '原本に記載なし',
  },
  /** The status banner's sentence about an adopted plan (`adoptedPlanSentence`). */
  adoptedSentence: {
    /** 「令和8年3月に一部改定された」: the revisions part, `dates` already joined. */
    revisions: (dates: string, term: string) => `${dates}に${term}された`,
    adoptedAndRevised: (title: string, adopted: string, revisions: string) => `${title}は、${adopted}に策定され、${revisions}計画です。`,
    adopted: (title: string, adopted: string) => `${title}は、${adopted}に策定された計画です。`,
    revisedOnly: (title: string, revisions: string) => `${title}は、${revisions}計画です。`,
    noAdoption: '策定の時期は原本に記載がありません。',
    /** One printed word of the cover, quoted: 「第3版」. */
    printed: (words: string) => `「${words}」`,
    cover: (title: string, coverDate: string) => `${title}（${coverDate}）を掲載しています。`,
    coverDetail: (printed: string) => `原本の表紙の表記は${printed}です。策定・改定の時期は原本に記載がありません。`,
    titleOnly: (title: string) => `${title}を掲載しています。`,
    noDates: '策定・改定の時期は原本に記載がありません。',
  },
  /** A contact in one line (`contactText`) and the comment letter's addressee block (`letterAddressee`). */
  contact: {
    phone: (phone: string) => `電話 ${phone}`,
    fax: (fax: string) => `FAX ${fax}`,
    email: (email: string) => `メール ${email}`,
    separator: '、',
    withMeans: (office: string, means: string) => `${office}（${means}）`,
    addressee: (office: string) => `宛先：${office}`,
    letterPhone: (phone: string) => `TEL ${phone}`,
    letterFax: (fax: string) => `FAX ${fax}`,
    /** Between TEL and FAX on one line of the addressee block (an ideographic space). */
    numbersSeparator: '　',
  },
  /** An indicator's target where none is printed (`targetDisplay`, `targetLine`). */
  target: {
    none: '－',
    noneNote: '記載なし',
    noneLine: 'なし',
    withYear: (text: string, year: string) => `${text}（${year}）`,
  },
} as const;
