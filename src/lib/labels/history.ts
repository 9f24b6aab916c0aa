/**
 * The sentences of the history of changes (src/lib/history/): one sentence per change on
 * /history/, in history.csv and in the Atom feed, and the headline of a commit's several changes.
 */

/** 「「12」」: a grade or value quoted in a sentence. */
const quoted = (text: string) => `「${text}」`;

export const historyLabels = {
  /** A plan status that did not exist before. */
  noStatus: '（なし）',
  /** A value published or removed empty. */
  noValue: '（値なし）',
  quoted,
  response: (number: string) => `意見募集の結果（意見 ${number}）を掲載`,
  /** A new version of the plan (a row of versions.csv), named as printed. */
  version: (label: string) => `計画の版「${label}」を掲載`,
  statusAdded: (status: string) => `計画を「${status}」として掲載`,
  statusChanged: (before: string, after: string) => `計画の状態を「${before}」から「${after}」に変更`,
  /** 「DX推進の評価」, 「DX推進の2025年度（令和7年度）の評価」: the graded item and year. */
  gradeOf: (item: string, year: string | null) => `${item}の${year === null ? '' : `${year}の`}評価`,
  /** 「2025年度（令和7年度）の実績値」, 「年度の記載のない目標値」. */
  valueOf: (year: string | null, kind: string) => `${year === null ? '年度の記載のない' : `${year}の`}${kind}`,
  added: (what: string, after: string) => `${what} ${after} を掲載`,
  removed: (what: string, before: string) => `${what} ${before} を削除`,
  changed: (what: string, before: string, after: string) => `${what}を ${before} から ${after} に変更`,
  /** A commit's one change as its headline: 「電子申請件数の2025年度（令和7年度）の実績値 12 を掲載」. */
  single: (indicatorName: string | null, summary: string) => `${indicatorName ? `${indicatorName}の` : ''}${summary}`,
  /** A commit's several changes counted by kind: 「値を12件掲載、1件変更。市の評価を15件掲載」. */
  counts: {
    added: (n: number) => `${n}件掲載`,
    changed: (n: number) => `${n}件変更`,
    removed: (n: number) => `${n}件削除`,
    separator: '、',
    values: (parts: string) => `値を${parts}`,
    grades: (parts: string) => `市の評価を${parts}`,
    responses: (n: number) => `意見募集の結果を${n}件掲載`,
    /** Between the sentences of one headline. */
    sentenceSeparator: '。',
  },
  /** The Atom feed's entries. */
  feed: {
    line: (indicatorName: string | null, summary: string) => `${indicatorName ? `${indicatorName}：` : ''}${summary}`,
    title: (planTitle: string, first: string, more: number) => `${planTitle}：${first}${more > 0 ? ` ほか${more}件` : ''}`,
    reason: (reason: string) => `理由：${reason}`,
  },
} as const;
