/**
 * What the chapter dialect adds to the printed text, built from a fixture under a base path (/dx/):
 * links (a site link goes under the base path, an external one says it leaves the site, an
 * in-chapter link shown on a goal page leads back to the chapter), numbered lists, emphasis, and a
 * paragraph wrapped in the source published as one paragraph.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, builtPages, copyOfFixtureContent, type BuildResult } from './build-site.ts';

const CHAPTER_ADDITIONS = `
詳しくは[北上市のホームページ](https://www.city.kitakami.iwate.jp/)、[指標の一覧](/plans/sample-2026/indicators/)、
[問い合わせ](mailto:dx@city.example.jp)をご覧ください。

*重点*となる取組は次のとおりです。

1. 一つ目の取組
2. 二つ目の取組
`;

describe('links, numbered lists and emphasis in a chapter, under a base path', () => {
  let build: BuildResult;
  let pages: Map<string, string>;
  beforeAll(() => {
    const content = copyOfFixtureContent();
    const chapter = join(content, 'plans/sample-2026/chapters/c1.md');
    const text = readFileSync(chapter, 'utf8')
      .replace('本計画は見本です[^1]。\n', `本計画は見本です[^1]。\n${CHAPTER_ADDITIONS}`)
      .replace('子育ての目標の説明。', '子育ての目標の説明（[計画策定の趣旨](#purpose)を参照）。');
    writeFileSync(chapter, text);
    build = buildSite(content, { BASE_PATH: '/dx/' });
    pages = builtPages(build.outDir);
  });

  const chapterPage = () => pages.get('plans/sample-2026/chapters/c1/index.html')!;

  it('builds', () => expect(build.status, build.output).toBe(0));

  it('publishes a wrapped paragraph as one paragraph, with every link', () => {
    const paragraph = /<p id="purpose-p2">([\s\S]*?)<\/p>/.exec(chapterPage())?.[1] ?? '';
    expect(paragraph).toContain('<a href="https://www.city.kitakami.iwate.jp/" rel="external">北上市のホームページ（外部サイト）</a>');
    expect(paragraph).toContain(
      '<a href="/dx/plans/sample-2026/indicators/">指標の一覧</a>、<a href="mailto:dx@city.example.jp">問い合わせ</a>をご覧ください。',
    );
    expect(chapterPage()).not.toContain('id="purpose-p4"');
  });

  it('shows emphasis and a numbered list, citable like any list', () => {
    // The paragraph's text, then its passage mark (¶, a link to the paragraph), then its end.
    expect(chapterPage()).toMatch(
      /<p id="purpose-p3"><em class="dx-em">重点<\/em>となる取組は次のとおりです。<a class="dx-cite-mark" href="[^"]*#purpose-p3"[^>]*>.*?<\/a><\/p>/,
    );
    expect(chapterPage()).toMatch(/<ol id="purpose-list1" class="dx-list-numbered"><li id="purpose-list1-1">一つ目の取組/);
    expect(chapterPage()).toContain('箇条書き1の2項目め');
  });

  it('links a place in the chapter on the chapter page, and back to the chapter where the section is shown elsewhere', () => {
    expect(chapterPage()).toContain('<a href="#purpose">計画策定の趣旨</a>');
    expect(pages.get('plans/sample-2026/goals/g1/index.html')).toContain(
      '<a href="/dx/plans/sample-2026/chapters/c1/#purpose">計画策定の趣旨</a>',
    );
  });
});
