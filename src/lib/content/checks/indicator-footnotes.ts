import type { Indicator } from '../../../schemas/indicator.ts';
import type { Chapter } from '../../markdown/types.ts';
import type { ContentError } from '../../validate/content-error.ts';
import type { SourcedRow } from '../../validate/validate-table.ts';
import { directiveShowsIndicator } from '../queries.ts';
import { memoizeBy } from '../site-index.ts';
import { cellError } from './cell-error.ts';

/** A chapter with the plan it belongs to. */
interface OwnedChapter {
  owner: string;
  chapter: Chapter;
}

/**
 * For each plan id, the chapters (of any plan) with a directive that shows that plan's data
 * (computed once per validation, so that checking every plan does not scan every chapter of every
 * plan again: at 1,741 plans that took 4.6 s).
 */
const chaptersShowing = memoizeBy((chaptersByPlan: ReadonlyMap<string, readonly Chapter[]>) => {
  const found = new Map<string, OwnedChapter[]>();
  for (const [owner, chapters] of chaptersByPlan)
    for (const chapter of chapters) {
      const shown = new Set(chapter.blocks.flatMap((b) => (b.type === 'directive' ? [b.attributes.plan ?? owner] : [])));
      for (const planId of shown) {
        if (!found.has(planId)) found.set(planId, []);
        found.get(planId)!.push({ owner, chapter });
      }
    }
  return found;
});

/**
 * A footnote printed beside an indicator's name lives in a chapter that shows the indicator's
 * table (in any plan); chapters with problems are trusted to hold it, so one broken chapter does
 * not raise a second error here.
 */
export function checkIndicatorFootnotes(
  planId: string,
  indicators: readonly SourcedRow<Indicator>[],
  chaptersByPlan: ReadonlyMap<string, readonly Chapter[]>,
  brokenChapters: ReadonlySet<string>,
): ContentError[] {
  const errors: ContentError[] = [];
  // A plan whose chapters are missing altogether (`plan/*`, reported once) may be the home.
  const someChaptersMissing = [...brokenChapters].some((key) => key.endsWith('/*'));
  for (const row of indicators) {
    const label = row.values.footnote;
    if (label === null) continue;
    const homes = (chaptersShowing(chaptersByPlan).get(planId) ?? []).filter(({ owner, chapter }) =>
      chapter.blocks.some((b) => directiveShowsIndicator(b, owner, planId, row.values)),
    );
    if (homes.length === 0 && someChaptersMissing) continue;
    if (
      homes.some(
        ({ owner, chapter }) =>
          brokenChapters.has(`${owner}/${chapter.id}`) || chapter.blocks.some((b) => b.type === 'footnote' && b.label === label),
      )
    )
      continue;
    errors.push(
      cellError(row, 'footnote', {
        value: label,
        rule: 'footnote-undefined',
        message:
          homes.length === 0
            ? `注 ${label} が付いた指標「${row.values.id}」を表示する章がありません`
            : `注 ${label} の本文が、指標「${row.values.id}」の表を表示する章（${homes.map(({ owner, chapter }) => `${owner} の ${chapter.id}.md`).join('、')}）にありません`,
        hint:
          homes.length === 0
            ? `この指標の表（::outcome-indicators など）を置いた章に「[^${label}]: 注の本文」を書くか、footnote を空欄にしてください`
            : `その章の表の後に「[^${label}]: 注の本文」を書くか、footnote を空欄にしてください`,
      }),
    );
  }
  return errors;
}
