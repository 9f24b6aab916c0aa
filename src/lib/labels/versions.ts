/**
 * The words of a plan's version pages: the list of versions, a version's own pages, what changed
 * between two versions (passage by passage and in the tables) and which comment answer changed it.
 */

/** A version as the pages name it: 「策定版（令和9年3月）」. */
const named = (label: string, date: string) => `${label}（${date}）`;

export const versionLabels = {
  /** Between the items of a run-in list (answers, passages). */
  separator: '、',
  /** When the original prints no date for a version. */
  noDate: '日付の記載なし',
  named,
  list: {
    title: '計画の版',
    lead: (planTitle: string, current: string) =>
      `${planTitle}は、次の版が公表されています。このサイトの計画のページは、最新の版（${current}）の本文と表です。前の版も、それぞれの版のページでそのまま読めます（引用したリンクは、その版の本文を指し続けます）。`,
    caption: (planTitle: string) => `${planTitle}の版`,
    version: '版',
    status: '状態',
    date: '公表日（原本の表記）',
    contents: '本文',
    changes: '前の版からの変更',
    read: (label: string) => `${label}を読む`,
    current: '（最新）',
    compare: (before: string, after: string) => `${before}から${after}への変更`,
    first: '（最初の版）',
  },
  /** On the plan's home and the chapters' contents when the plan has versions. */
  versionsLink: '計画の版と変更点',
  version: {
    title: (label: string) => `${label}の本文`,
    lead: (label: string, date: string, current: string | null) =>
      current === null
        ? `${named(label, date)}は、この計画の最新の版です。`
        : `${named(label, date)}の本文です。この版は、その後「${current}」に改められました。このページの本文と表は、この版のままです。`,
    contents: '目次',
    changes: (before: string) => `${before}からの変更点`,
    latest: (current: string) => `最新の版（${current}）を読む`,
    chapterTitle: (chapter: string, label: string) => `${chapter}（${label}）`,
    chapterNotice: (label: string, current: string | null) =>
      current === null
        ? `${label}の本文です。`
        : `${label}の本文です。この版は、その後「${current}」に改められました。引用や意見は、この版の文言を指しています。`,
    latestChapter: (current: string) => `この章を最新の版（${current}）で読む`,
    chapterChanges: (before: string) => `この章の${before}からの変更点`,
    pager: '章の移動',
  },
  changes: {
    title: (before: string, after: string) => `${before}から${after}への変更点`,
    lead: (before: string, after: string) =>
      `${before}と${after}の本文を、段落・箇条書きの項目・見出しごとに比べました。段落の中の変わった語句に「追加」「削除」の印を付けています。数値（目標値など）の変更は、本文ではなく表から一覧にしています。`,
    legendTitle: '印の見方',
    legendAdded: '追加された語句',
    legendRemoved: '削除された語句',
    /** Read out before marked words (visually hidden, also printed in the legend). */
    addedPrefix: '追加：',
    removedPrefix: '削除：',
    addedEnd: '（追加ここまで）',
    removedEnd: '（削除ここまで）',
    chaptersTitle: '章ごとの変更',
    chaptersCaption: '章ごとの変更の件数',
    chapter: '章',
    added: '追加',
    removed: '削除',
    changed: '変更',
    counts: (added: number, removed: number, changed: number) => `追加 ${added}・削除 ${removed}・変更 ${changed}`,
    noChange: '変更なし',
    figuresTitle: '表の変更（目標・指標・取組）',
    figuresCaption: (before: string, after: string) => `${before}から${after}への表の変更`,
    figuresNone: '表（目標・施策・取組・指標・値）に変更はありません。',
    table: '表',
    subject: '項目',
    change: '変更',
    fields: '内容',
    field: (label: string, before: string | null, after: string | null) =>
      before === null ? `${label}：${after}` : after === null ? `${label}：${before}` : `${label}：${before} → ${after}`,
    matrixTitle: '意見と修正箇所',
    matrixLead: (count: number, changed: number) =>
      `パブリックコメントで寄せられた意見${count}件のうち、市が「案を修正した」と答えたものは${changed}件です。意見 → 市の考え方 → 修正箇所の順に示します。`,
    matrixCaption: '意見・市の考え方・修正箇所',
    number: '番号',
    opinion: '意見の要旨',
    answer: '市の考え方',
    passages: '修正箇所',
    notChanged: '修正なし',
    ownTitle: '意見によらない修正',
    ownLead: '次の変更は、どの意見の回答にも修正箇所として挙げられていません。市が意見によらずに修正した箇所です。',
    ownNone: 'すべての変更が、いずれかの意見の回答に修正箇所として挙げられています。',
    downloads: '変更点のデータ',
  },
  chapterChanges: {
    title: (chapter: string) => `${chapter}の変更点`,
    lead: (before: string, after: string, count: number, same: number) =>
      count === 0
        ? `${before}と${after}で、この章の本文に変更はありません。`
        : `${before}から${after}への、この章の変更 ${count}件です（変更のない ${same}か所は省略しています）。`,
    kind: { added: '追加', removed: '削除', changed: '変更' } as const,
    because: '修正の理由：',
    response: (n: number) => `意見${n}`,
    own: '意見によらない修正',
    readBefore: (label: string) => `${label}で読む`,
    readAfter: (label: string) => `${label}で読む`,
    summary: '変更点の一覧へ',
    figures: 'この計画の表の変更は、変更点の一覧にあります。',
  },
} as const;
