/**
 * How the site words the link between a plan and its predecessor (src/lib/comparison/succession.ts):
 * always saying who made the link — the document, or this site reading both plans — never as a bare fact.
 */

export const successionLabels = {
  /** What pages say when the document gives no reason. */
  noReason: '原本に理由の記載なし',
  /** Who made the link, after the sentence on an indicator page. */
  whose: { site: 'この対応づけはこのサイトの読み取りで、原本はこの対応を示していません。', document: '原本が示す対応です。' },
  /** The link's fate in brackets: 「（継続）」. */
  fate: (fateLabel: string) => `（${fateLabel}）`,
  /** No indicator on the other side. */
  none: {
    previous: (otherPlanTitle: string, fate: string) => `前計画（${otherPlanTitle}）に対応する指標は見当たりません${fate}。`,
    next: (otherPlanTitle: string, fate: string) => `${otherPlanTitle}に対応する指標は見当たりません${fate}。`,
  },
  /** The words before and after the other indicator's linked name. */
  fromPrevious: {
    site: { lead: 'このサイトは、前計画の指標', trail: (fate: string) => `を引き継いだ指標と読んでいます${fate}。` },
    document: { lead: '前計画の指標', trail: (fate: string) => `を引き継いだ指標です${fate}。` },
  },
  toNext: {
    site: {
      lead: (otherPlanTitle: string) => `このサイトは、${otherPlanTitle}の指標`,
      trail: (fate: string) => `に引き継がれたと読んでいます${fate}。`,
    },
    document: { lead: (otherPlanTitle: string) => `${otherPlanTitle}の指標`, trail: (fate: string) => `に引き継がれています${fate}。` },
  },
} as const;
