import type { Plan } from '../../schemas/plan.ts';
import type { ContentError } from '../validate/content-error.ts';
import type { SourcedRow } from '../validate/validate-table.ts';

/**
 * What is allowed but worth telling the editor at every build: a plan whose data licence is not
 * set. The site then says the licence is not stated and whom to ask; it never assumes one. Data
 * without a licence is not open data, so the city should decide one. Only the plans the site
 * publishes are named (`published`: the ids of content/site.csv `plans` or SITE_PLANS; null = all):
 * a single-city site is not told about another city's plan.
 */
export function contentWarnings(
  planRows: readonly SourcedRow<Pick<Plan, 'id' | 'licence'>>[],
  published: readonly string[] | null = null,
): ContentError[] {
  return planRows
    .filter((row) => published === null || published.includes(row.values.id))
    .filter((row) => row.values.licence === null)
    .map((row) => ({
      file: row.file,
      line: row.line,
      column: row.columnNumbers.licence ?? 1,
      field: 'licence',
      value: '',
      rule: 'licence-not-set',
      message: `計画「${row.values.id}」のデータのライセンス（利用条件）が決まっていません。ライセンスのないデータはオープンデータではありません（サイトには「原本に記載がない」ことと問い合わせ先を表示します）`,
      hint: '市が利用条件を定めたら licence 列に書いてください（例: CC BY 4.0）。原本や市の定めにないライセンスを推測で書かないでください',
    }));
}
