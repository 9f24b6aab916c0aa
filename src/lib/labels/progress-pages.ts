/**
 * The words of a plan's yearly progress pages (`/plans/<plan>/progress/` and
 * `/plans/<plan>/progress/<year>/`) and of the grade history on item pages. The plan's own
 * vocabulary (`PlanTerms`) and its own scales (scales.csv) are applied by the functions here.
 */
import type { PlanTerms } from './plan-pages.ts';

export const progressPageLabels = {
  /** The header's navigation and the plan home's link. */
  nav: '年度の進捗',
  homeLink: (count: number) => `年度ごとの進捗（市による評価、${count}年度分）`,
  /** A goal's summary on one scale: 「市の評価：◎ 2件、○ 1件」. */
  scaleSummary: (scaleName: string, summary: string) => `${scaleName}：${summary}`,
  /** A roadmap item's reported status in one year: 「令和6年度：完了（一部は次年度）」. */
  roadmapStatus: (year: string, status: string, note: string | null) => `${year}：${status}${note ? `（${note}）` : ''}`,
  /** The list of evaluated years. */
  index: {
    title: (planTitle: string) => `${planTitle} 年度ごとの進捗`,
    crumb: '年度ごとの進捗',
    lead: '市が公表した年度ごとの評価を、市の評価の区分のまま載せています。このサイトは評価を計算し直しません。',
    year: (yearText: string, evaluated: number, total: number) => `${yearText}（評価 ${evaluated}件／対象 ${total}件）`,
  },
  /** One year's report. */
  year: {
    title: (planTitle: string, yearText: string) => `${planTitle} ${yearText}の進捗`,
    lead: '市が公表した評価を、市の評価の区分のまま載せています。評価の行がない項目は「未報告」と示し、集計から外しません。',
    previous: (yearText: string) => `前の年度（${yearText}）`,
    next: (yearText: string) => `次の年度（${yearText}）`,
    yearNav: '年度の移動',
    allYears: '年度の一覧',
    rollupHeading: (scaleName: string) => `評価の集計（${scaleName}）`,
    rollupCaption: (scope: string) => `${scope}の評価の件数と割合`,
    wholePlan: '計画全体',
    rollupColumns: {
      grade: '評価',
      meaning: '意味',
      count: '件数',
      share: '割合',
      printed: '市の公表',
    },
    unreported: '未報告',
    unreportedMeaning: 'この年度の評価の行がない',
    notEvaluated: '（評価済みに数えない段階）',
    total: '計',
    shareNote: (decimals: number) => `割合は対象の項目すべて（未報告を含む）に対する割合で、小数第${decimals}位まで示します。`,
    shareNoteWhole: '割合は対象の項目すべて（未報告を含む）に対する割合で、整数で示します。',
    printedAs: (count: number, share: string | null, page: number | null) =>
      `${count}件${share ? `（${share}）` : ''}${page ? ` 原本 p.${page}` : ''}`,
    printedNote: '「市の公表」は市が原本に書いた件数と割合を、書かれたとおりに示します。',
    goalSummary: (parts: string[]) => parts.join('、'),
    goalSummaryPart: (grade: string, count: number, share: string) => `${grade} ${count}件（${share}）`,
    itemsCaption: (goalTitle: string) => `${goalTitle}の項目ごとの評価`,
    itemColumns: {
      item: '項目',
      type: '種類',
      target: '目標値',
      actual: '実績',
      grade: '評価',
      department: '担当部課',
      next: '今後の方向',
      history: 'これまでの評価',
    },
    none: '－',
    source: (title: string, page: number | null) => `出典：${title}${page ? ` p.${page}` : ''}`,
    noGoal: '基本目標に属さない項目',
    scaleName: (t: PlanTerms, types: string[]) => `${types.join('・')}の評価`,
    typeName: (t: PlanTerms, type: 'goal' | 'measure' | 'initiative' | 'indicator') =>
      ({ goal: t.goal, measure: t.measure, initiative: t.initiative, indicator: t.indicator })[type],
  },
  /** An item's grades across the years (item pages and the year table). */
  history: {
    term: '年度ごとの評価',
    step: (yearText: string, grade: string) => `${yearText} ${grade}`,
    arrow: ' → ',
    link: '年度ごとの進捗',
  },
} as const;
