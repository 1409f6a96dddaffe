import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
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
import { kadasterReceipt, noticeFacts, receiptHtml, receiptSubject } from '../mail/kadaster-test-mails.ts';
import type { MapPayload } from './map-payload.ts';

// The map of a KLIC: one compact, gzip-compressed, cacheable answer per delivery, for its own organisation only.

let t: TestApp;
let planner: PlannerSession;
let meldingId: string;

beforeAll(async () => {
  t = await createTestApp();
  planner = await aPlanner(t);
  const zip = await readFile(klicSample(klicSampleFiles.graafmeldingComplete));
  const intake = await uploadAndProcess(t, planner, 'levering.zip', zip);
  expect(intake).toMatchObject({ outcome: 'delivery' });
  meldingId = intake.meldingId;
});
afterAll(() => t.close());

const mapUrl = (id: string) => `/api/klic/meldingen/${id}/map`;

describe('GET /api/klic/meldingen/:id/map', () => {
  it('sends the current delivery gzip-compressed with its delivery as ETag', async () => {
    const response = await getJson(t, planner.cookie, mapUrl(meldingId), { 'accept-encoding': 'gzip, br' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers.vary).toMatch(/accept-encoding/);
    const map = JSON.parse(gunzipSync(response.rawPayload).toString('utf8')) as MapPayload;
    expect(response.headers.etag).toBe(`"map1-${map.delivery.id}"`);
    expect(response.rawPayload.length).toBeLessThan(JSON.stringify(map).length / 4);

    expect(map.melding).toEqual({ id: meldingId, meldnummer: '22G0027001', aanvraagSoort: 'graafmelding' });
    expect(map.delivery).toMatchObject({ volgnummer: 1, complete: true });
    expect(map.operators).toContainEqual(
      expect.objectContaining({ bronhoudercode: 'TS1383', name: 'Autotest Regressie01', ev: true }),
    );
    expect(map.requestPolygons.map((polygon) => polygon.type)).toContain('Graafpolygoon');
    expect(map.bbox).toHaveLength(4);
    const themes = new Set(map.features.map((feature) => feature.theme));
    expect(themes.size).toBeGreaterThanOrEqual(15);
    const cable = map.features.find((feature) => feature.type === 'Elektriciteitskabel');
    expect(cable).toMatchObject({ bronhoudercode: 'TS1383', geometry: { type: 'LineString' } });
    const ev = map.features.find((feature) => feature.type === 'AanduidingEisVoorzorgsmaatregel');
    expect(ev?.properties.eisVoorzorgsmaatregel).toBeTruthy();
    const label = map.features.find((feature) => feature.type === 'Annotatie' && feature.rotation !== null);
    expect(label?.label).toBeTruthy();
    expect(map.features.every((feature) => feature.geometry !== null)).toBe(true);
    expect(map.features.some((feature) => requestPolygon(feature.type))).toBe(false);
  });

  it('draws each cable once: a UtilityLink whose cable carries its geometry is left out', async () => {
    const map = (await getJson(t, planner.cookie, mapUrl(meldingId))).json() as MapPayload;
    const links = map.features.filter((feature) => feature.type === 'UtilityLink');
    const cables = map.features.filter((feature) => feature.type === 'Elektriciteitskabel');
    expect(cables.length).toBeGreaterThan(0);
    expect(links.length).toBeLessThan(cables.length);
  });

  it('gives the background raster with the extent of the delivery’s gml:boundedBy, and the raster is served', async () => {
    const map = (await getJson(t, planner.cookie, mapUrl(meldingId))).json() as MapPayload;
    expect(map.background).toMatchObject({
      extent: [136487, 456044, 136867, 456424],
      width: 5320,
      height: 5320,
      url: expect.stringMatching(new RegExp(`^/api/klic/deliveries/${map.delivery.id}/files/`)),
    });
    const raster = await getJson(t, planner.cookie, map.background?.url as string);
    expect(raster.statusCode).toBe(200);
    expect(raster.headers['content-type']).toBe('image/png');
  });

  it('answers plain JSON to a client without gzip, and 304 when the browser has this delivery already', async () => {
    const plain = await getJson(t, planner.cookie, mapUrl(meldingId));
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.json().melding.meldnummer).toBe('22G0027001');
    const again = await getJson(t, planner.cookie, mapUrl(meldingId), {
      'if-none-match': plain.headers.etag as string,
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const stale = await getJson(t, planner.cookie, mapUrl(meldingId), { 'if-none-match': '"map1-other"' });
    expect(stale.statusCode).toBe(200);
  });

  it('says that there is no map yet for a KLIC with only its receipt', async () => {
    const facts = { ...noticeFacts, meldnummer: '24G0999001', referentie: 'X' };
    const receipt = await kadasterReceipt({ subject: receiptSubject(facts), html: receiptHtml(facts) });
    const intake = await uploadAndProcess(t, planner, 'ontvangst.eml', receipt);
    expect(intake).toMatchObject({ outcome: 'receipt' });
    const response = await getJson(t, planner.cookie, mapUrl(intake.meldingId), { 'accept-language': 'nl' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toMatchObject({ code: 'NOT_FOUND', reason: 'klic.map_no_delivery' });
    expect(response.json().error.message).toMatch(/nog geen levering/);
  });

  it('answers 404 to another organisation, 403 to a field worker and 422 to a malformed id', async () => {
    const theirs = await aTestOrganisation(t.database.db);
    const outsider = await logIn(t.app, await aTestUser(t.database.db, theirs, { rights: ['workPlanner'] }));
    const foreign = await getJson(t, outsider, mapUrl(meldingId), { 'accept-encoding': 'gzip' });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).not.toContain('22G0027001');
    const etag = (await getJson(t, planner.cookie, mapUrl(meldingId))).headers.etag as string;
    expect((await getJson(t, outsider, mapUrl(meldingId), { 'if-none-match': etag })).statusCode).toBe(404);

    const org = { organisationId: planner.organisationId, regionIds: [planner.regionId] };
    const worker = await logIn(t.app, await aTestUser(t.database.db, org, { rights: ['fieldWorker'] }));
    expect((await getJson(t, worker, mapUrl(meldingId))).statusCode).toBe(403);
    expect((await getJson(t, planner.cookie, mapUrl('../../etc/passwd'))).statusCode).toBeGreaterThanOrEqual(
      400,
    );
    expect((await getJson(t, planner.cookie, mapUrl('not-a-uuid'))).statusCode).toBe(422);
  });
});

function requestPolygon(type: string): boolean {
  return type.endsWith('polygoon');
}
