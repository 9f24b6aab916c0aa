import type { TableSpec, RowOf } from './column-spec.ts';

/** What a published version of a plan is, as the city calls its stage. */
export const VERSION_STATUSES = [
  { value: 'draft', label: '案' },
  { value: 'public-comment', label: '案（パブリックコメント用）' },
  { value: 'adopted', label: '策定済み' },
  { value: 'revised', label: '改定済み' },
] as const;

/**
 * One published version of a plan (案, パブリックコメント版, 策定版, 一部改定 …). File:
 * `versions.csv`. The newest version (the highest `order`) is the text of the plan folder itself;
 * each earlier version's files live in `versions/<id>/`, and a file absent there is the same as
 * in the next newer version, so a clerk copies only the files that changed.
 */
export type PlanVersion = RowOf<typeof versionTable>;

export const versionTable = {
  name: 'versions',
  file: 'versions.csv',
  scope: 'plan',
  title: '計画の版',
  description:
    '1行が計画の公表された1つの版（案・パブリックコメント版・策定版・一部改定など）です。最も新しい版が計画のフォルダの本文と表で、それより前の版は versions/<版のID>/ に変わったファイルだけを置きます。',
  key: ['id'],
  optional: true,
  columns: [
    {
      name: 'id',
      label: '版ID',
      type: 'id',
      required: true,
      description: '版を表す半角英数字のID。URL とフォルダ versions/<版ID>/ の名前になります（例: draft、adopted）。',
    },
    {
      name: 'order',
      label: '順序',
      type: 'integer',
      required: true,
      description: '公表された順の番号（古い版ほど小さい）。最も大きい番号の版が計画のフォルダの本文です。',
    },
    {
      name: 'label',
      label: '版の名前',
      type: 'text',
      required: true,
      description: '原本どおりの版の呼び方（例: パブリックコメント版、策定版）。',
    },
    {
      name: 'status',
      label: '状態',
      type: 'enum',
      required: true,
      values: VERSION_STATUSES,
      description: 'この版の状態。draft（案）、public-comment（パブリックコメント用の案）、adopted（策定版）、revised（改定版）。',
    },
    { name: 'date', label: '公表日', type: 'date', required: false, description: '版の公表日（YYYY-MM-DD）。原本にないときは空欄。' },
    {
      name: 'date_label',
      label: '公表日（原本の表記）',
      type: 'text',
      required: false,
      description: '原本に印刷された日付の表記（例: 令和8年●月）。空欄は「記載なし」。',
    },
  ],
} as const satisfies TableSpec;
