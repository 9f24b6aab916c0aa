/**
 * The Kitakami 2023 plan: its summary (概要版, chapters 1–3 of the plan) published as two chapter
 * files, next to the previous-plan data taken from chapter 3 of the 2026 draft. The expected
 * sentences below were typed from the summary (seed 001) independently of the chapter files, so
 * a slip in either shows up here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/io/read-content-files.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { inlineText } from '../../src/lib/markdown/inline-text.ts';
import { planById, chapterLabel, sectionBlocks } from '../../src/lib/content/queries.ts';
import type { Block } from '../../src/lib/markdown/types.ts';

const { site, errors } = validateContent(readContentFiles(join(import.meta.dirname, '../../content')));

/** The plain text of every paragraph and list item of some blocks, one string each. */
function texts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) =>
    b.type === 'paragraph' ? [inlineText(b.inlines)] : b.type === 'list' ? b.items.map((item) => inlineText(item.inlines)) : [],
  );
}

describe('the Kitakami 2023 summary', () => {
  it('is valid', () => {
    expect(errors).toEqual([]);
  });

  const plan = planById(site!, 'kitakami-2023');

  it('has the two printed parts of the summary as chapters, without page numbers', () => {
    expect(plan.chapters.map((c) => [c.number, c.label, c.page])).toEqual([
      [1, '1.', null],
      [2, '2.', null],
    ]);
    expect(plan.chapters.map(chapterLabel)).toEqual([
      '1. 計画の概要 (第1章)',
      '2. 計画の構成 (第2章~第6章 社会動向、現状課題、基本目標・基本施策、主要プロジェクト)',
    ]);
  });

  it('keeps the data from chapter 3 of the 2026 draft untouched', () => {
    expect(plan.goals).toHaveLength(4);
    expect(plan.measures).toHaveLength(15);
    expect(plan.indicators).toHaveLength(15);
    expect(plan.observations).toHaveLength(60);
    expect(plan.evaluations).toHaveLength(15);
    expect(plan.datasets).toHaveLength(0);
  });

  it('has the four boxes of part 1 word for word', () => {
    const [c1] = plan.chapters;
    expect(c1!.blocks.filter((b) => b.type === 'heading').map((b) => b.type === 'heading' && b.text)).toEqual([
      '1 計画策定趣旨',
      '2 計画の位置づけ',
      '3 本計画の期間と進捗管理',
      '4 計画の推進体制',
    ]);
    expect(texts(sectionBlocks(plan, 'c1#purpose')!.blocks)).toContain(
      '単にICT利活用やデータ活用のための計画ではなく、デジタル活用による社会変革を進めるためのDX推進計画として策定するもの。',
    );
    expect(texts(sectionBlocks(plan, 'c1#period')!.blocks)).toEqual([
      '<計画期間> 令和5年度 (2023年度) ~ 令和7年度 (2025年度)',
      '社会情勢の変化に柔軟に対応できるよう3年の計画とする。',
      '毎年度、評価、検証し、必要な際は随時見直す。',
    ]);
    expect(texts(sectionBlocks(plan, 'c1#structure')!.blocks)).toHaveLength(5);
    expect(texts(sectionBlocks(plan, 'c1#structure')!.blocks)).toContain('都市プロモーション課情報政策推進室が庶務を執り行う。');
  });

  it('has the social trends, the previous goals and the survey findings of part 2', () => {
    const c2 = plan.chapters[1]!;
    const headings = c2.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : []));
    expect(headings.filter((h) => /^[①②③④⑤]/.test(h))).toHaveLength(19);
    expect(headings).toEqual(
      expect.arrayContaining([
        '第2章 情報化を取り巻く社会動向等',
        '第3章 当市の現状と課題',
        '① 基本目標1 「ICTによる充実した子育てと学びの実現」',
        '④ 基本目標4 「ICTによる効率的な行政経営とスマート自治体の実現」',
      ]),
    );
    expect(texts(sectionBlocks(plan, 'c2#iwate-dx')!.blocks)).toEqual([
      '「いわてDX推進連携会議」を設立。「岩手県ICT利活用推進計画」にかわり、岩手県DX推進計画を策定。',
    ]);
    expect(texts(sectionBlocks(plan, 'c2#previous-goal-2')!.blocks)).toEqual([
      '<完了・開始>',
      'オープンデータの公開',
      '<課題>',
      '行政分野でのキャッシュレス決済対応、産業ビジョンも踏まえた事業者へのICT化やDXの支援 など。',
    ]);
    const survey = texts(sectionBlocks(plan, 'c2#citizen-ict-use')!.blocks);
    expect(survey).toContain('40歳代以下のスマホ利用率は94.1%以上');
    expect(survey).toContain('LINEの利用率は全世代で95%以上');
    expect(survey.at(-1)).toBe('※令和4年度市民意識調査において、市民のICT利用状況を把握。');
  });

  it('records the corrections and the oddities kept as printed', () => {
    expect(plan.corrections.filter((c) => c.action === 'corrected')).toHaveLength(4);
    expect(plan.corrections.filter((c) => c.action === 'kept').map((c) => c.original)).toEqual(
      expect.arrayContaining(['デジタルデバイス対策', 'パスロケーションシステム導入', '特定の施策を推進にあたっては']),
    );
    const all = plan.chapters.flatMap((c) => texts(c.blocks)).join('\n');
    expect(all).not.toMatch(/<\/?(p|ul|li)\b|\*\*|^・/m);
  });
});
