import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { ZipFile } from 'yazl';

/** Test helpers that build (hostile) ZIP files byte by byte; for tests only. */

export type TestEntry = { name: string; content: string | Buffer; store?: boolean };

const fixedTime = new Date('2022-11-18T08:00:00Z');

/** The ZIP bytes of the entries: deflated unless `store`, with a fixed time so the bytes never change. */
export async function zipBytes(entries: readonly TestEntry[]): Promise<Buffer> {
  const zip = new ZipFile();
  for (const entry of entries) {
    const content = typeof entry.content === 'string' ? Buffer.from(entry.content, 'utf8') : entry.content;
    zip.addBuffer(content, entry.name, { mtime: fixedTime, compress: !entry.store });
  }
  zip.end();
  return buffer(zip.outputStream);
}

/** A throw-away folder for one test file; `remove()` in afterAll. */
export function scratchFolder(prefix: string) {
  const folder = mkdtempSync(join(tmpdir(), `${prefix}-`));
  let counter = 0;
  return {
    /** Writes the bytes to a new file and answers its path. */
    async file(bytes: Buffer | string, name = `file-${++counter}.zip`): Promise<string> {
      const path = join(folder, name);
      await writeFile(path, bytes);
      return path;
    },
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}

type HeaderOffsets = { central: number; local: number; nameLength: number };

/** The central directory record and local header of every entry called `name`. */
function headersOf(zip: Buffer, name: string): HeaderOffsets[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('no end of central directory record');
  const count = zip.readUInt16LE(end + 10);
  let central = zip.readUInt32LE(end + 16);
  const found: HeaderOffsets[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(central + 28);
    const entryName = zip.toString('latin1', central + 46, central + 46 + nameLength);
    if (entryName === name) found.push({ central, local: zip.readUInt32LE(central + 42), nameLength });
    central += 46 + nameLength + zip.readUInt16LE(central + 30) + zip.readUInt16LE(central + 32);
  }
  if (found.length === 0) throw new Error(`no entry ${name} in the ZIP`);
  return found;
}

/**
 * Gives an entry a name that yazl refuses to write ('../evil.xml', 'C:\\x'): the entry is written under a
 * safe name of the same length and both copies of the name (local header, central directory) are patched.
 */
export function renameEntry(zip: Buffer, safeName: string, hostileName: string): Buffer {
  if (safeName.length !== hostileName.length) throw new Error('names must have the same length');
  const patched = Buffer.from(zip);
  for (const { central, local } of headersOf(zip, safeName)) {
    patched.write(hostileName, central + 46, 'latin1');
    patched.write(hostileName, local + 30, 'latin1');
  }
  return patched;
}

/** Sets the "encrypted" bit of an entry's flags in both headers. */
export function flagEncrypted(zip: Buffer, name: string): Buffer {
  const patched = Buffer.from(zip);
  for (const { central, local } of headersOf(zip, name)) {
    patched.writeUInt16LE(patched.readUInt16LE(central + 8) | 1, central + 8);
    patched.writeUInt16LE(patched.readUInt16LE(local + 6) | 1, local + 6);
  }
  return patched;
}

/** Overwrites the uncompressed size an entry declares in its central directory record. */
export function declareSize(zip: Buffer, name: string, size: number): Buffer {
  const patched = Buffer.from(zip);
  for (const { central } of headersOf(zip, name)) patched.writeUInt32LE(size, central + 24);
  return patched;
}

/**
 * A ZIP with one real deflated entry of `megabytes` MB of zeros (a ZIP bomb, about 1:1000). The deflate
 * stream is one flushed megabyte repeated, which is valid deflate and takes milliseconds to build.
 */
export function zeroBombZip(name: string, megabytes: number): Buffer {
  const megabyte = Buffer.alloc(1024 ** 2);
  const block = deflateRawSync(megabyte, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const data = Buffer.concat([...Array<Buffer>(megabytes).fill(block), Buffer.from([0x03, 0x00])]);
  let crc = 0;
  for (let i = 0; i < megabytes; i++) crc = crc32(megabyte, crc);
  const size = megabytes * 1024 ** 2;
  const nameBytes = Buffer.from(name, 'latin1');

  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(nameBytes.length, 26);

  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(nameBytes.length, 28);

  const centralOffset = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}
