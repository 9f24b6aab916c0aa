/**
 * The open data's own words (src/lib/open-data/): the README.txt of the data archives, the data
 * package's and catalogue's titles and descriptions, and the licence statements. The tables'
 * titles and columns are the column dictionary's (src/schemas/); only the words around them are here.
 */

/** The CSV format, as both READMEs state it. */
const csvFormat = [
  '- CSV：文字コード UTF-8（BOM付き）、改行 CRLF、区切りはカンマ（RFC 4180）。Excel でそのまま開けます。1行目は列名（半角英字）です。',
  '- 数値には単位も桁区切りも付けていません。単位は単位の列にあります。空欄は「値がない」ことを表し、0 ではありません（理由は注記の列にあります）。',
  '- 年度は西暦の整数です。和暦は fiscal_year_label（年度（和暦））の列にあります。全国地方公共団体コードは先頭の 0 を含む6桁の文字列です。',
] as const;

/** The README's own format. */
const readmeFormat = '- この説明（README.txt）：文字コード UTF-8（BOM付き）、改行 CRLF。';

export const openDataLabels = {
  /** The data package's and the catalogue's title: 「横手市の DX 計画のデータ」, 「北上市ほかの DX 計画のデータ」. */
  dataTitle: (municipality: string, several: boolean) => `${municipality}${several ? 'ほか' : ''}の DX 計画のデータ`,
  dataDescription: '計画の基本目標・施策・取組・指標・年度ごとの値・市の評価・用語集などを、原本から転記し検査したデータです。',
  /** A catalogue dataset's title: one plan's table, or the table of all plans. */
  datasetTitle: (planTitle: string | null, tableTitle: string) => (planTitle ? `${planTitle}：${tableTitle}` : `全計画：${tableTitle}`),
  /** The titles of the licences the site knows by the name written in plans.csv. */
  licenceTitles: {
    'CC BY 4.0': 'クリエイティブ・コモンズ 表示 4.0 国際',
    'PDL1.0': '公共データ利用規約（第1.0版）',
  } as Record<string, string>,
  /** What the site says when a plan states no licence, and whom to ask. */
  licence: {
    phone: (phone: string) => `電話 ${phone}`,
    email: (email: string) => `メール ${email}`,
    separator: '、',
    whom: (office: string, reach: string) => `${office}${reach ? `（${reach}）` : ''}`,
    notStated: (whom: string) =>
      `ライセンス（利用条件）は原本に記載がなく、このサイトでも定めていません。利用条件は${whom}にお問い合わせください。`,
    /** One plan's terms in the rights statement (`dct:rights`). */
    rights: (planTitle: string, terms: string) => `${planTitle}：${terms}`,
    stated: (title: string, name: string) => `${title}（${name}）。`,
    /** A stated licence's link text: 「クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）」. */
    named: (title: string, name: string) => `${title}（${name}）`,
  },
  /** The README.txt of the data archives. */
  readme: {
    /** One column: 「- unit（単位）」, an ideographic space, 「型：文字列／空欄あり」; its values and its meaning. */
    column: {
      heading: (name: string, label: string, facts: readonly string[]) => `- ${name}（${label}）\u3000${facts.join('／')}`,
      type: (type: string) => `型：${type}`,
      required: '必須',
      optional: '空欄あり',
      unit: (unit: string) => `単位：${unit}`,
      values: (values: readonly { value: string; label: string }[]) =>
        `    値：${values.map((v) => `${v.value}（${v.label}）`).join('、')}`,
    },
    /** One table: its title, files and columns. */
    table: {
      title: (title: string) => `【${title}】`,
      files: (files: readonly string[]) => `ファイル：${files.join('、')}`,
      columns: (count: number) => `列（${count} 列、ファイルの1行目の順）：`,
    },
    /** The placeholders of the folder layout. */
    planIdPlaceholder: '<計画ID>',
    indicatorIdPlaceholder: '<指標ID>',
    planFiles: (table: string) => [`plans/<計画ID>/${table}.csv`, `plans/<計画ID>/${table}.json`],
    indicatorFiles: ['plans/<計画ID>/indicators/<指標ID>.csv', 'plans/<計画ID>/indicators/<指標ID>.json'],
    planIndicatorFiles: ['indicators/<指標ID>.csv'],
    planLine: (id: string, title: string, municipality: string, code: string) =>
      `- ${id}：${title}（${municipality}、全国地方公共団体コード ${code}）`,
    licenceStated: (title: string, name: string, url: string | null) => `${title}（${name}）${url ? ` ${url}` : ''}`,
    planLicence: (planTitle: string, statement: string) => `- ${planTitle}：${statement}`,
    attribution: (attribution: string) => `出典の記載例：「${attribution}」`,
    updated: (date: string | null) => `元のデータの最終更新日：${date ?? '不明'}（zip の中のファイルの日付も同じです）`,
    fileCount: (count: number) => `ファイルの数：${count}（この説明を含む）`,
    plansHeading: '■ 計画',
    licenceHeading: '■ 利用条件と出典の記載',
    formatHeading: '■ ファイルの形式',
    layoutHeading: '■ フォルダの構成',
    citeHeading: '■ 1つの値を引用するとき',
    tablesHeading: '■ 表と列の説明',
    /** The site-wide archive (dx-plan-data.zip). */
    site: {
      title: 'DX 計画のデータ一式（dx-plan-data.zip）',
      lead: 'このフォルダには、サイトが公開しているすべての表データ（CSV と JSON）、機械で読むための目録、更新履歴と、この説明が入っています。サイトのページに表示している値と同じデータから、サイトを作るたびに生成しています。',
      /** A site with many plans: the zip holds the combined tables only; `planArchive` is a plan's zip's address with the placeholder. */
      leadCombinedOnly: (planArchive: string) =>
        `このフォルダには、サイトが公開している表データのうち、すべての計画をまとめた表（CSV と JSON）、機械で読むための目録、更新履歴と、この説明が入っています。サイトのページに表示している値と同じデータから、サイトを作るたびに生成しています。掲載している計画が多いため、計画ごとの表と指標ごとの値はこの zip に入れず、各計画のデータ一式（${planArchive}）とサイトの /data/plans/<計画ID>/ に載せています。`,
      format: [
        ...csvFormat,
        "- 表計算ソフトで数式として実行されないよう、CSV では、文字列のセルが「=」「+」「-」「@」（前に空白がある場合と全角の「＝」「＋」「－」「＠」を含みます）やタブ・改行で始まるときに、先頭にアポストロフィ（'）を付けています。数値の列と、数だけの文字列には付けません。JSON には、すべての値を元のとおりに載せています。",
        '- JSON：文字コード UTF-8。各表は行の配列で、空欄は null です。',
        readmeFormat,
      ],
      layout: [
        '- <表名>.csv、<表名>.json：すべての計画をまとめた表',
        '- plans/<計画ID>/<表名>.csv、.json：計画ごとの表',
        '- plans/<計画ID>/all.json：1つの計画のすべての表を1つにまとめた JSON',
        '- plans/<計画ID>/indicators/<指標ID>.csv、.json：指標ごとの値',
        '- history.csv、history.json：更新履歴（数値の掲載と変更の記録）',
        '- datapackage.json：Frictionless Data Package（すべての CSV の列の型と意味。プログラムで読むときに使えます）',
        '- catalog.jsonld：DCAT 形式のデータカタログ（JSON-LD。オープンデータのカタログサイトが読み込む形式です）',
      ],
      /** `indicatorUrl` is the indicator page's address with the placeholders. */
      cite: (indicatorUrl: string) =>
        `サイトの各指標のページでは、値の表の1行ごとに固定のリンクがあります。サイトの中のアドレスは ${indicatorUrl}#v-<年度>-<種類> です（例：#v-2026-actual は2026年度の実績値。年度の記載がない値は v-undated-<種類>）。計画ID・指標ID・年度（fiscal_year）・種類（kind）は、表の列の値そのままです。`,
    },
    /** One plan's archive. */
    plan: {
      title: (planTitle: string, archiveName: string) => `${planTitle}のデータ（${archiveName}）`,
      lead: (planTitle: string, municipality: string, code: string, allData: string) =>
        `このフォルダには、「${planTitle}」（${municipality}、全国地方公共団体コード ${code}）についてサイトが公開している表データ（CSV）と、この説明が入っています。サイトのページに表示している値と同じデータから、サイトを作るたびに生成しています。すべての計画のデータ（JSON と目録を含む）は ${allData} にあります。`,
      format: [
        ...csvFormat,
        "- 表計算ソフトで数式として実行されないよう、文字列のセルが「=」「+」「-」「@」（前に空白がある場合と全角の「＝」「＋」「－」「＠」を含みます）やタブ・改行で始まるときに、先頭にアポストロフィ（'）を付けています。",
        readmeFormat,
      ],
      cite: (indicatorUrl: string) =>
        `サイトの各指標のページでは、値の表の1行ごとに固定のリンクがあります。アドレスは ${indicatorUrl}#v-<年度>-<種類> です（例：#v-2026-actual は2026年度の実績値）。`,
    },
  },
} as const;
