/**
 * A small zip reader for the tests, written from the format's specification (PKWARE APPNOTE),
 * independently of src/lib/zip/write-zip.ts: it walks the central directory, reads each local
 * header, inflates and checks each file's CRC-32 with its own table.
 */
import { inflateRawSync } from 'node:zlib';

/** One file read back from an archive. */
export interface ReadEntry {
  name: string;
  data: Buffer;
  method: number;
  /** The file's date and time as the archive stores them (MS-DOS words), decoded. */
  modified: { year: number; month: number; day: number; hours: number; minutes: number; seconds: number };
  /** Unix permission bits from the external attributes (0 when not made on Unix). */
  mode: number;
  flags: number;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (IEEE 802.3), bit by bit from a table. */
export function crc32Of(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Every file of a zip archive, in central-directory order; throws on any inconsistency. */
export function readZip(bytes: Uint8Array): ReadEntry[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > buf.length) throw new Error('no end of central directory record');
  const count = buf.readUInt16LE(eocd + 10);
  const dirSize = buf.readUInt32LE(eocd + 12);
  const dirOffset = buf.readUInt32LE(eocd + 16);
  if (buf.readUInt16LE(eocd + 8) !== count) throw new Error('entry counts disagree');
  if (dirOffset + dirSize !== eocd) throw new Error('central directory does not end where the end record starts');
  const entries: ReadEntry[] = [];
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central header ${i}`);
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const time = buf.readUInt16LE(p + 12);
    const date = buf.readUInt16LE(p + 14);
    const crc = buf.readUInt32LE(p + 16);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const madeBy = buf.readUInt16LE(p + 4) >> 8;
    const external = buf.readUInt32LE(p + 38);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLength).toString(flags & 0x800 ? 'utf8' : 'latin1');
    p += 46 + nameLength + extraLength + commentLength;

    if (buf.readUInt32LE(localOffset) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const localName = buf
      .subarray(localOffset + 30, localOffset + 30 + buf.readUInt16LE(localOffset + 26))
      .toString(flags & 0x800 ? 'utf8' : 'latin1');
    if (localName !== name) throw new Error(`local name ${localName} differs from ${name}`);
    if (
      buf.readUInt32LE(localOffset + 14) !== crc ||
      buf.readUInt32LE(localOffset + 18) !== compressed ||
      buf.readUInt32LE(localOffset + 22) !== size
    )
      throw new Error(`local header of ${name} disagrees with the directory`);
    const start = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    const raw = buf.subarray(start, start + compressed);
    const data = method === 0 ? Buffer.from(raw) : method === 8 ? inflateRawSync(raw) : null;
    if (!data) throw new Error(`${name}: unknown method ${method}`);
    if (data.length !== size) throw new Error(`${name}: ${data.length} bytes, directory says ${size}`);
    if (crc32Of(data) !== crc) throw new Error(`${name}: CRC mismatch`);
    entries.push({
      name,
      data,
      method,
      flags,
      modified: {
        year: 1980 + (date >> 9),
        month: (date >> 5) & 0xf,
        day: date & 0x1f,
        hours: time >> 11,
        minutes: (time >> 5) & 0x3f,
        seconds: (time & 0x1f) * 2,
      },
      mode: madeBy === 3 ? (external >>> 16) & 0o7777 : 0,
    });
  }
  return entries;
}
