import { gunzipSync } from 'node:zlib';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, klicEvHandling, klicMelding } from '../infra/db/schema/index.ts';
import { aProjectRow } from '../infra/testing/klic-rows.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../infra/testing/test-app.ts';
import type { MapPayload } from '../klic/map/map-payload.ts';
import { aFieldScene, aWorker, type FieldScene, send } from './testing/field-testkit.ts';

// The KLICs on a field worker's device: the list, one KLIC with its documents, files, map, and removal.

let t: TestApp;
let scene: FieldScene;

beforeAll(async () => {
  t = await createTestApp();
  scene = await aFieldScene(t);
  const db = t.database.db;
  const created = await aProjectRow(db, scene.planner.organisationId, {
    number: 'P-1001',
    startDate: '2026-05-04',
  });
  await db
    .update(klicMelding)
    .set({
      projectId: created.id,
      subProject: 'vakgebied A',
      toelichting: 'Let op de hoofdgasleiding',
      expiresOn: '2020-01-02',
    })
    .where(eq(klicMelding.id, scene.meldingId));
  await db
    .update(klicEvHandling)
    .set({ instructions: 'Bel de netbeheerder een dag vooraf', status: 'handled' })
    .where(and(eq(klicEvHandling.meldingId, scene.meldingId), eq(klicEvHandling.bronhoudercode, 'VW0001')));
  const attachment = await t.app.inject({
    method: 'POST',
    url: `/api/klic/meldingen/${scene.meldingId}/attachments?name=werktekening.pdf`,
    headers: {
      cookie: scene.planner.cookie,
      origin: testPublicUrl,
      'content-type': 'application/octet-stream',
    },
    payload: Buffer.from('%PDF-1.4\n%%EOF\n'),
  });
  expect(attachment.statusCode, attachment.body).toBe(201);
});
afterAll(() => t.close());

const get = (cookie: string, url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers: { cookie, ...headers } });

describe('GET /api/field/klics', () => {
  it("lists the worker's KLICs with project, validity, EV instructions and damage numbers", async () => {
    const response = await get(scene.worker.cookie, '/api/field/klics');
    expect(response.statusCode, response.body).toBe(200);
    const { klics } = response.json();
    expect(klics).toHaveLength(1);
    const [klic] = klics;
    expect(klic).toMatchObject({
      id: scene.meldingId,
      meldnummer: '26G0007001',
      projectNumber: 'P-1001',
      subProject: 'vakgebied A',
      toelichting: 'Let op de hoofdgasleiding',
      projectStartDate: '2026-05-04',
      expiresOn: '2020-01-02',
      expired: true,
      state: 'complete',
      volgnummer: 1,
    });
    expect(klic.currentDeliveryId).toEqual(expect.any(String));
    expect(klic.ev).toEqual([
      expect.objectContaining({
        bronhoudercode: 'VW0001',
        status: 'handled',
        instructions: 'Bel de netbeheerder een dag vooraf',
      }),
      expect.objectContaining({ bronhoudercode: 'VW0002', status: 'open', instructions: '' }),
    ]);
    expect(klic.operators).toHaveLength(3);
    for (const operator of klic.operators) expect(operator.damagePhones.length).toBeGreaterThan(0);
  });

  it("shows nothing of another worker's KLICs", async () => {
    const other = await aWorker(t, scene.planner, 'Andere Werker');
    expect((await get(other.cookie, '/api/field/klics')).json()).toEqual({ klics: [] });
  });
});

describe('GET /api/field/klics/:id and its files', () => {
  it('sends the documents, each readable by the worker with the immutable cache headers', async () => {
    const response = await get(scene.worker.cookie, `/api/field/klics/${scene.meldingId}`);
    expect(response.statusCode, response.body).toBe(200);
    const { documents } = response.json().klic;
    const kinds = new Set(documents.map((document: { kind: string }) => document.kind));
    expect(kinds).toEqual(
      new Set(['letter', 'ev', 'own', ...(kinds.has('attachment') ? ['attachment'] : [])]),
    );
    for (const document of documents) {
      expect(document.url).toMatch(/^\/api\/field\/klics\//);
      const file = await get(scene.worker.cookie, document.url);
      expect(file.statusCode, document.url).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      // Opens in the phone's PDF viewer instead of landing in its downloads.
      expect(file.headers['content-disposition']).toMatch(/^inline; filename=/);
      expect(file.headers['cache-control']).toBe('private, max-age=604800, immutable');
      expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const again = await get(scene.worker.cookie, document.url, {
        'if-none-match': file.headers.etag as string,
      });
      expect(again.statusCode).toBe(304);
    }
    expect(documents.find((document: { kind: string }) => document.kind === 'own')).toMatchObject({
      name: 'werktekening.pdf',
    });
  });

  it('sends the map with the raster under the field routes', async () => {
    const response = await get(scene.worker.cookie, `/api/field/klics/${scene.meldingId}/map`, {
      'accept-encoding': 'gzip',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    const map = JSON.parse(gunzipSync(response.rawPayload).toString('utf8')) as MapPayload;
    expect(response.headers.etag).toBe(`"map1-${map.delivery.id}"`);
    expect(map.melding.id).toBe(scene.meldingId);
    expect(map.features.length).toBeGreaterThan(0);
    expect(map.background?.url).toMatch(new RegExp(`^/api/field/klics/${scene.meldingId}/files/`));
    const raster = await get(scene.worker.cookie, map.background?.url as string);
    expect(raster.statusCode).toBe(200);
    expect(raster.headers['content-type']).toBe('image/png');
    const planners = await get(scene.planner.cookie, `/api/klic/meldingen/${scene.meldingId}/map`);
    expect(JSON.parse(planners.body).background.url).toMatch(/^\/api\/klic\/deliveries\//);
  });
});

describe('refusals', () => {
  it('answers 401 without a session and 403 to a planner', async () => {
    for (const url of [
      '/api/field/klics',
      `/api/field/klics/${scene.meldingId}`,
      `/api/field/klics/${scene.meldingId}/map`,
    ]) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
      expect((await get(scene.planner.cookie, url)).statusCode, url).toBe(403);
    }
  });

  it("answers 404 for another worker's KLIC, another organisation's, unknown ids and files of other KLICs", async () => {
    const other = await aWorker(t, scene.planner, 'Andere Werker');
    const foreign = await aFieldScene(t);
    const detail = (await get(scene.worker.cookie, `/api/field/klics/${scene.meldingId}`)).json().klic;
    const fileId = detail.documents.find((document: { kind: string }) => document.kind === 'letter').id;
    const ownId = detail.documents.find((document: { kind: string }) => document.kind === 'own').id;
    for (const [cookie, url] of [
      [other.cookie, `/api/field/klics/${scene.meldingId}`],
      [other.cookie, `/api/field/klics/${scene.meldingId}/map`],
      [other.cookie, `/api/field/klics/${scene.meldingId}/files/${fileId}`],
      [other.cookie, `/api/field/klics/${scene.meldingId}/attachments/${ownId}`],
      [foreign.worker.cookie, `/api/field/klics/${scene.meldingId}`],
      [foreign.worker.cookie, `/api/field/klics/${scene.meldingId}/files/${fileId}`],
      [foreign.worker.cookie, `/api/field/klics/${foreign.meldingId}/files/${fileId}`],
      [foreign.worker.cookie, `/api/field/klics/${foreign.meldingId}/attachments/${ownId}`],
    ] as const) {
      expect((await get(cookie, url)).statusCode, url).toBe(404);
    }
    expect((await get(scene.worker.cookie, '/api/field/klics/not-a-uuid')).statusCode).toBe(422);
  });
});

describe('POST /api/field/klics/:id/remove', () => {
  it('takes the KLIC off the device until the planner releases it', async () => {
    const own = await aFieldScene(t);
    const removed = await send(t, own.worker.cookie, 'POST', `/api/field/klics/${own.meldingId}/remove`, {});
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await get(own.worker.cookie, '/api/field/klics')).json()).toEqual({ klics: [] });
    for (const url of [`/api/field/klics/${own.meldingId}`, `/api/field/klics/${own.meldingId}/map`]) {
      expect((await get(own.worker.cookie, url)).statusCode, url).toBe(404);
    }
    const twice = await send(t, own.worker.cookie, 'POST', `/api/field/klics/${own.meldingId}/remove`, {});
    expect(twice.statusCode).toBe(404);
    const [logged] = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.organisationId, own.planner.organisationId),
          eq(auditLog.event, 'klic.removed_from_device'),
        ),
      );
    expect(logged).toMatchObject({ entityId: own.meldingId, actorUserId: own.worker.userId });

    const release = await send(t, own.planner.cookie, 'POST', '/api/klic/meldingen/release', {
      meldingIds: [own.meldingId],
      userIds: [own.worker.userId],
    });
    expect(release.statusCode, release.body).toBeLessThan(300);
    const klics = (await get(own.worker.cookie, '/api/field/klics')).json().klics;
    expect(klics.map((klic: { id: string }) => klic.id)).toEqual([own.meldingId]);
  });

  it("refuses another worker's and another organisation's KLIC with 404 and changes nothing", async () => {
    const other = await aWorker(t, scene.planner, 'Derde Werker');
    const foreign = await aFieldScene(t);
    for (const cookie of [other.cookie, foreign.worker.cookie]) {
      const response = await send(t, cookie, 'POST', `/api/field/klics/${scene.meldingId}/remove`, {});
      expect(response.statusCode).toBe(404);
    }
    expect((await get(scene.worker.cookie, '/api/field/klics')).json().klics).toHaveLength(1);
  });
});
