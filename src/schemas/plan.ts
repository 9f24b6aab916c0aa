import type { TableSpec, RowOf } from './column-spec.ts';

/** Publication status of a plan document. */
export const PLAN_STATUSES = [
  { value: 'draft', label: '案' },
  { value: 'public-comment', label: '案（パブリックコメント用）' },
  { value: 'adopted', label: '策定済み' },
] as const;

/** One plan document (計画). Site-wide table: `content/plans.csv`. */
export type Plan = RowOf<typeof planTable>;

export const planTable = {
  name: 'plans',
  file: 'plans.csv',
  scope: 'site',
  title: '計画',
  description: '1行が1つの計画文書です。計画ごとのフォルダ content/plans/<id>/ に本文と表を置きます。',
  key: ['id'],
  optional: false,
  columns: [
    { name: 'id', label: '計画ID', type: 'id', required: true, description: '計画を表す半角英数字のID。フォルダ名と同じにします（例: example-2026）。' },
    { name: 'municipality_code', label: '全国地方公共団体コード', type: 'municipality_code', required: true, description: '検査数字付き6桁の全国地方公共団体コード。先頭の0を含む文字列です（例: 032069）。' },
    { name: 'municipality_name', label: '地方公共団体名', type: 'text', required: true, description: '計画を定めた地方公共団体の名前（例: 〇〇市）。' },
    { name: 'prefecture', label: '都道府県名', type: 'text', required: true, description: '地方公共団体が属する都道府県（例: 岩手県）。' },
    { name: 'title', label: '計画名', type: 'text', required: true, description: '原本の表紙どおりの計画名。' },
    { name: 'subtitle', label: '副題', type: 'text', required: false, description: '原本の表紙どおりの副題（前後のダッシュを含む）。' },
    { name: 'vision', label: '基本方針（目指す姿）', type: 'text', required: false, description: '計画が掲げる基本方針・目指す姿の文言。' },
    { name: 'status', label: '状態', type: 'enum', required: true, values: PLAN_STATUSES, description: '計画の状態。draft（案）、public-comment（パブリックコメント中の案）、adopted（策定済み）。' },
    { name: 'period_start', label: '計画期間（開始年度）', type: 'fiscal_year', required: true, description: '計画期間の最初の年度（西暦）。' },
    { name: 'period_end', label: '計画期間（終了年度）', type: 'fiscal_year', required: true, description: '計画期間の最後の年度（西暦）。' },
    { name: 'date', label: '策定日', type: 'date', required: false, description: '策定（公表）日を YYYY-MM-DD で。原本に日付がなければ空欄にし、date_label に原本の表記を書きます。' },
    { name: 'date_label', label: '策定日（原本の表記）', type: 'text', required: false, description: '原本に印刷された日付の表記そのまま（例: 令和8年●月）。' },
    { name: 'publisher', label: '発行者', type: 'text', required: true, description: '原本に印刷された発行部署。' },
    { name: 'contact', label: 'お問い合わせ先', type: 'text', required: false, description: '原本に印刷された問い合わせ先の部署（発行者と別に書かれている場合。例: 横手市総務企画部 情報政策課）。空欄なら発行者を問い合わせ先として表示します。' },
    { name: 'postal_code', label: '郵便番号', type: 'text', required: false, description: '発行部署の郵便番号（原本の表記）。' },
    { name: 'address', label: '所在地', type: 'text', required: false, description: '発行部署の所在地（原本の表記）。' },
    { name: 'phone', label: '電話番号', type: 'text', required: false, description: '発行部署の電話番号（原本の表記）。' },
    { name: 'fax', label: 'FAX番号', type: 'text', required: false, description: '発行部署のFAX番号（原本の表記）。' },
    { name: 'email', label: 'メールアドレス', type: 'email', required: false, description: '原本に印刷された問い合わせ先のメールアドレス（1つだけ）。原本にない場合は空欄。' },
    { name: 'source_url', label: '原本のURL', type: 'url', required: false, description: '原本（PDF等）が公開されているURL。不明なら空欄。' },
    { name: 'predecessor_id', label: '前計画のID', type: 'id', required: false, references: { table: 'plans', scope: 'site' }, description: 'この計画が引き継ぐ前の計画の計画ID。' },
    { name: 'licence', label: 'ライセンス', type: 'text', required: false, description: 'この計画のデータの利用条件（ライセンス、例: CC BY 4.0）。市が定めたときだけ書きます。空欄ならサイトは「原本に記載がない」ことと問い合わせ先を示し、サイトの作成時に警告を出します（ライセンスのないデータはオープンデータではありません）。推測で書かないでください。' },
    { name: 'attribution', label: '出典表記', type: 'text', required: true, description: 'このサイトのデータを引用する人が記載する出典の文言の例。' },
    { name: 'is_primary', label: '主計画', type: 'boolean', required: true, description: 'true の計画をトップページに表示します。ちょうど1つだけ true にします。' },
    { name: 'note', label: '備考', type: 'text', required: false, description: '計画についての補足（例: 本文の掲載状況）。' },
    { name: 'cover_text', label: '表紙のその他の文字', type: 'text', required: false, description: '計画名・副題・日付・発行者のほかに原本の表紙に印刷された文字（原本の表記のまま。例: OshuDX）。' },
    { name: 'goal_term', label: '目標の呼び方', type: 'text', required: false, description: '原本が目標を呼ぶ語（重点目標、個別目標、方向性 など）。空欄なら「基本目標」。' },
    { name: 'measure_term', label: '施策の呼び方', type: 'text', required: false, description: '原本が施策を呼ぶ語（施策、重点取組項目 など）。空欄なら「基本施策」。' },
    { name: 'comment_start', label: '意見募集の開始日', type: 'date', required: false, description: 'パブリックコメント（意見募集）の開始日（YYYY-MM-DD）。市の告知で確かめた日付だけを書きます。不明なら空欄（サイトは「市の告知をご確認ください」と表示します）。' },
    { name: 'comment_end', label: '意見募集の締切日', type: 'date', required: false, description: '意見募集の締切日（YYYY-MM-DD、この日を含みます）。不明なら空欄。' },
    { name: 'comment_email', label: '意見の提出先メールアドレス', type: 'email', required: false, description: '意見を受け付けるメールアドレス（1つだけ。2つ目のアドレスや「?cc=」は書けません）。書くと、意見書のページに「メールソフトで送る」が表示されます。' },
    { name: 'comment_fax', label: '意見の提出先FAX番号', type: 'text', required: false, description: '意見を受け付けるFAX番号（市の告知の表記）。' },
    { name: 'comment_address', label: '意見の提出先（郵送・持参）', type: 'text', required: false, description: '郵送・持参での提出先の住所と部署（市の告知の表記）。' },
    { name: 'comment_url', label: '意見募集の告知ページ', type: 'url', required: false, description: '市の意見募集の告知ページのURL。' },
    { name: 'indicator_term', label: '指標の呼び方', type: 'text', required: false, description: '原本が指標を呼ぶ語（評価指標、指標 など）。空欄なら「成果指標」。' },
    { name: 'glossary_term', label: '用語集の題', type: 'text', required: false, description: '原本が用語集に付けている題（用語解説 など）。空欄なら「用語集」。' },
    { name: 'initiative_term', label: '取組の呼び方', type: 'text', required: false, description: '原本が取組を呼ぶ語（主な取組 など）。空欄なら「具体的な取組」。' },
  ],
} as const satisfies TableSpec;
