import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aTestOrganisation, aTestUser, logIn } from '../../infra/testing/factories.ts';
import { klicSample, klicSampleFiles } from '../../infra/testing/klic-samples.ts';
import { createTestApp, type TestApp } from '../../infra/testing/test-app.ts';
import {
  aPlanner,
  getJson,
  type PlannerSession,
  uploadAndProcess,
} from '../intake/testing/klic-intake-testkit.ts';

// A stored delivery file never changes: the browser may keep it, and asks again by ETag afterwards.

let t: TestApp;
let planner: PlannerSession;
let rasterUrl: string;

beforeAll(async () => {
  t = await createTestApp();
  planner = await aPlanner(t);
  const zip = await readFile(klicSample(klicSampleFiles.graafmeldingComplete));
  const intake = await uploadAndProcess(t, planner, 'levering.zip', zip);
  expect(intake).toMatchObject({ outcome: 'delivery' });
  const detail = (await getJson(t, planner.cookie, `/api/klic/meldingen/${intake.meldingId}`)).json();
  const delivery = detail.melding.deliveries[0] as { id: string; files: Array<{ id: string; kind: string }> };
  const raster = delivery.files.find((file) => file.kind === 'background');
  if (!raster) throw new Error('the sample has no background raster');
  rasterUrl = `/api/klic/deliveries/${delivery.id}/files/${raster.id}`;
});
afterAll(() => t.close());

describe('GET /api/klic/deliveries/:id/files/:fileId caching', () => {
  it('lets only this user’s browser keep the file, with the file as ETag', async () => {
    const response = await getJson(t, planner.cookie, rasterUrl);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['cache-control']).toBe('private, max-age=604800, immutable');
    expect(response.headers.etag).toMatch(/^"[0-9a-f-]{36}"$/);
    expect(response.rawPayload.length).toBeGreaterThan(1000);
  });

  it('answers 304 without the bytes when the browser has the file, and the file when its ETag differs', async () => {
    const { etag } = (await getJson(t, planner.cookie, rasterUrl)).headers;
    const again = await getJson(t, planner.cookie, rasterUrl, { 'if-none-match': `"other", ${etag}` });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    expect(again.headers['cache-control']).toBe('private, max-age=604800, immutable');
    const stale = await getJson(t, planner.cookie, rasterUrl, { 'if-none-match': '"not-this-file"' });
    expect(stale.statusCode).toBe(200);
    expect(stale.rawPayload.length).toBeGreaterThan(1000);
  });

  it('checks access before it looks at the ETag: another organisation gets 404, no session 401', async () => {
    const { etag } = (await getJson(t, planner.cookie, rasterUrl)).headers;
    const theirs = await aTestOrganisation(t.database.db);
    const outsider = await logIn(t.app, await aTestUser(t.database.db, theirs, { rights: ['workPlanner'] }));
    const foreign = await getJson(t, outsider, rasterUrl, { 'if-none-match': etag as string });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.headers['cache-control'] ?? '').not.toMatch(/max-age/);
    const anonymous = await t.app.inject({
      method: 'GET',
      url: rasterUrl,
      headers: { 'if-none-match': etag },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
