/**
 * The search index as the build writes it (src/io/search-index-writer.ts): every part of the index
 * with its own Pagefind bundle, one after the other, and a part Pagefind cannot write fails the
 * build with a message naming it (Pagefind itself panics there, and its Node API would wait forever).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSearchIndex, type SearchIndexSpec } from '../../src/io/search-index-writer.ts';
import { filesUnder } from './build-site.ts';

const FILTER = '都道府県';
const page = (prefecture: string | null, title: string, text: string) =>
  `<!doctype html><html lang="ja"><head><title>${title}</title></head><body><main data-pagefind-body><div hidden>${
    prefecture ? `<span data-pagefind-filter="${FILTER}">${prefecture}</span>` : ''
  }</div><h1>${title}</h1><p>${text}</p></main></body></html>`;

const spec: SearchIndexSpec = {
  shards: [
    { path: 'pagefind/', prefectures: ['北海道'] },
    { path: 'pagefind-2/', prefectures: ['岩手県'] },
    { path: 'pagefind-3/', prefectures: ['秋田県'] },
  ],
  records: [],
  prefectureFilter: FILTER,
};

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A small built site: the home page and two pages in each prefecture. */
function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dx-index-'));
  made.push(dir);
  const pages: Record<string, string> = { 'index.html': page(null, 'ホーム', '計画の一覧です。') };
  for (const [code, prefecture] of [
    ['01', '北海道'],
    ['03', '岩手県'],
    ['05', '秋田県'],
  ] as const)
    for (const n of [1, 2])
      pages[`plans/p${code}-${n}/index.html`] = page(prefecture, `${prefecture}の計画${n}`, `マイナンバーカードの交付率を${n}0%にします。`);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

describe('writeSearchIndex', () => {
  it("writes every part as a Pagefind bundle of its own, with the prefecture's pages in it", async () => {
    const dir = site();
    expect(await writeSearchIndex(dir, spec)).toBe('search index: 7 of 7 HTML files, 0 glossary records, in 3 parts');
    const files = filesUnder(dir);
    for (const part of ['pagefind/', 'pagefind-2/', 'pagefind-3/']) {
      expect(files).toContain(`${part}pagefind.js`);
      // The home page and 北海道's two plans; two plans in each of the others.
      const entry = JSON.parse(readFileSync(join(dir, part, 'pagefind-entry.json'), 'utf8'));
      expect(entry.languages.ja.page_count, part).toBe(part === 'pagefind/' ? 3 : 2);
    }
  }, 60_000);

  it('fails with a message naming the part when its folder cannot be written', async () => {
    const broken = site();
    // A file where the third part's folder goes.
    writeFileSync(join(broken, 'pagefind-3'), '');
    await expect(writeSearchIndex(broken, spec)).rejects.toThrow(/^The search index's folder pagefind-3\/ cannot be written: ENOTDIR/);
  }, 60_000);
});
