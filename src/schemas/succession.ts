import type { TableSpec, RowOf } from './column-spec.ts';

/** What became of an item of the previous plan in this plan. */
export const SUCCESSION_FATES = [
  { value: 'continued', label: '継続' },
  { value: 'changed', label: '見直して継続' },
  { value: 'new', label: '新規' },
  { value: 'dropped', label: 'この計画に対応なし' },
] as const;

/**
 * Who makes a link between the plans: the document itself (第4章(2): the draft says it carries on
 * the four goals) or this site, reading both plans' wording (the draft pairs no measure or indicator).
 */
export const SUCCESSION_LINKERS = [
  { value: 'document', label: '原本が示す対応' },
  { value: 'site', label: 'このサイトの読み取り' },
] as const;

/** The kinds of item a succession row can match. */
export const SUCCESSION_KINDS = [
  { value: 'goal', label: '基本目標' },
  { value: 'measure', label: '基本施策' },
  { value: 'indicator', label: '指標' },
] as const;

/**
 * How one item of the predecessor plan maps to this plan (前計画からの引き継ぎ). File:
 * `content/plans/<plan>/succession.csv` in the newer plan's folder; its predecessor is the
 * plan's `predecessor_id`. This is data, so the comparison page never hard-codes a match.
 */
export type Succession = RowOf<typeof successionTable>;

export const successionTable = {
  name: 'succession',
  file: 'succession.csv',
  scope: 'plan',
  title: '前計画からの引き継ぎ',
  description: '1行が、前計画の目標・施策・指標1つ（または新しく設けたもの1つ）が、この計画でどうなったかです。',
  key: ['kind', 'previous_id', 'current_id'],
  optional: true,
  columns: [
    {
      name: 'kind',
      label: '種類',
      type: 'enum',
      required: true,
      values: SUCCESSION_KINDS,
      description: 'goal（基本目標）、measure（基本施策）、indicator（指標）のいずれか。',
    },
    {
      name: 'previous_id',
      label: '前計画のID',
      type: 'id',
      required: false,
      description: '前計画（plans.csv の predecessor_id）での ID。新規なら空欄。',
    },
    { name: 'current_id', label: 'この計画のID', type: 'id', required: false, description: 'この計画での ID。引き継がないなら空欄。' },
    {
      name: 'fate',
      label: '扱い',
      type: 'enum',
      required: true,
      values: SUCCESSION_FATES,
      description:
        'continued（継続）、changed（見直して継続）、new（新規）、dropped（この計画に対応する項目なし。廃止とは限りません）のいずれか。',
    },
    {
      name: 'linked_by',
      label: '対応づけ',
      type: 'enum',
      required: true,
      values: SUCCESSION_LINKERS,
      description: 'document（原本が対応を示している）か site（原本は対応を示しておらず、このサイトが両計画の文言から読み取った）。',
    },
    {
      name: 'basis',
      label: '対応づけの根拠',
      type: 'text',
      required: true,
      description:
        'この行の対応（または「新規」「この計画に対応なし」）の根拠。両計画の文言とその箇所を書きます。ページでは、対応づけのそばに表示します。',
    },
    {
      name: 'reason',
      label: '理由',
      type: 'text',
      required: false,
      description: '原本が理由や経緯を書いている場合、その要旨または文言。原本に書かれていない理由は書きません。',
    },
    {
      name: 'reason_source',
      label: '理由の出典',
      type: 'text',
      required: false,
      description: '理由が書かれている原本の箇所（例: 第3章(2) 基本目標2 課題、p.12）。',
    },
  ],
} as const satisfies TableSpec;
