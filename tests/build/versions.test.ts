/**
 * Versions of a plan, built from the fixture plan 見本版計画2026 (tests/fixtures/versions) laid over
 * the base fixture: a パブリックコメント版 and a 策定版 with a changed target, an added initiative, a
 * removed and an added passage, and answers to the comments. Checks the built pages: each version
 * at its stable address, the comparison marked inside the passages, and the response matrix.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureSite } from './build-site.ts';

const VERSIONS = join(import.meta.dirname, '../fixtures/versions/content');

describe('a plan with a draft and an adopted version', () => {
  const site = fixtureSite((content) => cpSync(VERSIONS, content, { recursive: true }));

  it('builds', () => expect(site.build.status, site.build.output).toBe(0));

  it('keeps the draft readable at its own address, with the draft’s text and tables', () => {
    const draft = site.pages.get('plans/ver-2026/versions/draft/chapters/c2/index.html')!;
    expect(draft).toMatch(/<p id="system-p2">各課にDX推進員を置き、庁内の連携を図ります。/);
    expect(draft).toContain('href="/plans/ver-2026/chapters/c2/"');
    const c1 = site.text('plans/ver-2026/versions/draft/chapters/c1/index.html');
    expect(c1).toContain('計画の期間は令和8年度から令和11年度までの4年間とします。');
    // The data table in the draft's chapter shows the draft's target, the current one the adopted.
    expect(c1).toMatch(/オンラインで申請できる手続の割合[^。]*60/);
    expect(site.text('plans/ver-2026/chapters/c1/index.html')).toMatch(/オンラインで申請できる手続の割合[^。]*80/);
    expect(site.text('plans/ver-2026/chapters/c1/index.html')).not.toContain('令和11年度までの4年間');
  });

  it('gives each passage of a version a reference that points to that version’s page, not the current text', () => {
    const draft = site.pages.get('plans/ver-2026/versions/draft/chapters/c1/index.html')!;
    expect(draft).toContain('<a class="dx-cite__ref" href="/plans/ver-2026/versions/draft/chapters/c1/#purpose-p2">第1章(1) 第2段落</a>');
    expect(draft).toContain('data-cite-path="/plans/ver-2026/versions/draft/chapters/c1/#purpose-p2"');
    expect(draft).not.toContain('href="/plans/ver-2026/chapters/c1/#purpose-p2"');
  });

  it("cites the plan's own chapter pages at the newest version's address, so a letter written today keeps today's text", () => {
    const current = site.pages.get('plans/ver-2026/chapters/c1/index.html')!;
    expect(current).toContain('data-cite-path="/plans/ver-2026/versions/adopted/chapters/c1/#purpose-p2"');
    expect(current).not.toContain('data-cite-path="/plans/ver-2026/chapters/c1/');
  });

  it('marks the changed words inside the passage with <ins>/<del> and words', () => {
    const page = site.pages.get('plans/ver-2026/versions/adopted/changes/c1/index.html')!;
    expect(page).toMatch(/<ins class="dx-diff__ins"[^>]*><span class="dx-visually-hidden"[^>]*>追加：<\/span>誰もが<span/);
    expect(page).toMatch(/<del class="dx-diff__del"[^>]*><span class="dx-visually-hidden"[^>]*>削除：<\/span>11<span/);
    const text = site.text('plans/ver-2026/versions/adopted/changes/c1/index.html');
    expect(text).toContain(
      '変更 第1章(2) 第1段落 追加： 誰もが （追加ここまで） デジタルの恩恵を受けられるまちを目指します。 修正の理由： 意見1',
    );
    expect(text).toContain('変更 第1章(1) 第2段落');
    expect(text).toContain('意見によらない修正');
    expect(page).toContain('href="/plans/ver-2026/versions/adopted/changes/#response-1"');
  });

  it('gives the response matrix with links to the passages each answer changed, and the figures from the tables', () => {
    const page = site.pages.get('plans/ver-2026/versions/adopted/changes/index.html')!;
    expect(page).toMatch(/<tr id="response-1"[\s\S]*?href="\/plans\/ver-2026\/versions\/adopted\/changes\/c1\/#change-goals-p1"/);
    const text = site.text('plans/ver-2026/versions/adopted/changes/index.html');
    expect(text).toContain('オンラインで申請できる手続の割合 指標の値 変更 値：60 → 80');
    expect(text).toContain('第1章 計画の概要 追加 1・削除 0・変更 2');
    expect(text).toContain(
      '4 推進体制に外部の専門家を加えてほしい。 外部の専門家の助言は、必要に応じて受けてまいります。原案のとおりとします。 修正なし',
    );
  });

  it('lists the versions', () => {
    const text = site.text('plans/ver-2026/versions/index.html');
    expect(text).toContain('パブリックコメント版 案（パブリックコメント用） 令和8年●月 （最初の版）');
    expect(text).toContain('策定版 （最新） 策定済み 令和9年3月 パブリックコメント版から策定版への変更');
  });

  it('makes no version pages for a plan without versions.csv', () => {
    expect([...site.pages.keys()].filter((p) => p.startsWith('plans/sample-2026/versions/'))).toEqual([]);
  });
});
