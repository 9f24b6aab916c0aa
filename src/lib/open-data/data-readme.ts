import type { ColumnSpec } from '../../schemas/column-spec.ts';
import type { SiteContent } from '../content/types.ts';
import { HISTORY_COLUMNS } from '../history/history-view.ts';
import { COLUMN_TYPE_LABELS } from '../validate/column-type-labels.ts';
import { urls } from '../urls.ts';
import { licenceStatement } from './licences.ts';
import { combinedTables, INDICATOR_VALUE_COLUMNS, planPublishedTables } from './published-tables.ts';

/** File name of the README inside the data archive. */
export const README_NAME = 'README.txt';

/** A table as the README describes it: title, the files that hold it, what a row is, the columns. */
interface TableSection {
  title: string;
  files: string[];
  description: string;
  columns: readonly ColumnSpec[];
}

/** One column as lines: name, label, type, required, unit, allowed values, meaning. */
function columnLines(column: ColumnSpec): string[] {
  const facts = [
    `型：${COLUMN_TYPE_LABELS[column.type]}`,
    column.required ? '必須' : '空欄あり',
    ...(column.unit ? [`単位：${column.unit}`] : []),
  ];
  return [
    `- ${column.name}（${column.label}）\u3000${facts.join('／')}`,
    ...(column.values ? [`    値：${column.values.map((v) => `${v.value}（${v.label}）`).join('、')}`] : []),
    `    ${column.description}`,
  ];
}

function sectionLines(section: TableSection): string[] {
  return [
    `【${section.title}】`,
    `ファイル：${section.files.join('、')}`,
    ...(section.description ? [section.description] : []),
    `列（${section.columns.length} 列、ファイルの1行目の順）：`,
    ...section.columns.flatMap(columnLines),
    '',
  ];
}

/**
 * The README of the data archive, in Japanese: what the folder holds, the file formats, the terms of
 * use and attribution of each plan, the folder layout, the plan ids, how to cite one value by URL,
 * and every table with every column — generated from the same column dictionary (TableSpec) that
 * validates the content and documents it on /data/columns/, so it cannot drift from the files.
 * UTF-8 with BOM and CRLF line ends, like the CSV files, so Notepad and Excel users read it as is.
 * `fileCount` counts every file in the archive, this README included; `updated` is the date the
 * content last changed (null when unknown).
 */
export function dataReadme(
  site: SiteContent,
  { fileCount, updated, perPlan = true }: { fileCount: number; updated: string | null; perPlan?: boolean },
): string {
  const planLines = site.plans.map(
    ({ plan }) => `- ${plan.id}：${plan.title}（${plan.municipality_name}、全国地方公共団体コード ${plan.municipality_code}）`,
  );
  const licenceLines = site.plans.flatMap(({ plan }) => {
    const licence = licenceStatement(plan);
    return [
      licence.stated
        ? `- ${plan.title}：${licence.title}（${licence.name}）${licence.url ? ` ${licence.url}` : ''}`
        : `- ${plan.title}：${licence.text}`,
      `    出典の記載例：「${plan.attribution}」`,
    ];
  });
  const described: TableSection[] = [
    ...combinedTables(site).map((table) => ({
      title: table.title,
      files: [
        `${table.name}.csv`,
        `${table.name}.json`,
        ...(table.name === 'plans' || table.name === 'regional-figures'
          ? []
          : [`plans/<計画ID>/${table.name}.csv`, `plans/<計画ID>/${table.name}.json`]),
      ],
      description: table.description,
      columns: table.columns,
    })),
    {
      title: '指標ごとの値',
      files: ['plans/<計画ID>/indicators/<指標ID>.csv', 'plans/<計画ID>/indicators/<指標ID>.json'],
      description: '1つの指標の年度ごとの値です。どの行にも指標名と単位が入っています。',
      columns: INDICATOR_VALUE_COLUMNS,
    },
    {
      title: '更新履歴（数値の掲載と変更の記録）',
      files: ['history.csv', 'history.json'],
      description: '掲載している数値をいつ載せ、いつ変えたかの記録です。新しい順に並んでいます。',
      columns: HISTORY_COLUMNS,
    },
  ];
  // Without each plan's files (a site with many plans), only the files the zip holds are named.
  const inZip = (file: string) => perPlan || !file.startsWith('plans/');
  const tables = described.map((t) => ({ ...t, files: t.files.filter(inZip) })).filter((t) => t.files.length > 0);
  const layout = [
    '- <表名>.csv、<表名>.json：すべての計画をまとめた表',
    '- plans/<計画ID>/<表名>.csv、.json：計画ごとの表',
    '- plans/<計画ID>/all.json：1つの計画のすべての表を1つにまとめた JSON',
    '- plans/<計画ID>/indicators/<指標ID>.csv、.json：指標ごとの値',
  ].filter((line) => inZip(line.slice(2)));
  const lines = [
    'DX 計画のデータ一式（dx-plan-data.zip）',
    '',
    perPlan
      ? 'このフォルダには、サイトが公開しているすべての表データ（CSV と JSON）、機械で読むための目録、更新履歴と、この説明が入っています。サイトのページに表示している値と同じデータから、サイトを作るたびに生成しています。'
      : `このフォルダには、サイトが公開している表データのうち、すべての計画をまとめた表（CSV と JSON）、機械で読むための目録、更新履歴と、この説明が入っています。サイトのページに表示している値と同じデータから、サイトを作るたびに生成しています。掲載している計画が多いため、計画ごとの表と指標ごとの値はこの zip に入れず、各計画のデータ一式（${urls.planDataArchive('<計画ID>')}）とサイトの /data/plans/<計画ID>/ に載せています。`,
    '',
    `元のデータの最終更新日：${updated ?? '不明'}（zip の中のファイルの日付も同じです）`,
    `ファイルの数：${fileCount}（この説明を含む）`,
    '',
    '■ 計画',
    ...planLines,
    '',
    '■ 利用条件と出典の記載',
    ...licenceLines,
    '',
    '■ ファイルの形式',
    '- CSV：文字コード UTF-8（BOM付き）、改行 CRLF、区切りはカンマ（RFC 4180）。Excel でそのまま開けます。1行目は列名（半角英字）です。',
    '- 数値には単位も桁区切りも付けていません。単位は単位の列にあります。空欄は「値がない」ことを表し、0 ではありません（理由は注記の列にあります）。',
    '- 年度は西暦の整数です。和暦は fiscal_year_label（年度（和暦））の列にあります。全国地方公共団体コードは先頭の 0 を含む6桁の文字列です。',
    "- 表計算ソフトで数式として実行されないよう、CSV では、文字列のセルが「=」「+」「-」「@」（前に空白がある場合と全角の「＝」「＋」「－」「＠」を含みます）やタブ・改行で始まるときに、先頭にアポストロフィ（'）を付けています。数値の列と、数だけの文字列には付けません。JSON には、すべての値を元のとおりに載せています。",
    '- JSON：文字コード UTF-8。各表は行の配列で、空欄は null です。',
    '- この説明（README.txt）：文字コード UTF-8（BOM付き）、改行 CRLF。',
    '',
    '■ フォルダの構成',
    ...layout,
    '- history.csv、history.json：更新履歴（数値の掲載と変更の記録）',
    '- datapackage.json：Frictionless Data Package（すべての CSV の列の型と意味。プログラムで読むときに使えます）',
    '- catalog.jsonld：DCAT 形式のデータカタログ（JSON-LD。オープンデータのカタログサイトが読み込む形式です）',
    '',
    '■ 1つの値を引用するとき',
    `サイトの各指標のページでは、値の表の1行ごとに固定のリンクがあります。サイトの中のアドレスは ${urls.indicator('<計画ID>', '<指標ID>')}#v-<年度>-<種類> です（例：#v-2026-actual は2026年度の実績値。年度の記載がない値は v-undated-<種類>）。計画ID・指標ID・年度（fiscal_year）・種類（kind）は、表の列の値そのままです。`,
    '',
    '■ 表と列の説明',
    '',
    ...tables.flatMap(sectionLines),
  ];
  return `\uFEFF${lines.join('\r\n')}`;
}

/**
 * The README of one plan's data zip, in Japanese: what the folder holds (the plan's tables and each
 * indicator's values, as CSV), the CSV format, the plan's terms of use and attribution, how to cite
 * one value, and every table it holds with every column — from the same column dictionary as the
 * site-wide README. UTF-8 with BOM and CRLF line ends, like the CSV files.
 */
export function planDataReadme(
  site: SiteContent,
  planId: string,
  { archiveName, fileCount, updated }: { archiveName: string; fileCount: number; updated: string | null },
): string {
  const content = site.plans.find((p) => p.plan.id === planId);
  if (!content) throw new Error(`No plan "${planId}"`);
  const { plan } = content;
  const licence = licenceStatement(plan);
  const tables: TableSection[] = [
    ...planPublishedTables(content).map((table) => ({
      title: table.title,
      files: [`${table.name}.csv`],
      description: table.description,
      columns: table.columns,
    })),
    ...(content.indicators.length > 0
      ? [
          {
            title: '指標ごとの値',
            files: ['indicators/<指標ID>.csv'],
            description: '1つの指標の年度ごとの値です。どの行にも指標名と単位が入っています。',
            columns: INDICATOR_VALUE_COLUMNS,
          },
        ]
      : []),
  ];
  const lines = [
    `${plan.title}のデータ（${archiveName}）`,
    '',
    `このフォルダには、「${plan.title}」（${plan.municipality_name}、全国地方公共団体コード ${plan.municipality_code}）についてサイトが公開している表データ（CSV）と、この説明が入っています。サイトのページに表示している値と同じデータから、サイトを作るたびに生成しています。すべての計画のデータ（JSON と目録を含む）は ${urls.dataArchive()} にあります。`,
    '',
    `元のデータの最終更新日：${updated ?? '不明'}（zip の中のファイルの日付も同じです）`,
    `ファイルの数：${fileCount}（この説明を含む）`,
    '',
    '■ 利用条件と出典の記載',
    licence.stated ? `${licence.title}（${licence.name}）${licence.url ? ` ${licence.url}` : ''}` : licence.text,
    `出典の記載例：「${plan.attribution}」`,
    '',
    '■ ファイルの形式',
    '- CSV：文字コード UTF-8（BOM付き）、改行 CRLF、区切りはカンマ（RFC 4180）。Excel でそのまま開けます。1行目は列名（半角英字）です。',
    '- 数値には単位も桁区切りも付けていません。単位は単位の列にあります。空欄は「値がない」ことを表し、0 ではありません（理由は注記の列にあります）。',
    '- 年度は西暦の整数です。和暦は fiscal_year_label（年度（和暦））の列にあります。全国地方公共団体コードは先頭の 0 を含む6桁の文字列です。',
    "- 表計算ソフトで数式として実行されないよう、文字列のセルが「=」「+」「-」「@」（前に空白がある場合と全角の「＝」「＋」「－」「＠」を含みます）やタブ・改行で始まるときに、先頭にアポストロフィ（'）を付けています。",
    '- この説明（README.txt）：文字コード UTF-8（BOM付き）、改行 CRLF。',
    '',
    '■ 1つの値を引用するとき',
    `サイトの各指標のページでは、値の表の1行ごとに固定のリンクがあります。アドレスは ${urls.indicator(plan.id, '<指標ID>')}#v-<年度>-<種類> です（例：#v-2026-actual は2026年度の実績値）。`,
    '',
    '■ 表と列の説明',
    '',
    ...tables.flatMap(sectionLines),
  ];
  return `\uFEFF${lines.join('\r\n')}`;
}
