import { describe, expect, it } from 'vitest';
import { allTables } from '../../../src/schemas/index.ts';

// The column dictionary (/data/columns/, datapackage.json) is built from these descriptions on every
// site, a single-city site included: an example naming one of the published cities or its office
// would put that city on every other city's site.
const CITY_WORDS = /北上|盛岡|横手|奥州|岩手|秋田|OshuDX|032069|032018|052035|032158|情報政策推進室/;

describe('the column dictionary names no real city', () => {
  it.each(allTables.map((table) => [table.file, table] as const))('%s', (_file, table) => {
    const words = [table.title, table.description, ...table.columns.flatMap((c) => [c.label, c.description])];
    expect(words.filter((w) => CITY_WORDS.test(w))).toEqual([]);
  });
});
