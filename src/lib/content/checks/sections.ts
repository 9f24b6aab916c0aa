import type { Chapter } from '../../markdown/types.ts';
import type { ContentError } from '../../validate/content-error.ts';
import type { SourcedRow } from '../../validate/validate-table.ts';
import { closestMatch } from '../../validate/suggest.ts';
import { validRows, type ValidatedPlanTables } from '../validated-tables.ts';
import { cellError } from './cell-error.ts';

/**
 * Sections named by goals (`section`) and published answers (`passage_anchor`) are headings of
 * the plan's chapters, written `chapter#heading` (`unknown-section`); an anchor into a chapter
 * that had problems is not checked.
 */
export function checkSectionAnchors(
  planId: string,
  tables: ValidatedPlanTables,
  chapters: readonly Chapter[],
  brokenChapters: ReadonlySet<string>,
): ContentError[] {
  const errors: ContentError[] = [];
  const anchors = new Set(chapters.flatMap((c) => c.blocks.filter((b) => b.type === 'heading').map((b) => `${c.id}#${b.id}`)));
  const checkAnchor = <Row>(row: SourcedRow<Row>, field: keyof Row & string, anchor: string | null) => {
    // `plan/*`: the plan's chapters are missing altogether, which is reported once.
    if (
      anchor === null ||
      anchors.has(anchor) ||
      brokenChapters.has(`${planId}/${anchor.split('#')[0]}`) ||
      brokenChapters.has(`${planId}/*`)
    )
      return;
    const guess = closestMatch(anchor, [...anchors]);
    errors.push(
      cellError(row, field, {
        value: anchor,
        rule: 'unknown-section',
        message: `本文の節「${anchor}」が見つかりません`,
        hint: guess
          ? `「${guess}」のことでしょうか。「章ファイル名#見出しID」の形で書きます`
          : '「章ファイル名#見出しID」の形で書きます（例: c4#goal-1）',
      }),
    );
  };
  for (const row of validRows(tables, 'goals')) checkAnchor(row, 'section', row.values.section);
  for (const row of validRows(tables, 'responses')) checkAnchor(row, 'passage_anchor', row.values.passage_anchor);
  return errors;
}
