import { readFile } from 'node:fs/promises';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { klicDelivery, klicFeature, klicMelding } from '../../infra/db/schema/index.ts';
import { aTestOrganisation, aTestUser, logIn } from '../../infra/testing/factories.ts';
import { klicSample, klicSampleFiles } from '../../infra/testing/klic-samples.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';

let t: TestApp;
let planner: string;
let organisationId: string;
let regionId: string;

const upload = (cookie: string, name: string, body: Buffer, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: `/api/klic/uploads?name=${encodeURIComponent(name)}`,
    headers: { cookie, origin: testPublicUrl, 'content-type': 'application/octet-stream', ...headers },
    payload: body,
  });
const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

async function uploadAndProcess(name: string, body: Buffer) {
  const response = await upload(planner, name, body);
  expect(response.statusCode, response.body).toBe(202);
  await t.klic.runQueuedIntakes();
  return (await get(planner, `/api/klic/intakes/${response.json().intake.id}`)).json().intake;
}

async function storedCounts() {
  const where = eq(klicMelding.organisationId, organisationId);
  const [meldingen] = await t.database.db.select({ n: count() }).from(klicMelding).where(where);
  const [deliveries] = await t.database.db
    .select({ n: count() })
    .from(klicDelivery)
    .where(eq(klicDelivery.organisationId, organisationId));
  const [features] = await t.database.db
    .select({ n: count() })
    .from(klicFeature)
    .where(eq(klicFeature.organisationId, organisationId));
  return { meldingen: meldingen?.n, deliveries: deliveries?.n, features: features?.n };
}

beforeAll(async () => {
  t = await createTestApp();
  const org = await aTestOrganisation(t.database.db);
  organisationId = org.organisationId;
  regionId = org.regionIds[0] as string;
  planner = await logIn(
    t.app,
    await aTestUser(t.database.db, org, { rights: ['workPlanner'], regionIds: [regionId] }),
  );
});
afterAll(() => t.close());

describe('uploading a KLIC delivery', () => {
  it('stores a sample delivery, waits unlinked, and links itself when its project is created', async () => {
    const zip = await readFile(klicSample(klicSampleFiles.graafmeldingComplete));
    const intake = await uploadAndProcess('Levering_22G0027001_1.zip', zip);
    expect(intake).toMatchObject({
      status: 'done',
      outcome: 'delivery',
      meldnummer: '22G0027001',
      volgnummer: 1,
      progress: 100,
    });
    expect(intake.projectNumber).toBeNull();

    const unlinked = (await get(planner, '/api/klic/meldingen?filter=unlinked')).json().meldingen;
    expect(unlinked).toEqual([
      expect.objectContaining({ meldnummer: '22G0027001', state: 'complete', netbeheerders: 9, ev: true }),
    ]);
    expect(await storedCounts()).toMatchObject({ meldingen: 1, deliveries: 1 });

    const created = await t.app.inject({
      method: 'POST',
      url: '/api/projects',
      headers: { cookie: planner, origin: testPublicUrl },
      payload: { number: 'Graafmelding', description: 'Kleine Slachtstraat', regionId },
    });
    expect(created.json()).toMatchObject({ number: 'Graafmelding', linkedKlics: 1 });
    expect((await get(planner, '/api/klic/meldingen?filter=unlinked')).json().meldingen).toEqual([]);
  });

  it('recognises the same ZIP twice and stores it once', async () => {
    const zip = await readFile(klicSample(klicSampleFiles.graafmeldingComplete));
    const before = await storedCounts();
    const intake = await uploadAndProcess('kopie.zip', zip);
    expect(intake).toMatchObject({ status: 'done', outcome: 'duplicate', meldnummer: '22G0027001' });
    expect(await storedCounts()).toEqual(before);
  });

  it('refuses a file that is no ZIP and no mail with 415 and a Dutch sentence, keeping nothing', async () => {
    const response = await upload(planner, 'foto.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]));
    expect(response.statusCode).toBe(415);
    expect(response.json().error).toMatchObject({ reason: 'klic.upload_unsupported' });
    expect(response.json().error.message).toMatch(/geen KLIC-levering/);
  });

  it('marks a damaged ZIP as failed with its reason and stores nothing of it', async () => {
    const zip = await readFile(klicSample(klicSampleFiles.orientatieSmall));
    const before = await storedCounts();
    const intake = await uploadAndProcess('kapot.zip', zip.subarray(0, Math.floor(zip.length / 2)));
    expect(intake.status).toBe('failed');
    expect(intake.error.reason).toBe('klic.zip_corrupt');
    expect(intake.error.message).toMatch(/beschadigd/);
    expect(await storedCounts()).toEqual(before);
  });
});
