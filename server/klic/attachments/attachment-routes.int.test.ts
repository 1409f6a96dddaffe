import http from 'node:http';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, klicOwnAttachment } from '../../infra/db/schema/index.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';
import { filesUnder } from '../intake/testing/klic-intake-testkit.ts';
import { aStoredMelding, type StoredMelding, send } from '../melding-info/testing/stored-melding.ts';
import {
  sampleDoc,
  sampleDocx,
  sampleJpeg,
  sampleOtherOle,
  samplePdf,
  sampleTiff,
  sampleXlsx,
} from './attachment-samples.ts';

// "Eigen bijlage(n)": upload, list, download and remove the planner's own files on a KLIC.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const limit = 25 * 1024 ** 2;

const upload = (
  klic: StoredMelding,
  name: string,
  body: Buffer | Readable | string,
  headers: Record<string, string> = {},
  meldingId = klic.meldingId,
) =>
  t.app.inject({
    method: 'POST',
    url: `/api/klic/meldingen/${meldingId}/attachments?name=${encodeURIComponent(name)}`,
    headers: {
      cookie: klic.cookie,
      origin: testPublicUrl,
      'content-type': 'application/octet-stream',
      ...headers,
    },
    payload: body,
  });
/**
 * Sends the file over a real connection in chunks without a Content-Length, as a browser streaming a file
 * may; resolves with the status as soon as the server answers, even before all bytes are sent.
 */
async function chunkedUpload(klic: StoredMelding, body: Buffer): Promise<number> {
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
  try {
    return await new Promise<number>((resolve, reject) => {
      const request = http.request(
        `${address}/api/klic/meldingen/${klic.meldingId}/attachments?name=groot.pdf`,
        {
          method: 'POST',
          headers: {
            cookie: klic.cookie,
            origin: testPublicUrl,
            'content-type': 'application/octet-stream',
            'transfer-encoding': 'chunked',
          },
        },
      );
      request.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      const chunk = 1024 * 1024;
      const writeFrom = (offset: number) => {
        if (offset >= body.length) return request.end();
        if (request.destroyed) return;
        if (request.write(body.subarray(offset, offset + chunk))) writeFrom(offset + chunk);
        else request.once('drain', () => writeFrom(offset + chunk));
      };
      writeFrom(0);
    });
  } finally {
    await t.app.server.close();
  }
}

const listOf = async (klic: StoredMelding) => {
  const response = await send(t, klic.cookie, 'GET', `/api/klic/meldingen/${klic.meldingId}/attachments`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().attachments as Array<{
    id: string;
    fileName: string;
    mediaType: string;
    url: string;
  }>;
};
const storedFiles = (klic: StoredMelding) =>
  filesUnder(path.join(t.klic.filesDir, klic.organisationId, 'klic', 'own-attachments'));
const rowsOf = (klic: StoredMelding) =>
  t.database.db.select().from(klicOwnAttachment).where(eq(klicOwnAttachment.meldingId, klic.meldingId));

describe('adding own attachments', () => {
  it('takes Word, PDF, TIF and JPG files by their bytes, lists them newest first and downloads them', async () => {
    const klic = await aStoredMelding(t);
    const files = [
      [
        'Werkinstructie.docx',
        await sampleDocx(),
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      ['Oud verslag.doc', sampleDoc, 'application/msword'],
      ['Tekening.pdf', samplePdf, 'application/pdf'],
      ['Scan.TIF', sampleTiff, 'image/tiff'],
      ['Foto sleuf.jpeg', sampleJpeg, 'image/jpeg'],
    ] as const;
    for (const [name, bytes, mediaType] of files) {
      const response = await upload(klic, name, bytes);
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json().attachment).toMatchObject({ fileName: name, mediaType, size: bytes.length });
    }
    const list = await listOf(klic);
    expect(list.map((each) => each.fileName).sort()).toEqual(files.map(([name]) => name).sort());
    const pdf = list.find((each) => each.fileName === 'Tekening.pdf');
    const download = await send(t, klic.cookie, 'GET', pdf?.url as string);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''Tekening.pdf");
    expect(download.rawPayload.equals(samplePdf)).toBe(true);
    expect(await storedFiles(klic)).toHaveLength(files.length);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, klic.meldingId), eq(auditLog.event, 'klic.attachment_added')));
    expect(audit).toHaveLength(files.length);
  });

  it('gives a file whose name does not fit its content the right extension', async () => {
    const klic = await aStoredMelding(t);
    const response = await upload(klic, 'foto.jpg', samplePdf);
    expect(response.json().attachment).toMatchObject({
      fileName: 'foto.jpg.pdf',
      mediaType: 'application/pdf',
    });
  });

  it('keeps only the base name of a path and serves odd names safely', async () => {
    const klic = await aStoredMelding(t);
    for (const [name, stored] of [
      ['../../etc/passwd.pdf', 'passwd.pdf'],
      ['..\\..\\Windows\\boot.pdf', 'boot.pdf'],
      ['/', 'bestand.pdf'],
      ['a"b\r\nX-Evil: 1; ë€.pdf', 'a"bX-Evil: 1; ë€.pdf'],
    ]) {
      const response = await upload(klic, name as string, samplePdf);
      expect(response.statusCode, response.body).toBe(201);
      const attachment = response.json().attachment;
      expect(attachment.fileName).toBe(stored);
      const download = await send(t, klic.cookie, 'GET', attachment.url);
      expect(download.statusCode).toBe(200);
      expect(download.headers['x-evil']).toBeUndefined();
      const disposition = download.headers['content-disposition'] as string;
      expect(disposition).toMatch(/^attachment; filename="[A-Za-z0-9._ -]+"; filename\*=UTF-8''[^"\s;]+$/);
      expect(decodeURIComponent(disposition.split("''")[1] as string)).toBe(stored);
    }
  });
});

describe('refusing what is no allowed file', () => {
  it.each([
    ['a ZIP named .pdf', 'plan.pdf', () => sampleXlsx()],
    ['HTML named .pdf', 'plan.pdf', async () => Buffer.from('<html><script>alert(1)</script></html>')],
    ['an Excel file named .docx', 'lijst.docx', () => sampleXlsx()],
    ['an Outlook mail named .doc', 'mail.doc', async () => sampleOtherOle],
    [
      'a PNG named .jpg',
      'foto.jpg',
      async () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    ],
  ])('refuses %s with 415 naming the allowed kinds, keeping nothing', async (_, name, bytes) => {
    const klic = await aStoredMelding(t);
    const response = await upload(klic, name, await bytes());
    expect(response.statusCode).toBe(415);
    expect(response.json().error).toMatchObject({
      reason: 'klic.attachment_unsupported',
      message: expect.stringMatching(/Word.*PDF.*TIF.*JPG/),
    });
    expect(await rowsOf(klic)).toEqual([]);
    expect(await storedFiles(klic)).toEqual([]);
  });

  it('refuses a body sent as JSON or text before reading it', async () => {
    const klic = await aStoredMelding(t);
    for (const type of ['application/json', 'text/plain', 'multipart/form-data; boundary=x']) {
      const response = await upload(klic, 'a.pdf', '{}', { 'content-type': type });
      expect(response.statusCode, type).toBe(415);
    }
    expect(await rowsOf(klic)).toEqual([]);
  });

  it('refuses an empty file with 422', async () => {
    const klic = await aStoredMelding(t);
    const response = await upload(klic, 'leeg.pdf', Buffer.alloc(0));
    expect(response.statusCode).toBe(422);
    expect(response.json().error.reason).toBe('klic.attachment_empty');
    expect(await storedFiles(klic)).toEqual([]);
  });

  it('refuses a file over 25 MB with 413, also when its length is not announced', async () => {
    const klic = await aStoredMelding(t);
    const huge = Buffer.concat([samplePdf, Buffer.alloc(limit + 1 - samplePdf.length)]);
    const announced = await upload(klic, 'groot.pdf', huge);
    expect(announced.statusCode).toBe(413);
    expect(announced.json().error).toMatchObject({
      reason: 'klic.attachment_too_large',
      message: expect.stringContaining('25 MB'),
    });
    const streamed = await chunkedUpload(klic, huge);
    expect(streamed).toBe(413);
    expect(await rowsOf(klic)).toEqual([]);
    expect(await storedFiles(klic)).toEqual([]);
    const exactly = await upload(klic, 'precies.pdf', huge.subarray(0, limit));
    expect(exactly.statusCode).toBe(201);
  });

  it('refuses a missing or overlong file name with 422', async () => {
    const klic = await aStoredMelding(t);
    const noName = await t.app.inject({
      method: 'POST',
      url: `/api/klic/meldingen/${klic.meldingId}/attachments`,
      headers: { cookie: klic.cookie, origin: testPublicUrl, 'content-type': 'application/octet-stream' },
      payload: samplePdf,
    });
    expect(noName.statusCode).toBe(422);
    expect((await upload(klic, `${'x'.repeat(501)}.pdf`, samplePdf)).statusCode).toBe(422);
    expect(await storedFiles(klic)).toEqual([]);
  });
});

describe('removing an own attachment', () => {
  it('removes the row and the file, logs it, and answers 404 the second time', async () => {
    const klic = await aStoredMelding(t);
    const added = (await upload(klic, 'weg.pdf', samplePdf)).json().attachment;
    const url = `/api/klic/meldingen/${klic.meldingId}/attachments/${added.id}`;
    expect((await send(t, klic.cookie, 'DELETE', url)).statusCode).toBe(204);
    expect(await listOf(klic)).toEqual([]);
    expect(await storedFiles(klic)).toEqual([]);
    expect((await send(t, klic.cookie, 'GET', `${url}/file`)).statusCode).toBe(404);
    expect((await send(t, klic.cookie, 'DELETE', url)).statusCode).toBe(404);
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, klic.meldingId), eq(auditLog.event, 'klic.attachment_removed')));
    expect(audit?.before).toMatchObject({ attachment: 'weg.pdf' });
  });
});

describe('another organisation', () => {
  it('gets 404 on every attachment route and neither adds, reads nor removes anything', async () => {
    const ours = await aStoredMelding(t);
    const theirs = await aStoredMelding(t, { meldnummer: '26G0007002' });
    const attachment = (await upload(ours, 'geheim.pdf', samplePdf)).json().attachment;
    const base = `/api/klic/meldingen/${ours.meldingId}/attachments`;
    expect((await send(t, theirs.cookie, 'GET', base)).statusCode).toBe(404);
    expect((await upload(theirs, 'indringer.pdf', samplePdf, {}, ours.meldingId)).statusCode).toBe(404);
    expect((await send(t, theirs.cookie, 'GET', `${base}/${attachment.id}/file`)).statusCode).toBe(404);
    expect((await send(t, theirs.cookie, 'DELETE', `${base}/${attachment.id}`)).statusCode).toBe(404);
    // Their own melding with our attachment's id is no way in either.
    const crossed = `/api/klic/meldingen/${theirs.meldingId}/attachments/${attachment.id}`;
    expect((await send(t, theirs.cookie, 'GET', `${crossed}/file`)).statusCode).toBe(404);
    expect((await send(t, theirs.cookie, 'DELETE', crossed)).statusCode).toBe(404);
    expect((await listOf(ours)).map((each) => each.fileName)).toEqual(['geheim.pdf']);
    expect(await listOf(theirs)).toEqual([]);
  });
});
