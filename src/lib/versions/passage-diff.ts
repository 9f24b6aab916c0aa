import type { Chapter } from '../markdown/types.ts';
import { chapterPassages, type Passage, type PassageKind } from './passages.ts';
import { wordDiff, type DiffPart } from './word-diff.ts';

/** How a passage differs between two versions. */
export type PassageChangeKind = 'added' | 'removed' | 'changed' | 'same';

/** One passage of a chapter compared between an older and a newer version. */
export interface PassageChange {
  /** The passage's id; the same in both versions when it is in both. */
  id: string;
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

/**
 * Compares two versions of a chapter passage by passage. Passages are matched by their stable
 * id (section + position), never by line: a passage whose id is in both versions is unchanged or
 * changed (with its words marked), one only in the newer version is added, one only in the older
 * is removed and shown where it stood. Either chapter may be null (a chapter added or removed).
 */
export function diffChapter(chapterId: string, before: Chapter | null, after: Chapter | null): ChapterDiff {
  const old = before ? chapterPassages(before) : [];
  const now = after ? chapterPassages(after) : [];
  const oldById = new Map(old.map((p) => [p.id, p]));
  const newIds = new Set(now.map((p) => p.id));
  const passages: PassageChange[] = [];
  const removed = (p: Passage): PassageChange => ({
    id: p.id,
    kind: p.kind,
    change: 'removed',
    before: p.text,
    after: null,
    parts: [{ kind: 'removed', text: p.text }],
  });
  let cursor = 0;
  for (const passage of now) {
    const previous = oldById.get(passage.id);
    if (!previous) {
      passages.push({
        id: passage.id,
        kind: passage.kind,
        change: 'added',
        before: null,
        after: passage.text,
        parts: [{ kind: 'added', text: passage.text }],
      });
      continue;
    }
    // Removed passages that stood before this one in the older version come first.
    const at = old.indexOf(previous);
    for (; cursor < at; cursor++) if (!newIds.has(old[cursor]!.id)) passages.push(removed(old[cursor]!));
    cursor = Math.max(cursor, at + 1);
    const same = previous.text === passage.text;
    passages.push({
      id: passage.id,
      kind: passage.kind,
      change: same ? 'same' : 'changed',
      before: previous.text,
      after: passage.text,
      parts: same ? [{ kind: 'same', text: passage.text }] : wordDiff(previous.text, passage.text),
    });
  }
  for (; cursor < old.length; cursor++) if (!newIds.has(old[cursor]!.id)) passages.push(removed(old[cursor]!));
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

/** The `<chapter>#<passage>` keys of every passage that was added, removed or changed. */
export function changedPassageKeys(diffs: readonly ChapterDiff[]): Set<string> {
  return new Set(diffs.flatMap((d) => d.passages.filter((p) => p.change !== 'same').map((p) => `${d.chapterId}#${p.id}`)));
}
