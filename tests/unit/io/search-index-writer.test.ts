import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { searchIndexSummary, shardInputs, type SearchIndexSpec } from '../../../src/io/search-index-writer.ts';
import type { TermRecord } from '../../../src/lib/search/term-records.ts';

const FILTER = '都道府県';

/** A built page as Base.astro writes it: indexed with its filters, or not indexed. */
const page = (prefecture: string | null, indexed = true) =>
  `<!doctype html><html lang="ja"><body><main id="main"${indexed ? ' data-pagefind-body' : ''}><div hidden>${
    prefecture ? `<span data-pagefind-filter="${FILTER}">${prefecture}</span>` : ''
  }</div><h1>見出し</h1></main></body></html>`;

const record = (url: string, prefecture: string): TermRecord => ({
  url,
  content: '用語',
  language: 'ja',
  meta: { title: '用語', plan: '計画', type: '用語', record: 'term', names: '用語', definition: '定義。' } as TermRecord['meta'],
  filters: { [FILTER]: [prefecture] },
});

let site = '';
afterEach(() => rmSync(site, { recursive: true, force: true }));

/** A built site with the given pages (path → HTML). */
function siteWith(pages: Record<string, string>): string {
  site = mkdtempSync(join(tmpdir(), 'dx-index-writer-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), html);
  }
  return site;
}

const spec: SearchIndexSpec = {
  shards: [
    { path: 'pagefind/', prefectures: ['北海道'] },
    { path: 'pagefind-2/', prefectures: ['岩手県', '秋田県'] },
  ],
  records: [record('/plans/a/glossary/#term-x', '秋田県'), record('/plans/b/glossary/#term-y', '北海道')],
  prefectureFilter: FILTER,
};

describe('shardInputs', () => {
  it("puts each indexed page in its prefecture's part, the site's own pages in the first, and leaves out pages not indexed", () => {
    siteWith({
      'index.html': page(null),
      'plans/a/index.html': page('秋田県'),
      'plans/b/chapters/c1/index.html': page('北海道'),
      'plans/c/index.html': page('岩手県'),
      'plans/c/embed/index.html': page('岩手県', false),
      '404.html': page(null, false),
      'data/a.csv': 'id\n1\n',
    });
    const { inputs, htmlFiles } = shardInputs(site, spec);
    expect(htmlFiles).toBe(6);
    expect(inputs.map((input) => [input.shard.path, input.pages])).toEqual([
      ['pagefind/', ['index.html', 'plans/b/chapters/c1/index.html']],
      ['pagefind-2/', ['plans/a/index.html', 'plans/c/index.html']],
    ]);
    expect(inputs.map((input) => input.records.map((r) => r.url))).toEqual([['/plans/b/glossary/#term-y'], ['/plans/a/glossary/#term-x']]);
  });

  it('files a page of a prefecture no part names under the first part', () => {
    siteWith({ 'plans/z/index.html': page('沖縄県') });
    expect(shardInputs(site, spec).inputs[0]!.pages).toEqual(['plans/z/index.html']);
  });
});

describe('searchIndexSummary', () => {
  it('counts the indexed pages, the HTML files and the records, and names the parts only when there are several', () => {
    siteWith({ 'index.html': page(null), 'plans/a/index.html': page('秋田県'), '404.html': page(null, false) });
    const { inputs, htmlFiles } = shardInputs(site, spec);
    expect(searchIndexSummary(inputs, htmlFiles)).toBe('search index: 2 of 3 HTML files, 2 glossary records, in 2 parts');
    expect(searchIndexSummary(inputs.slice(0, 1), htmlFiles)).toBe('search index: 1 of 3 HTML files, 1 glossary records');
  });
});
