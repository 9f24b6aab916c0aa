/**
 * The comment letter's words (意見書): its fixed phrases, the CSV's header, what the form says
 * when something is missing, and what the composer script announces. Kept in a module of its own,
 * with no imports, because the composer's browser script bundles it (src/scripts/comment-letter.ts).
 */

export const letterLabels = {
  /** The subject line: 「北上市情報基本計画2026（案）に対する意見」. */
  subject: (planTitle: string) => `${planTitle}に対する意見`,
  /** What stops the letter from being complete, shown at the field and in the error summary. */
  problems: {
    name: '氏名を入力してください',
    address: '住所を入力してください',
    contact: '連絡先（電話番号またはメールアドレス）を入力してください',
    noOpinions: '意見が1件もありません。本文の「この箇所に意見を書く」から、または「意見を追加」で書いてください',
    emptyOpinion: (number: number) => `意見${number}の本文を入力してください`,
  },
  /** The letter as text (`letterText`). */
  text: {
    subject: (subject: string) => `件名：${subject}`,
    name: (name: string) => `氏名：${name}`,
    address: (address: string) => `住所：${address}`,
    contact: (contact: string) => `連絡先：${contact}`,
    opinionHeading: (number: number) => `【意見${number}】`,
    passage: (passage: string) => `該当箇所：${passage || '（指定なし）'}`,
    passageUrl: (url: string) => `該当箇所のURL：${url}`,
    opinion: '意見：',
  },
  /** The header row of the letter as CSV (`letterCsv`). */
  csvHeader: ['件名', '氏名', '住所', '連絡先', '番号', '該当箇所', '該当箇所のURL', '意見'],
  /** What the composer writes into the page and announces in its status region. */
  composer: {
    which: (number: number) => `（意見${number}）`,
    passageLink: '該当箇所を本文で見る',
    deleted: (number: number) => `意見${number}を削除しました。`,
    moved: (number: number, up: boolean, now: number) => `意見${number}を${up ? '上' : '下'}に移動しました。今は意見${now}です。`,
    added: (number: number) => `意見${number}の欄を追加しました。`,
    confirmClear: 'この計画の意見書の下書きを、すべて消しますか。元に戻せません。',
    cleared: '下書きをすべて消しました。',
    missing: (count: number) => `入力が足りない項目が${count}件あります。`,
    fileName: (planId: string) => `${planId}-意見書`,
    copied: '意見書の文面をコピーしました。',
    copyFailed: 'コピーできませんでした。「意見書の文面」を選んでコピーしてください。',
    savedText: 'テキストファイルを保存しました。',
    savedCsv: 'CSVファイルを保存しました。',
    prefilled: (passage: string) => `「${passage}」への意見欄を用意しました。`,
  },
} as const;
