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
  assign,
  aWorker,
  type FieldScene,
  postPhoto,
  postRegistration,
  removeFromDevice,
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

const photoFiles = async (organisationId = scene.planner.organisationId) =>
  (await filesUnder(path.join(t.klic.filesDir, organisationId))).filter((file) => file.startsWith('field/'));
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

  it("answers 404 for another worker's or another organisation's registration", async () => {
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
  });

  it("answers 404 for a colleague's registration at a KLIC they share, storing nothing", async () => {
    const shared = await aFieldScene(t);
    const colleague = await aWorker(t, shared.planner, 'Collega');
    await assign(t, shared.planner, shared.meldingId, colleague);
    const registration = (
      await postRegistration(t, shared.worker.cookie, shared.meldingId, aProefsleuf())
    ).json().registration;
    const photo = (await postPhoto(t, shared.worker.cookie, registration.id, aJpeg())).json().photo;
    const before = (await photoFiles(shared.planner.organisationId)).length;
    const key = randomUUID();
    const response = await postPhoto(t, colleague.cookie, registration.id, aJpeg(), { idempotencyKey: key });
    expect(response.statusCode).toBe(404);
    expect(await photosWithKey(key)).toHaveLength(0);
    expect((await photoFiles(shared.planner.organisationId)).length).toBe(before);
    expect((await send(t, colleague.cookie, 'GET', photo.url)).statusCode).toBe(404);
  });

  it.each([
    ['unassigned by the planner', 'unassign'],
    ['removed from the device', 'remove'],
  ] as const)('adds photos to their own registration after its KLIC was %s', async (_, how) => {
    const own = await aFieldScene(t);
    const registration = (await postRegistration(t, own.worker.cookie, own.meldingId, aProefsleuf())).json()
      .registration;
    const key = randomUUID();
    const first = await postPhoto(t, own.worker.cookie, registration.id, aJpeg(), { idempotencyKey: key });
    expect(first.statusCode).toBe(201);
    if (how === 'unassign') await assign(t, own.planner, own.meldingId, own.worker, 'unassign');
    else await removeFromDevice(t, own.worker, own.meldingId);

    const retry = await postPhoto(t, own.worker.cookie, registration.id, aJpeg(), { idempotencyKey: key });
    expect(retry.statusCode, retry.body).toBe(200);
    expect(retry.json().photo.id).toBe(first.json().photo.id);
    const later = await postPhoto(t, own.worker.cookie, registration.id, aJpeg(2_000, 9));
    expect(later.statusCode, later.body).toBe(201);
    expect((await send(t, own.worker.cookie, 'GET', later.json().photo.url)).statusCode).toBe(200);
    const foreign = await aFieldScene(t);
    expect((await postPhoto(t, foreign.worker.cookie, registration.id, aJpeg())).statusCode).toBe(404);
    const { registrations } = (
      await send(t, own.planner.cookie, 'GET', `/api/klic/meldingen/${own.meldingId}/registrations`)
    ).json();
    expect(registrations.find((r: { id: string }) => r.id === registration.id).photos).toHaveLength(2);
  });
});
