import type { TableSpec, RowOf } from './column-spec.ts';

/** The site's own settings, as a clerk writes them. File: `content/site.csv` (one row; optional). */
export type SiteConfigRow = RowOf<typeof siteConfigTable>;

export const siteConfigTable = {
  name: 'site',
  file: 'site.csv',
  scope: 'site',
  title: 'サイトの設定',
  description: '1行だけの表で、サイト全体の設定を書きます。空欄の項目は、掲載する計画から決まります。',
  key: [],
  optional: true,
  columns: [
    {
      name: 'name',
      label: 'サイト名',
      type: 'text',
      required: false,
      description: 'ヘッダーとページの題に出るサイトの名前。空欄なら「（表紙の計画の団体名）DX計画の進捗」。',
    },
    {
      name: 'site_url',
      label: '公開するアドレス',
      type: 'url',
      required: false,
      description:
        'サイトを公開するアドレスの、パスを除いた部分（例: https://www.city.example.lg.jp）。正規のURL（canonical）、サイトマップ、フィード、データカタログの絶対アドレスに使います。環境変数 SITE_URL が優先します。',
    },
    {
      name: 'base_path',
      label: '公開するパス',
      type: 'text',
      required: false,
      description:
        'サイトを置くパス（例: /dx/）。空欄ならアドレスの直下（/）。/ で始まり / で終わる形で書きます。環境変数 BASE_PATH が優先します。',
    },
    {
      name: 'plans',
      label: '掲載する計画',
      type: 'text',
      required: false,
      description:
        '掲載する計画の ID を「｜」で区切って書きます（例: example-2026｜example-2023）。pref:03 のように都道府県コード（全国地方公共団体コードの先頭2桁）を書くと、その都道府県の計画をすべて掲載します。空欄なら plans.csv のすべての計画。環境変数 SITE_PLANS（コンマ区切り）が優先します。',
    },
    {
      name: 'front_plan',
      label: 'トップページの計画',
      type: 'id',
      required: false,
      description:
        'トップページに表示する計画の ID。空欄なら plans.csv で is_primary が true の計画、それが掲載されないときは掲載する計画の最初の1つ。',
    },
    {
      name: 'contact',
      label: '問い合わせ先',
      type: 'text',
      required: false,
      description: 'サイトについての問い合わせ先（担当課の名前など）。空欄なら表紙の計画の発行者。',
    },
    {
      name: 'history_start',
      label: '更新履歴の開始日',
      type: 'date',
      required: false,
      description:
        '更新履歴をこの日から始めます（例: 2026-04-01）。この日より前の変更（公開前の準備の作業）は、一つひとつ載せず、この日の「このサイトでの公開」1件にまとめます。空欄なら、記録のある最初の変更から載せます。',
    },
    {
      name: 'contact_email',
      label: '問い合わせ先のメールアドレス',
      type: 'email',
      required: false,
      description: '問い合わせ先のメールアドレスを1つ。',
    },
  ],
} as const satisfies TableSpec;
