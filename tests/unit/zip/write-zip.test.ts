import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { writeZip, ZIP_EPOCH } from '../../../src/lib/zip/write-zip.ts';
import { crc32Of, readZip } from '../../zip-reader.ts';

const text = (s: string) => new TextEncoder().encode(s);
const sample = [
  { name: 'data/README.txt', data: text('\uFEFF表と列の説明\r\n'.repeat(50)) },
  { name: 'data/a.csv', data: text('x') },
  { name: 'data/空.json', data: new Uint8Array(0) },
  { name: 'data/plans/kitakami-2026/b.json', data: text('{"value": 3096}\n') },
];

describe('writeZip', () => {
  it('writes files that an independent reader gets back byte for byte, in order', () => {
    const back = readZip(writeZip(sample, { year: 2026, month: 11, day: 30 }));
    expect(back.map((e) => e.name)).toEqual(sample.map((e) => e.name));
    back.forEach((entry, i) => expect(entry.data.equals(Buffer.from(sample[i]!.data)), entry.name).toBe(true));
  });

  it('deflates what compresses and stores what does not', () => {
    const back = readZip(writeZip(sample));
    expect(back.map((e) => e.method)).toEqual([8, 0, 0, 0]);
  });

  it('stamps the given date at midnight, Unix permissions 0644 and UTF-8 names', () => {
    const back = readZip(writeZip(sample, { year: 2026, month: 11, day: 30 }));
    for (const entry of back) {
      expect(entry.modified).toEqual({ year: 2026, month: 11, day: 30, hours: 0, minutes: 0, seconds: 0 });
      expect(entry.mode).toBe(0o644);
      expect(entry.flags & 0x800).toBe(0x800);
    }
    expect(readZip(writeZip(sample))[0]!.modified).toMatchObject({ year: ZIP_EPOCH.year, month: 1, day: 1 });
  });

  it('gives the same bytes for the same files and date, every time', () => {
    const hash = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
    const first = writeZip(sample, { year: 2026, month: 1, day: 2 });
    expect(hash(writeZip(sample, { year: 2026, month: 1, day: 2 }))).toBe(hash(first));
    expect(hash(writeZip(sample, { year: 2026, month: 1, day: 3 }))).not.toBe(hash(first));
  });

  it('writes an empty archive as the bare end record', () => {
    expect([...writeZip([])]).toEqual([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    expect(readZip(writeZip([]))).toEqual([]);
  });

  it('stamps a date before 1980 as 1980-01-01 and one after 2107 as 2107-12-31, never failing on a date', () => {
    expect(readZip(writeZip(sample, { year: 1970, month: 1, day: 1 }))[0]!.modified).toMatchObject({ year: 1980, month: 1, day: 1 });
    expect(readZip(writeZip(sample, { year: 1979, month: 12, day: 31 }))[0]!.modified).toMatchObject({ year: 1980, month: 1, day: 1 });
    expect(readZip(writeZip(sample, { year: 2200, month: 6, day: 1 }))[0]!.modified).toMatchObject({ year: 2107, month: 12, day: 31 });
    expect(readZip(writeZip(sample, { year: 2107, month: 12, day: 31 }))[0]!.modified).toMatchObject({ year: 2107, month: 12, day: 31 });
  });

  it('refuses unsafe or repeated names and impossible dates', () => {
    for (const name of ['/etc/passwd', '../x', 'a/../b', 'a\\b', 'a//b', '', 'a/'])
      expect(() => writeZip([{ name, data: text('x') }]), name).toThrow(/Not a safe path/);
    expect(() => writeZip([sample[1]!, sample[1]!])).toThrow(/twice/);
    expect(() => writeZip(sample, { year: 2026, month: 13, day: 1 })).toThrow(/Not a date/);
  });
});

describe('the test reader', () => {
  it('computes the standard CRC-32 check value', () => {
    expect(crc32Of(text('123456789'))).toBe(0xcbf43926);
  });
});
