import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BlobStore } from './blob-store.ts';
import { createLocalBlobStore } from './local-blob-store.ts';

let root: string;
let outside: string;
let store: BlobStore;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'veldwerk-blobs-'));
  outside = await mkdtemp(path.join(tmpdir(), 'veldwerk-outside-'));
  store = createLocalBlobStore(root);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const read = async (key: string) => Buffer.concat(await (await store.get(key)).toArray());
const files = async (dir: string) =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => !e.isDirectory())
    .map((e) => e.name);
const appError = (code: string) => expect.objectContaining({ code });

async function* chunksThenFail(chunks: Uint8Array[], failure: Error) {
  yield* chunks;
  throw failure;
}

describe('local blob store', () => {
  it('stores and returns a buffer with its size and sha256', async () => {
    const stored = await store.put('org-1/werkbonnen/wb-1.txt', Buffer.from('hello'));
    expect(stored).toEqual({
      key: 'org-1/werkbonnen/wb-1.txt',
      size: 5,
      sha256: '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824',
    });
    expect((await read('org-1/werkbonnen/wb-1.txt')).toString()).toBe('hello');
    expect(await readFile(path.join(root, 'org-1/werkbonnen/wb-1.txt'), 'utf8')).toBe('hello');
  });

  it('stores a stream and an async iterable', async () => {
    const chunks = Array.from({ length: 40 }, () => randomBytes(64 * 1024));
    const all = Buffer.concat(chunks);
    expect(await store.put('klic/levering.zip', Readable.from(chunks))).toEqual({
      key: 'klic/levering.zip',
      size: all.length,
      sha256: sha256(all),
    });
    expect((await read('klic/levering.zip')).equals(all)).toBe(true);
    const iterable = (async function* () {
      yield* chunks;
    })();
    expect((await store.put('klic/copy.zip', iterable)).sha256).toBe(sha256(all));
    expect(await store.put('empty', Buffer.alloc(0))).toEqual({
      key: 'empty',
      size: 0,
      sha256: sha256(Buffer.alloc(0)),
    });
  });

  it('overwrites a blob and leaves no temporary files', async () => {
    await store.put('foto.jpg', Buffer.from('first version'));
    await store.put('foto.jpg', Buffer.from('second'));
    expect((await read('foto.jpg')).toString()).toBe('second');
    expect((await store.stat('foto.jpg'))?.size).toBe(6);
    expect(await files(root)).toEqual(['foto.jpg']);
  });

  it('reports size and modification time, or null', async () => {
    const before = Date.now();
    await store.put('a/b.pdf', Buffer.alloc(1234));
    const stat = await store.stat('a/b.pdf');
    expect(stat?.size).toBe(1234);
    expect(stat?.modifiedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await store.stat('a/missing.pdf')).toBeNull();
    expect(await store.stat('missing/b.pdf')).toBeNull();
    expect(await store.stat('a')).toBeNull(); // a directory is not a blob
    expect(await store.stat('a/b.pdf/c')).toBeNull();
  });

  it('deletes, also when the blob is absent', async () => {
    await store.put('a/b.pdf', Buffer.from('x'));
    await store.delete('a/b.pdf');
    expect(await store.stat('a/b.pdf')).toBeNull();
    await expect(store.delete('a/b.pdf')).resolves.toBeUndefined();
    await expect(store.delete('nowhere/b.pdf')).resolves.toBeUndefined();
    await expect(store.delete('a')).resolves.toBeUndefined();
  });

  it('throws NOT_FOUND for a missing blob or a directory', async () => {
    await expect(store.get('missing.pdf')).rejects.toThrow(appError('NOT_FOUND'));
    await store.put('map/file', Buffer.from('x'));
    await expect(store.get('map')).rejects.toThrow(appError('NOT_FOUND'));
    await expect(store.get('map/file/deeper')).rejects.toThrow(appError('NOT_FOUND'));
  });

  it('refuses a key that is both a file and a directory with CONFLICT', async () => {
    await store.put('a', Buffer.from('x'));
    await expect(store.put('a/b', Buffer.from('y'))).rejects.toThrow(appError('CONFLICT'));
    await expect(store.put('a/b/c', Buffer.from('y'))).rejects.toThrow(appError('CONFLICT'));
    await store.put('d/e', Buffer.from('x'));
    await expect(store.put('d', Buffer.from('y'))).rejects.toThrow(appError('CONFLICT'));
    expect((await files(root)).sort()).toEqual(['a', 'e']);
  });

  it('rejects hostile keys in every operation', async () => {
    const keys = ['../x', '/etc/passwd', 'a/../../b', 'a//b', '', 'a'.repeat(600), 'a\0b', 'a\\b', '..\\x'];
    for (const key of keys) {
      await expect(store.put(key, Buffer.from('x')), JSON.stringify(key)).rejects.toThrow(
        appError('VALIDATION_FAILED'),
      );
      await expect(store.get(key)).rejects.toThrow(appError('VALIDATION_FAILED'));
      await expect(store.stat(key)).rejects.toThrow(appError('VALIDATION_FAILED'));
      await expect(store.delete(key)).rejects.toThrow(appError('VALIDATION_FAILED'));
    }
    expect(await readdir(root)).toEqual([]);
    expect(await readdir(path.dirname(root))).not.toContain('x');
  });

  it('refuses data over maxBytes and keeps nothing of it', async () => {
    await store.put('doc.pdf', Buffer.from('old'));
    const chunks = [Buffer.alloc(1000), Buffer.alloc(1000), Buffer.alloc(1000)];
    await expect(store.put('doc.pdf', Readable.from(chunks), { maxBytes: 2500 })).rejects.toThrow(
      appError('PAYLOAD_TOO_LARGE'),
    );
    await expect(store.put('new/doc.pdf', Buffer.alloc(11), { maxBytes: 10 })).rejects.toThrow(
      appError('PAYLOAD_TOO_LARGE'),
    );
    expect(await files(root)).toEqual(['doc.pdf']);
    expect((await read('doc.pdf')).toString()).toBe('old');
    expect((await store.put('exact', Buffer.alloc(10), { maxBytes: 10 })).size).toBe(10);
    await expect(store.put('x', Buffer.alloc(1), { maxBytes: -1 })).rejects.toThrow(
      appError('VALIDATION_FAILED'),
    );
  });

  it('keeps nothing of a stream that fails halfway', async () => {
    await store.put('upload.bin', Buffer.from('old'));
    const failure = new Error('connection reset');
    const broken = Readable.from(chunksThenFail([Buffer.alloc(50_000, 1)], failure));
    await expect(store.put('upload.bin', broken)).rejects.toBe(failure);
    await expect(store.put('other.bin', chunksThenFail([Buffer.alloc(10)], failure))).rejects.toBe(failure);
    expect(await files(root)).toEqual(['upload.bin']);
    expect((await read('upload.bin')).toString()).toBe('old');
  });

  it('never shows a half-written blob to a reader', async () => {
    await store.put('plan.pdf', Buffer.from('complete old version'));
    let release = () => {};
    const paused = new Promise<void>((resolve) => {
      release = resolve;
    });
    let firstChunkTaken = () => {};
    const writing = new Promise<void>((resolve) => {
      firstChunkTaken = resolve;
    });
    const slow = (async function* () {
      yield Buffer.from('new ');
      firstChunkTaken();
      await paused;
      yield Buffer.from('version');
    })();
    const put = store.put('plan.pdf', slow);
    await writing;
    expect((await read('plan.pdf')).toString()).toBe('complete old version');
    expect((await store.stat('plan.pdf'))?.size).toBe(20);
    release();
    await put;
    expect((await read('plan.pdf')).toString()).toBe('new version');
  });

  it('does not follow a symbolic link out of the root', async () => {
    await writeFile(path.join(outside, 'secret.txt'), 'secret');
    await symlink(outside, path.join(root, 'escape'));
    await symlink(path.join(outside, 'secret.txt'), path.join(root, 'secret-link.txt'));

    await expect(store.put('escape/planted.txt', Buffer.from('x'))).rejects.toThrow(appError('FORBIDDEN'));
    await expect(store.put('escape/new/planted.txt', Buffer.from('x'))).rejects.toThrow(
      appError('FORBIDDEN'),
    );
    await expect(store.get('escape/secret.txt')).rejects.toThrow(appError('FORBIDDEN'));
    await expect(store.get('secret-link.txt')).rejects.toThrow(appError('FORBIDDEN'));
    await expect(store.stat('secret-link.txt')).rejects.toThrow(appError('FORBIDDEN'));
    await expect(store.delete('escape/secret.txt')).rejects.toThrow(appError('FORBIDDEN'));
    expect(await readdir(outside)).toEqual(['secret.txt']);

    // Writing to or deleting the link replaces or removes the link itself, never the file it points to.
    await store.put('secret-link.txt', Buffer.from('mine'));
    expect((await read('secret-link.txt')).toString()).toBe('mine');
    await store.delete('secret-link.txt');
    expect(await readFile(path.join(outside, 'secret.txt'), 'utf8')).toBe('secret');
  });

  it('follows a symbolic link that stays inside the root', async () => {
    await store.put('real/a.txt', Buffer.from('inside'));
    await symlink(path.join(root, 'real'), path.join(root, 'alias'));
    expect((await read('alias/a.txt')).toString()).toBe('inside');
  });

  it('creates a missing root directory', async () => {
    const nested = createLocalBlobStore(path.join(root, 'nested', 'store'));
    await nested.put('a.txt', Buffer.from('x'));
    expect(await readFile(path.join(root, 'nested/store/a.txt'), 'utf8')).toBe('x');
  });
});
