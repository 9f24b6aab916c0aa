/**
 * The built Pagefind index holds what the pages say and nothing of their furniture; titles are
 * headings alone; every glossary entry is findable by all its names; the header's search form
 * keeps the plan on a plan's pages (issue 16). Reads the index files themselves.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { builtPages } from './build-site.ts';
import { getSite } from '../../src/io/site.ts';
import { termNames } from '../../src/lib/search/term-records.ts';
import { CELL_SEPARATOR, ROW_SEPARATOR } from '../../src/lib/search/cell-boundaries.ts';
import { synonymTable } from '../../src/lib/search/synonyms.ts';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  anchors: { element: string; id: string; text?: string }[];
}

const outDir = inject('outDir');
/** Every record of the index: one per page, plus the glossary records. */
const fragments: Fragment[] = readdirSync(join(outDir, 'pagefind/fragment')).map((file) => {
  const data = gunzipSync(readFileSync(join(outDir, 'pagefind/fragment', file)));
  return JSON.parse(data.subarray('pagefind_dcd'.length).toString('utf8')) as Fragment;
});
const pages = fragments.filter((f) => f.meta.record === undefined);
const text = (f: Fragment) => f.content.replace(/\u200B/g, '');
const fragmentOf = (url: string) => pages.find((f) => f.url === url)!;
const html = builtPages(outDir);

describe('the search index', () => {
  it('indexes the pages, each filed under its plan and type', () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const page of pages) expect([page.meta.plan, page.meta.type], page.url).not.toContain(undefined);
  });

  it.each([
    ['引用をコピー', 'copy buttons'],
    ['この箇所に意見を書く', 'comment links of citation lines'],
    ['本文で使われている箇所', 'the glossary\'s "used in" lists'],
    ['のほかの計画での説明と比べる', "the glossary's links to the cross-plan glossary"],
    ['関連するページ', "the plan home's list of related pages"],
    ['（文字コード UTF-8（BOM付き）、改行 CRLF', 'download links'],
    ['北上市情報基本計画2026（案）章岩手県北上市情報基本計画2026（案）章', 'the hidden holder of filters and meta'],
  ])('leaves out site furniture: %s (%s)', (furniture) => {
    expect(pages.filter((p) => text(p).includes(furniture)).map((p) => p.url)).toEqual([]);
  });

  it('leaves out glossary tooltips: a chapter is not found by words only its tooltips say', () => {
    const chapter = text(fragmentOf('/plans/kitakami-2026/chapters/c3/'));
    expect(chapter).toContain('Wi-Fi');
    expect(chapter).not.toContain('Wi-Fi Alliance');
    expect(chapter).not.toContain('（ワイファイ）：');
    expect(pages.filter((p) => text(p).includes('Wi-Fi Alliance')).map((p) => p.url)).toEqual(['/plans/kitakami-2026/glossary/']);
  });

  it("titles pages and sections with their headings alone, without the original's page (原本 p.4〜) or note numbers (※3)", () => {
    expect(fragmentOf('/plans/kitakami-2026/chapters/c2/').meta.title).toBe('第2章 情報化を取り巻く社会動向等');
    expect(fragmentOf('/plans/kitakami-2026/chapters/c2/').anchors.find((a) => a.id === 'trends')?.text).toBe('(1) 社会動向');
    expect(fragmentOf('/plans/oshu-2021/glossary/').anchors.find((a) => a.id === 'term-smart-agriculture')?.text).toBe('スマート農業');
    for (const page of pages) {
      expect(page.meta.title, page.url).not.toMatch(/原本|p\.\d/);
      for (const anchor of page.anchors.filter((a) => /^h\d$/.test(a.element)))
        expect(anchor.text ?? '', `${page.url}#${anchor.id}`).not.toMatch(/原本 p\.|※\d|転記の記録|\[(修正|原文ママ)\d+\]/);
    }
    // A heading with a transcription-note marker is titled without it.
    expect(fragmentOf('/plans/oshu-2021/chapters/s8/').anchors.find((a) => a.id === 'foundation')?.text).toBe(
      '(3) デジタル社会の基盤づくり',
    );
  });

  it('keeps table cells and rows apart in the index, but not on the page a reader opens (issue 23)', () => {
    const chapter = text(fragmentOf('/plans/yokote-2023/chapters/c2/'));
    expect(chapter).toContain(
      `項目${CELL_SEPARATOR}内容${CELL_SEPARATOR}実績値の種類${CELL_SEPARATOR}実績値${CELL_SEPARATOR}備考${ROW_SEPARATOR}よこて安全・安心メール`,
    );
    expect(chapter).toContain(`7,041件.${CELL_SEPARATOR}令和4年3月時点.${ROW_SEPARATOR}図書貸出予約システム`);
    const indicator = text(fragmentOf('/plans/yokote-2023/indicators/online-procedure-count/'));
    expect(indicator).toContain(`年度${CELL_SEPARATOR}種類${CELL_SEPARATOR}値`);
    const served = html.get('plans/yokote-2023/chapters/c2/index.html')!;
    expect(served).toContain('<th scope="col" role="columnheader">内容</th>');
    expect(served).not.toContain(`>${CELL_SEPARATOR}`);
    expect(served).not.toContain(`>${ROW_SEPARATOR}`);
  });

  it("serves a small synonym table built from the glossaries (Wi-Fi is a kind of 無線 LAN in Kitakami's glossary)", () => {
    const file = readFileSync(join(outDir, 'search/synonyms.json'));
    expect(file.length).toBeLessThan(4_000);
    const table = JSON.parse(file.toString('utf8')) as string[][];
    expect(table).toContainEqual(['Wi-Fi', 'ワイファイ', '無線 LAN', '無線ラン']);
    expect(table).toContainEqual(['ゼロトラスト', 'ゼロトラスト・アーキテクチャ']);
    expect(table).toEqual(synonymTable(getSite().plans));
  });

  it('has a record for every glossary entry of every plan, with all its names in both kana', () => {
    const plans = getSite().plans;
    const records = fragments.filter((f) => f.meta.record === 'term');
    expect(records).toHaveLength(plans.reduce((n, p) => n + p.glossary.length, 0));
    const generative = records.find((r) => r.url === '/plans/kitakami-2026/glossary/#term-generative-ai')!;
    expect(generative.meta).toMatchObject({
      title: '生成 AI',
      plan: '北上市情報基本計画2026（案）',
      type: '用語',
      names: '生成 AI｜せいせいえーあい',
    });
    expect(text(generative)).toContain('セイセイエーアイ');
    const csirt = plans.find((p) => p.plan.id === 'kitakami-2026')!.glossary.find((t) => t.id === 'csirt')!;
    expect(termNames(csirt)).toEqual(['CSIRT', 'シーサート']);
    expect(text(records.find((r) => r.url.endsWith('#term-csirt') && r.url.includes('kitakami-2026'))!)).toContain('しーさーと');
  });
});

describe("the header's search form", () => {
  const headerForm = (path: string) => /<form class="dx-header-search"[\s\S]*?<\/form>/.exec(html.get(path)!)![0];
  it("keeps the plan on a plan's pages, so the search stays in that plan", () => {
    expect(headerForm('plans/yokote-2023/chapters/c1/index.html')).toContain(
      '<input type="hidden" name="plan" value="横手市デジタル推進計画">',
    );
    expect(headerForm('plans/oshu-2021/glossary/index.html')).toContain('name="plan" value="奥州市DX全体方針 第3版"');
    expect(headerForm('plans/yokote-2023/chapters/c1/index.html')).toContain('横手市デジタル推進計画の中を検索');
  });
  it('searches all plans from pages that belong to no plan', () => {
    for (const path of ['index.html', 'data/index.html', 'glossary/index.html', 'search/index.html'])
      expect(headerForm(path), path).not.toContain('name="plan"');
  });
});
