import { randomUUID } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldRegistrationPhoto } from '../infra/db/schema/index.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../infra/testing/test-app.ts';
import { filesUnder } from '../klic/intake/testing/klic-intake-testkit.ts';
import {
  aFieldScene,
  aJpeg,
  aProefsleuf,
  aWorker,
  type FieldScene,
  postPhoto,
  postRegistration,
  send,
} from './testing/field-testkit.ts';

// Photos of registrations: recognised by their bytes, limited in size, stored once per key.

let t: TestApp;
let scene: FieldScene;
let registrationId: string;

beforeAll(async () => {
  t = await createTestApp();
  scene = await aFieldScene(t);
  const response = await postRegistration(t, scene.worker.cookie, scene.meldingId, aProefsleuf());
  registrationId = response.json().registration.id;
});
afterAll(() => t.close());

const photoFiles = async () =>
  (await filesUnder(path.join(t.klic.filesDir, scene.planner.organisationId))).filter((file) =>
    file.startsWith('field/'),
  );
const photosWithKey = (key: string) =>
  t.database.db.select().from(fieldRegistrationPhoto).where(eq(fieldRegistrationPhoto.idempotencyKey, key));

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(500, 7),
]);
const webp = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.alloc(4, 0),
  Buffer.from('WEBPVP8 '),
  Buffer.alloc(500, 3),
]);

describe('POST /api/field/registrations/:id/photos', () => {
  it('stores a JPEG, PNG and WebP, readable by the worker and the planner', async () => {
    for (const [body, mediaType, contentType] of [
      [aJpeg(), 'image/jpeg', 'image/jpeg'],
      [png, 'image/png', 'application/octet-stream'],
      [webp, 'image/webp', 'image/webp'],
    ] as const) {
      const response = await postPhoto(t, scene.worker.cookie, registrationId, body, { contentType });
      expect(response.statusCode, response.body).toBe(201);
      const { photo } = response.json();
      expect(photo).toMatchObject({ mediaType, size: body.length });
      const read = await send(t, scene.worker.cookie, 'GET', photo.url);
      expect(read.statusCode).toBe(200);
      expect(read.headers['content-type']).toBe(mediaType);
      expect(read.headers['cache-control']).toBe('private, max-age=604800, immutable');
      expect(read.rawPayload.equals(body)).toBe(true);
    }
    const { registrations } = (
      await send(t, scene.planner.cookie, 'GET', `/api/klic/meldingen/${scene.meldingId}/registrations`)
    ).json();
    const { photos } = registrations.find((r: { id: string }) => r.id === registrationId);
    expect(photos).toHaveLength(3);
    for (const photo of photos) {
      expect(photo.url).toMatch(
        new RegExp(`^/api/klic/meldingen/${scene.meldingId}/registrations/${registrationId}/photos/`),
      );
      expect((await send(t, scene.planner.cookie, 'GET', photo.url)).statusCode).toBe(200);
      expect((await send(t, scene.worker.cookie, 'GET', photo.url)).statusCode).toBe(403);
    }
    const arrived = (await send(t, scene.worker.cookie, 'GET', '/api/field/registrations')).json()
      .registrations;
    expect(arrived.find((r: { id: string }) => r.id === registrationId).photoCount).toBe(3);
  });

  it('stores a retried photo once (also two at once) and refuses another photo under the same key', async () => {
    const before = (await photoFiles()).length;
    const key = randomUUID();
    const photo = aJpeg(3_000, 5);
    const answers = await Promise.all([
      postPhoto(t, scene.worker.cookie, registrationId, photo, { idempotencyKey: key }),
      postPhoto(t, scene.worker.cookie, registrationId, photo, { idempotencyKey: key }),
    ]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 201]);
    const retry = await postPhoto(t, scene.worker.cookie, registrationId, photo, { idempotencyKey: key });
    expect(retry.statusCode).toBe(200);
    expect(retry.json().photo.id).toBe(answers[0]?.json().photo.id);
    const other = await postPhoto(t, scene.worker.cookie, registrationId, aJpeg(3_000, 6), {
      idempotencyKey: key,
    });
    expect(other.statusCode).toBe(409);
    expect(other.json().error.reason).toBe('field.photo_idempotency_conflict');
    expect(await photosWithKey(key)).toHaveLength(1);
    expect((await photoFiles()).length).toBe(before + 1);
  });

  it.each([
    ['a PDF', Buffer.from('%PDF-1.4\n%%EOF\n'), 'image/jpeg', 415, 'field.photo_unsupported'],
    [
      'an HTML page posing as a photo',
      Buffer.from('<html><script>alert(1)</script></html>'),
      'image/png',
      415,
      'field.photo_unsupported',
    ],
    ['an empty body', Buffer.alloc(0), 'image/jpeg', 422, 'field.photo_empty'],
    ['a photo beyond 1.5 MB', aJpeg(1.5 * 1024 ** 2 + 1), 'image/jpeg', 413, 'field.photo_too_large'],
    ['a JSON body', Buffer.from('{"a":1}'), 'application/json', 415, 'field.photo_unsupported'],
  ])('refuses %s with the reason and keeps nothing', async (_, body, contentType, status, reason) => {
    const before = (await photoFiles()).length;
    const key = randomUUID();
    const response = await postPhoto(t, scene.worker.cookie, registrationId, body, {
      idempotencyKey: key,
      contentType,
    });
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json().error.reason).toBe(reason);
    expect(await photosWithKey(key)).toHaveLength(0);
    expect((await photoFiles()).length).toBe(before);
  });

  it('refuses a photo beyond the limit sent over a connection without a length (chunked) with 413', async () => {
    const before = (await photoFiles()).length;
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const status = await new Promise<number>((resolve, reject) => {
        const request = http.request(
          `${address}/api/field/registrations/${registrationId}/photos?idempotencyKey=${randomUUID()}`,
          {
            method: 'POST',
            headers: {
              cookie: scene.worker.cookie,
              origin: testPublicUrl,
              'content-type': 'image/jpeg',
              'transfer-encoding': 'chunked',
            },
          },
        );
        request.on('response', (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on('error', reject);
        const body = aJpeg(2 * 1024 ** 2);
        const chunk = 256 * 1024;
        const writeFrom = (offset: number) => {
          if (offset >= body.length) return request.end();
          if (request.destroyed) return;
          if (request.write(body.subarray(offset, offset + chunk))) writeFrom(offset + chunk);
          else request.once('drain', () => writeFrom(offset + chunk));
        };
        writeFrom(0);
      });
      expect(status).toBe(413);
    } finally {
      // The server answered before reading the whole body; the connection it leaves open must not hold up close().
      t.app.server.closeAllConnections();
      t.app.server.close();
    }
    expect((await photoFiles()).length).toBe(before);
  });

  it('refuses a missing or malformed key with 422', async () => {
    const response = await postPhoto(t, scene.worker.cookie, registrationId, aJpeg(), {
      idempotencyKey: 'x',
    });
    expect(response.statusCode).toBe(422);
  });

  it("answers 404 for another worker's, another organisation's or a removed KLIC's registration", async () => {
    const other = await aWorker(t, scene.planner, 'Andere Werker');
    const foreign = await aFieldScene(t);
    const photo = (await postPhoto(t, scene.worker.cookie, registrationId, aJpeg())).json().photo;
    for (const cookie of [other.cookie, foreign.worker.cookie]) {
      expect((await postPhoto(t, cookie, registrationId, aJpeg())).statusCode).toBe(404);
      expect((await send(t, cookie, 'GET', photo.url)).statusCode).toBe(404);
    }
    const foreignPlannerUrl = `/api/klic/meldingen/${scene.meldingId}/registrations/${registrationId}/photos/${photo.id}`;
    expect((await send(t, foreign.planner.cookie, 'GET', foreignPlannerUrl)).statusCode).toBe(404);
    expect((await postPhoto(t, scene.planner.cookie, registrationId, aJpeg())).statusCode).toBe(403);

    const removed = await aFieldScene(t);
    const registration = (
      await postRegistration(t, removed.worker.cookie, removed.meldingId, aProefsleuf())
    ).json().registration;
    await send(t, removed.worker.cookie, 'POST', `/api/field/klics/${removed.meldingId}/remove`, {});
    expect((await postPhoto(t, removed.worker.cookie, registration.id, aJpeg())).statusCode).toBe(404);
  });
});
