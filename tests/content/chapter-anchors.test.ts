/**
 * Every published chapter anchor stays: the id, citation reference and page of every block and list
 * item of the real content, and its text, are those recorded in chapter-anchors.snapshot.json.
 * An id or a reference is cited from outside (comments, e-mails, links), so it must never move.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chapterAnchors, contentPath, snapshotPath, type ChapterAnchors } from './chapter-anchors.ts';

const recorded = JSON.parse(readFileSync(snapshotPath, 'utf8')) as ChapterAnchors[];
const current = chapterAnchors(contentPath);

describe('published chapter anchors', () => {
  it('covers the same chapters', () => {
    expect(current.map((c) => c.file)).toEqual(recorded.map((c) => c.file));
  });

  it.each(recorded.map((c) => [c.file, c] as const))('%s keeps every id, reference, page and text', (file, chapter) => {
    expect(current.find((c) => c.file === file)).toEqual(chapter);
  });
});
