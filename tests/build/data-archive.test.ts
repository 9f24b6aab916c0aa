/**
 * The data archive of the real build (/data/dx-plan-data.zip), read back with the tests' own zip
 * reader: it holds the README and every published data file under /data/ — each with exactly the
 * bytes the site serves — and building it again from the same content gives the same bytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { getSite } from '../../src/io/site.ts';
import { siteHistory } from '../../src/io/site-history.ts';
import { dataArchive } from '../../src/lib/open-data/data-archive.ts';
import { formatFileSize } from '../../src/lib/format/number.ts';
import { DATA_ARCHIVE_NAME, urls } from '../../src/lib/urls.ts';
import { readZip } from '../zip-reader.ts';
import { filesUnder, textOf } from './build-site.ts';

const outDir = inject('outDir');
const dataDir = join(outDir, 'data');
const zipBytes = readFileSync(join(outDir, urls.dataArchive().slice(1)));
const entries = readZip(zipBytes);

/** Every file under dist/data/ other than pages, the archive itself and the per-plan zips (zips are not zipped again), as paths under /data/. */
const publishedFiles = () =>
  filesUnder(dataDir)
    .filter((f) => !f.endsWith('.html') && f !== DATA_ARCHIVE_NAME && !/^plans\/[^/]+\/dx-plan-data-[^/]+\.zip$/.test(f))
    .sort();

describe('the data archive', () => {
  it('holds every published CSV and JSON, the data package, the catalogue, the history and a README, in one folder', () => {
    const names = entries.map((e) => e.name);
    expect(names[0]).toBe('dx-plan-data/README.txt');
    expect(
      names
        .slice(1)
        .map((n) => n.replace(/^dx-plan-data\//, ''))
        .sort(),
    ).toEqual(publishedFiles());
    for (const file of [
      'datapackage.json',
      'catalog.jsonld',
      'history.csv',
      'history.json',
      'observations.csv',
      'plans/kitakami-2026/all.json',
      'plans/kitakami-2026/indicators/parenting-line-subscribers.csv',
    ])
      expect(names).toContain(`dx-plan-data/${file}`);
    expect(publishedFiles().length).toBeGreaterThan(200);
  });

  it('gives each file exactly the bytes the site serves', () => {
    const differing = entries
      .slice(1)
      .filter((e) => !e.data.equals(readFileSync(join(dataDir, e.name.replace(/^dx-plan-data\//, '')))))
      .map((e) => e.name);
    expect(differing).toEqual([]);
  });

  it('has a Japanese README that documents every table of the build', () => {
    const readme = entries[0]!.data.toString('utf8');
    expect(readme.startsWith('\uFEFFDX 計画のデータ一式')).toBe(true);
    for (const table of [
      '【指標の値】',
      '【指標ごとの値】',
      '【更新履歴（数値の掲載と変更の記録）】',
      '- municipality_code（全国地方公共団体コード）',
      '- fiscal_year_label（年度（和暦））',
    ])
      expect(readme).toContain(table);
    expect(readme).toContain(`ファイルの数：${entries.length}（この説明を含む）`);
  });

  it('is the same bytes when built again from the same content (no clock, no randomness)', () => {
    const site = getSite();
    expect(Buffer.from(dataArchive(site, siteHistory(site)).bytes).equals(zipBytes)).toBe(true);
  });

  it('is linked first on /data/ with its size', () => {
    const page = readFileSync(join(dataDir, 'index.html'), 'utf8');
    const link = page.match(/<a class="dx-archive__link" href="([^"]+)" download>([^<]+)<\/a>/);
    expect(link?.[1]).toBe(urls.dataArchive());
    expect(link?.[2]).toBe(`すべてのデータ（ZIP、${formatFileSize(zipBytes.length)}）をダウンロード`);
    expect(page.indexOf('dx-archive__link')).toBeLessThan(page.indexOf('id="datasets"'));
    expect(textOf(page)).toContain('README.txt');
  });
});
