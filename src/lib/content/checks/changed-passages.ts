import type { CommentResponse } from '../../../schemas/comment-response.ts';
import type { PlanVersion } from '../../../schemas/plan-version.ts';
import type { ContentError } from '../../validate/content-error.ts';
import type { SourcedRow } from '../../validate/validate-table.ts';
import type { Chapter } from '../../markdown/types.ts';
import { chapterPassages, parsePassageRef, splitPassageList } from '../../versions/passages.ts';
import { changedPassageKeys, diffChapters } from '../../versions/passage-diff.ts';
import { commentVersions } from '../../versions/plan-versions.ts';

/** The chapters of the two versions the comments compared (the draft and the version after it). */
export interface CommentTexts {
  versions: readonly PlanVersion[];
  draft: readonly Chapter[];
  adopted: readonly Chapter[];
}

/**
 * Checks responses.csv `changed_passages` against the versions: every listed passage exists in
 * the draft or the version after it; an answer that says the draft was changed lists the
 * passages, each of which really changed between the two; an answer that says it was not
 * changed lists none. Without a draft and a later version, only that the passages exist in the
 * plan's text. `chapters` is the plan folder's text (the newest version).
 */
export function checkChangedPassages(
  rows: readonly SourcedRow<CommentResponse>[],
  chapters: readonly Chapter[],
  texts: CommentTexts | null,
): ContentError[] {
  const errors: ContentError[] = [];
  const pair = texts ? commentVersions(texts.versions) : null;
  const sides = texts && pair ? [texts.draft, texts.adopted] : [chapters];
  const known = new Set(sides.flatMap((side) => side.flatMap((c) => chapterPassages(c).map((p) => `${c.id}#${p.id}`))));
  const changed = texts && pair ? changedPassageKeys(diffChapters(texts.draft, texts.adopted)) : null;
  const where = pair ? `${pair.draft.label}（${pair.draft.id}）と${pair.adopted.label}（${pair.adopted.id}）` : '計画の本文';
  for (const row of rows) {
    const listed = splitPassageList(row.values.changed_passages);
    const at = { file: row.file, line: row.line, column: row.columnNumbers.changed_passages ?? 1, field: 'changed_passages' };
    if (row.values.draft_changed && listed.length === 0 && pair) {
      errors.push({
        ...at,
        column: row.columnNumbers.changed_passages ?? row.columnNumbers.draft_changed ?? 1,
        value: '',
        rule: 'changed-passages-missing',
        message: `意見${row.values.number}は「案を修正した」（draft_changed が true）とありますが、修正箇所（changed_passages）が空欄です`,
        hint: `${pair.adopted.label}で修正した箇所を「章ID#段落ID」で、半角スペース区切りで書いてください（例: c4#goal-1-p2）。修正していないなら draft_changed を false にしてください`,
      });
      continue;
    }
    if (!row.values.draft_changed && listed.length > 0) {
      errors.push({
        ...at,
        value: row.values.changed_passages ?? '',
        rule: 'changed-passages-not-changed',
        message: `意見${row.values.number}は「案を修正していない」（draft_changed が false）のに、修正箇所が書かれています`,
        hint: '意見を受けて修正したなら draft_changed を true に、修正していないなら changed_passages を空欄にしてください',
      });
      continue;
    }
    const unchanged: string[] = [];
    for (const item of listed) {
      const ref = parsePassageRef(item);
      if (!ref || !known.has(item)) {
        errors.push({
          ...at,
          value: item,
          rule: 'changed-passage-unknown',
          message: ref
            ? pair
              ? `修正箇所「${item}」は${where}のどちらにもありません`
              : `修正箇所「${item}」は計画の本文にありません`
            : `修正箇所「${item}」は「章ID#段落ID」の形ではありません`,
          hint: '章のページで段落の「¶」リンクが指す ID を、章ID と # でつないで書いてください（例: c4#goal-1-p2）',
        });
        continue;
      }
      if (changed && !changed.has(item)) unchanged.push(item);
    }
    if (unchanged.length > 0 && pair) {
      errors.push({
        ...at,
        value: unchanged.join(' '),
        rule: 'changed-passage-unchanged',
        message: `意見${row.values.number}の修正箇所のうち「${unchanged.join('」「')}」は、${where}で文言が同じです（修正されていません）`,
        hint: `実際に修正した段落の ID を書いてください。段落の位置がずれた場合は、${pair.adopted.label}の ID を確かめてください`,
      });
    }
  }
  return errors;
}
