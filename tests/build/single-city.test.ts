/**
 * A single-city site names no other city: built with SITE_PLANS from the real content, every file of
 * the build — pages, feeds, JSON, CSV, the search index's source pages and the files inside the data
 * zips — is searched for the other municipalities' names and offices.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, filesUnder, type BuildResult } from './build-site.ts';
import { readZip } from '../zip-reader.ts';

/** Words that belong to one municipality of the real content: its name and its offices. */
const MUNICIPALITY_WORDS: Record<string, string[]> = {
  kitakami: ['北上市', '都市プロモーション課', '情報政策推進室'],
  morioka: ['盛岡市'],
  yokote: ['横手市', '総務企画部'],
  oshu: ['奥州市'],
};

/** Every text the build publishes, by file (zip members as `<zip>!<member>`); images and the search index's binary chunks are left out. */
function publishedTexts(outDir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const path of filesUnder(outDir)) {
    if (/\.(html|xml|json|jsonld|csv|txt|js|css|webmanifest|svg)$/.test(path)) texts.set(path, readFileSync(join(outDir, path), 'utf8'));
    if (path.endsWith('.zip'))
      for (const entry of readZip(readFileSync(join(outDir, path))))
        if (entry.data) texts.set(`${path}!${entry.name}`, entry.data.toString('utf8'));
  }
  return texts;
}

describe.each([
  ['oshu-2021', 'oshu'],
  ['morioka-2021', 'morioka'],
])('a site of %s alone', (planId, city) => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite(undefined, { SITE_PLANS: planId });
  });

  it('builds, and no page, feed, data file or zip names another municipality or its office', () => {
    expect(build.status, build.output).toBe(0);
    const others = Object.entries(MUNICIPALITY_WORDS)
      .filter(([name]) => name !== city)
      .flatMap(([, words]) => words);
    const found: string[] = [];
    for (const [file, text] of publishedTexts(build.outDir))
      for (const word of others) if (text.includes(word)) found.push(`${file}: ${word}`);
    expect(found).toEqual([]);
  });
});
