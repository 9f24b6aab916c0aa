import { describe, expect, it } from 'vitest';
import { versionsPlan } from './versions-fixture.ts';
import { changedPassageKeys, diffChapter, diffChapters, similarity } from '../../../src/lib/versions/passage-diff.ts';
import { figureChanges } from '../../../src/lib/versions/figure-changes.ts';
import { commentVersions, currentVersion, versionText } from '../../../src/lib/versions/plan-versions.ts';
import { parsePassageRef, splitPassageList } from '../../../src/lib/versions/passages.ts';

describe('versions of a plan (versions.csv + versions/<id>/)', () => {
  const plan = versionsPlan();

  it('reads the versions in file order; the newest is the plan folder, the draft its own folder over it', () => {
    expect(plan.versions.map((v) => [v.id, v.label, v.status, v.date_label])).toEqual([
      ['draft', 'パブリックコメント版', 'public-comment', '令和8年●月'],
      ['adopted', '策定版', 'adopted', '令和9年3月'],
    ]);
    expect(currentVersion(plan.versions)?.id).toBe('adopted');
    expect(plan.versionTexts.map((t) => t.id)).toEqual(['draft']);
    const draft = versionText(plan, 'draft')!;
    // Files of versions/draft/ are the draft's; every other file is the newer version's.
    expect(draft.observations.find((o) => o.kind === 'target')?.value).toBe(60);
    expect(draft.goals).toEqual(plan.goals);
    expect(draft.indicators).toEqual(plan.indicators);
    expect(draft.chapters.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(versionText(plan, 'adopted')?.chapters).toBe(plan.chapters);
    expect(versionText(plan, 'final')).toBeNull();
  });

  it('pairs the draft the comments were made on with the version after it', () => {
    expect(commentVersions(plan.versions)).toMatchObject({ draft: { id: 'draft' }, adopted: { id: 'adopted' } });
    expect(commentVersions(plan.versions.filter((v) => v.id === 'adopted'))).toBeNull();
    expect(commentVersions([])).toBeNull();
  });
});

describe('diffChapters: passage by passage, by stable id', () => {
  const plan = versionsPlan();
  const diffs = diffChapters(versionText(plan, 'draft')!.chapters, plan.chapters);
  const summary = diffs.map((d) => [d.chapterId, d.passages.map((p) => `${p.id}:${p.change}`)]);

  it('marks each passage unchanged, changed, added or removed; a removed passage stays where it stood', () => {
    expect(summary).toEqual([
      [
        'c1',
        [
          'purpose:same',
          'purpose-p1:same',
          'purpose-p2:changed',
          'goals:same',
          'goals-p1:changed',
          'goals-list1-1:same',
          'goals-list1-2:same',
          'goals-list1-3:added',
        ],
      ],
      ['c2', ['system:same', 'system-p1:same', 'system-p2:removed', 'progress:same', 'progress-p1:changed']],
    ]);
  });

  it('marks the words that changed inside a passage', () => {
    const p1 = diffs[0]!.passages.find((p) => p.id === 'goals-p1')!;
    expect(p1.parts).toEqual([
      { kind: 'added', text: '誰もが' },
      { kind: 'same', text: 'デジタルの恩恵を受けられるまちを目指します。' },
    ]);
    const removed = diffs[1]!.passages.find((p) => p.id === 'system-p2')!;
    expect(removed).toMatchObject({ before: '各課にDX推進員を置き、庁内の連携を図ります。', after: null });
  });

  it('compares a chapter that only one version has as wholly added or removed', () => {
    const [chapter] = plan.chapters;
    expect(diffChapters([], [chapter!])[0]!.passages.every((p) => p.change === 'added')).toBe(true);
    expect(diffChapters([chapter!], [])[0]!.passages.every((p) => p.change === 'removed')).toBe(true);
  });
});

describe('figureChanges: from the tables, not the prose', () => {
  it('lists a changed target value and an added initiative, in the plan’s words', () => {
    const plan = versionsPlan();
    const changes = figureChanges(versionText(plan, 'draft')!, plan);
    expect(changes.map((c) => [c.tableTitle, c.subject, c.change, c.fields.map((f) => [f.label, f.before, f.after])])).toEqual([
      [
        '具体的な取組',
        '高齢者へのスマートフォン講座',
        'added',
        [
          ['順番', null, '3'],
          ['取組内容', null, '高齢者へのスマートフォン講座'],
          ['原本のページ', null, '3'],
        ],
      ],
      ['指標の値', 'オンラインで申請できる手続の割合', 'changed', [['値', '60', '80']]],
    ]);
  });
});

describe('passage references (responses.csv changed_passages)', () => {
  it.each([
    ['c4#goal-1-p2', { chapterId: 'c4', passageId: 'goal-1-p2' }],
    ['c4', null],
    ['c4#', null],
    ['C4#p', null],
    ['c4#goals#p', null],
  ] as const)('%s', (text, ref) => expect(parsePassageRef(text)).toEqual(ref));

  it('splits a cell on half- and full-width spaces', () => {
    expect(splitPassageList(' c1#a  c2#b\u3000c3#c ')).toEqual(['c1#a', 'c2#b', 'c3#c']);
    expect(splitPassageList(null)).toEqual([]);
  });
});

describe('diffChapter: passages that moved because one before them was deleted', () => {
  const chapter = (paragraphs: string[]) => ({
    id: 'c9',
    number: 9,
    label: null,
    title: '見本',
    titleNotes: [],
    page: null,
    blocks: [
      { type: 'heading' as const, id: 'sec', sectionId: 'sec', line: 1, depth: 2 as const, text: '(1) 節', notes: [], page: null },
      ...paragraphs.map((text, i) => ({
        type: 'paragraph' as const,
        id: `sec-p${i + 1}`,
        sectionId: 'sec',
        line: i + 2,
        inlines: [{ type: 'text' as const, text }],
      })),
    ],
  });

  it('keeps a renumbered paragraph unchanged and removes the deleted one, not “changes” every later paragraph', () => {
    const diff = diffChapter(
      'c9',
      chapter(['一つ目の段落。', '消される段落。', '三つ目の段落。']),
      chapter(['一つ目の段落。', '三つ目の段落。']),
    );
    expect(diff.passages.map((p) => [p.id, p.beforeId, p.change])).toEqual([
      ['sec', 'sec', 'same'],
      ['sec-p1', 'sec-p1', 'same'],
      ['sec-p2', 'sec-p2', 'removed'],
      ['sec-p2', 'sec-p3', 'same'],
    ]);
  });

  it('pairs a moved and edited paragraph with the one it resembles, not the one at its old position', () => {
    const diff = diffChapter(
      'c9',
      chapter(['消される段落です。', '毎年度、指標の実績を公表します。']),
      chapter(['毎年度、指標の実績を市のホームページで公表します。']),
    );
    expect(diff.passages.map((p) => [p.id, p.beforeId, p.change])).toEqual([
      ['sec', 'sec', 'same'],
      ['sec-p1', 'sec-p1', 'removed'],
      ['sec-p1', 'sec-p2', 'changed'],
    ]);
    expect(changedPassageKeys([diff])).toEqual(new Set(['c9#sec-p1', 'c9#sec-p2']));
  });

  it('rates how alike two texts are', () => {
    expect(similarity('同じ文です。', '同じ文です。')).toBe(1);
    expect(similarity('全く別。', 'ちがうもの')).toBe(0);
  });
});
