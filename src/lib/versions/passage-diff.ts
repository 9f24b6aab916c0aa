import type { Chapter } from '../markdown/types.ts';
import { chapterPassages, type Passage, type PassageKind } from './passages.ts';
import { wordDiff, wordUnits, type DiffPart } from './word-diff.ts';

/** How a passage differs between two versions. */
export type PassageChangeKind = 'added' | 'removed' | 'changed' | 'same';

/** One passage of a chapter compared between an older and a newer version. */
export interface PassageChange {
  /** The passage's id in the newer version (in the older one for a removed passage). */
  id: string;
  /** The passage's id in the older version (null when added); differs from `id` when the passage moved. */
  beforeId: string | null;
  kind: PassageKind;
  change: PassageChangeKind;
  /** The passage's text in the older version (null when added). */
  before: string | null;
  /** The passage's text in the newer version (null when removed). */
  after: string | null;
  /** The text with its changes marked word by word (the whole text as one run when added or removed). */
  parts: DiffPart[];
}

/** One chapter compared between two versions (either side may lack the chapter). */
export interface ChapterDiff {
  chapterId: string;
  /** The passages in reading order: the newer version's, with each removed passage where it stood. */
  passages: PassageChange[];
}

/** How alike two texts are: twice the shared word units over both lengths (1 = the same, 0 = nothing shared). */
export function similarity(a: string, b: string): number {
  const parts = wordDiff(a, b);
  const length = (kinds: readonly DiffPart['kind'][]) =>
    parts.filter((p) => kinds.includes(p.kind)).reduce((n, p) => n + wordUnits(p.text).length, 0);
  const same = length(['same']);
  const total = length(['same', 'removed']) + length(['same', 'added']);
  return total === 0 ? 1 : (2 * same) / total;
}

/** Passages at least this alike are one passage changed, not one removed and another added. */
const SAME_PASSAGE = 0.5;

/**
 * Compares two versions of a chapter passage by passage. Passages whose text is unchanged are
 * matched first, in order (so a paragraph that moved up because the one before it was deleted is
 * unchanged, even though its position id changed); between them, a passage of the newer version
 * is the older one it most resembles (at least half its words), else the one with its stable id,
 * and is marked word by word; the rest are added or removed, a removed passage shown where it
 * stood. Either chapter may be null (a chapter added or removed).
 */
export function diffChapter(chapterId: string, before: Chapter | null, after: Chapter | null): ChapterDiff {
  const old = before ? chapterPassages(before) : [];
  const now = after ? chapterPassages(after) : [];
  const key = (p: Passage) => `${p.kind}\u0000${p.text}`;
  // lengths[i][j]: the longest run of unchanged passages of old[i…] and now[j…].
  const lengths: number[][] = Array.from({ length: old.length + 1 }, () => new Array<number>(now.length + 1).fill(0));
  for (let i = old.length - 1; i >= 0; i--)
    for (let j = now.length - 1; j >= 0; j--)
      lengths[i]![j] = key(old[i]!) === key(now[j]!) ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
  const passages: PassageChange[] = [];
  const removed = (p: Passage): PassageChange => ({
    id: p.id,
    beforeId: p.id,
    kind: p.kind,
    change: 'removed',
    before: p.text,
    after: null,
    parts: [{ kind: 'removed', text: p.text }],
  });
  /** Pairs and emits the passages between two unchanged ones. */
  const gap = (olds: Passage[], news: Passage[]) => {
    let next = 0;
    for (const passage of news) {
      const candidates = olds.slice(next).filter((p) => p.kind === passage.kind);
      const alike = candidates
        .map((p) => ({ p, score: similarity(p.text, passage.text) }))
        .filter((c) => c.score >= SAME_PASSAGE)
        .sort((a, b) => b.score - a.score)[0]?.p;
      const previous = alike ?? candidates.find((p) => p.id === passage.id);
      if (!previous) {
        passages.push({
          id: passage.id,
          beforeId: null,
          kind: passage.kind,
          change: 'added',
          before: null,
          after: passage.text,
          parts: [{ kind: 'added', text: passage.text }],
        });
        continue;
      }
      const at = olds.indexOf(previous);
      for (; next < at; next++) passages.push(removed(olds[next]!));
      next = at + 1;
      passages.push({
        id: passage.id,
        beforeId: previous.id,
        kind: passage.kind,
        change: 'changed',
        before: previous.text,
        after: passage.text,
        parts: wordDiff(previous.text, passage.text),
      });
    }
    for (; next < olds.length; next++) passages.push(removed(olds[next]!));
  };
  let i = 0;
  let j = 0;
  let gapOld: Passage[] = [];
  let gapNew: Passage[] = [];
  while (i < old.length || j < now.length) {
    if (i < old.length && j < now.length && key(old[i]!) === key(now[j]!)) {
      gap(gapOld, gapNew);
      gapOld = [];
      gapNew = [];
      passages.push({
        id: now[j]!.id,
        beforeId: old[i]!.id,
        kind: now[j]!.kind,
        change: 'same',
        before: old[i]!.text,
        after: now[j]!.text,
        parts: [{ kind: 'same', text: now[j]!.text }],
      });
      i++;
      j++;
    } else if (j >= now.length || (i < old.length && lengths[i + 1]![j]! >= lengths[i]![j + 1]!)) gapOld.push(old[i++]!);
    else gapNew.push(now[j++]!);
  }
  gap(gapOld, gapNew);
  return { chapterId, passages };
}

/**
 * Every chapter of two versions compared, in the newer version's chapter order with chapters
 * only the older version has at the end.
 */
export function diffChapters(before: readonly Chapter[], after: readonly Chapter[]): ChapterDiff[] {
  const oldById = new Map(before.map((c) => [c.id, c]));
  const newIds = new Set(after.map((c) => c.id));
  return [
    ...after.map((chapter) => diffChapter(chapter.id, oldById.get(chapter.id) ?? null, chapter)),
    ...before.filter((c) => !newIds.has(c.id)).map((chapter) => diffChapter(chapter.id, chapter, null)),
  ];
}

/** The `<chapter>#<passage>` keys of every passage that was added, removed or changed (by its id in either version). */
export function changedPassageKeys(diffs: readonly ChapterDiff[]): Set<string> {
  return new Set(
    diffs.flatMap((d) =>
      d.passages
        .filter((p) => p.change !== 'same')
        .flatMap((p) => [p.id, ...(p.beforeId ? [p.beforeId] : [])].map((id) => `${d.chapterId}#${id}`)),
    ),
  );
}
