/**
 * The status banner's words on every page of a plan that is not adopted (src/lib/comments/plan-notice.ts):
 * a draft says it is a draft; during public comment, how to comment. Dates come formatted.
 */

/** What pages say for a submission detail the city has not published in our metadata. */
const askTheCity = '市の告知をご確認ください';

export const planNoticeLabels = {
  askTheCity,
  /** The comment period in words: 「2026年12月1日から2026年12月25日まで」. */
  period: {
    both: (start: string, end: string) => `${start}から${end}まで`,
    endOnly: (end: string) => `${end}まで（開始日は${askTheCity}）`,
    startOnly: (start: string) => `${start}から（締切日は${askTheCity}）`,
  },
  draft: {
    headline: (title: string) => `${title}は案です。`,
    detail: '市の最終決定ではなく、内容が変わることがあります。',
  },
  publicComment: {
    headline: (title: string) => `${title}は、パブリックコメント（意見募集）のための案です。`,
    closed: (end: string) => `意見の募集は${end}に終わりました。市の最終決定ではなく、内容が変わることがあります。`,
    open: (period: string) => `市の最終決定ではありません。意見を募集しています（${period}）。このサイトで意見書を作れます。`,
    before: (period: string) => `市の最終決定ではありません。意見の募集は${period}です。このサイトで意見書の下書きを作れます。`,
    unknown: `市の最終決定ではありません。意見の募集期間と提出方法は${askTheCity}。このサイトで意見書の下書きを作れます。`,
  },
} as const;
