import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aTestOrganisation, aTestUser, logIn } from '../../infra/testing/factories.ts';
import { aCurrentDelivery, aMeldingRow, aProjectRow } from '../../infra/testing/klic-rows.ts';
import { createTestApp, type TestApp } from '../../infra/testing/test-app.ts';
import { addCalendarDays, toAmsterdamDate } from '../../infra/workdays/index.ts';
import { aPlanner, getJson } from '../intake/testing/klic-intake-testkit.ts';

let t: TestApp;
let planner: string;
const today = toAmsterdamDate(new Date());

beforeAll(async () => {
  t = await createTestApp();
  const { organisationId, cookie } = await aPlanner(t);
  planner = cookie;
  const db = t.database.db;
  const project = await aProjectRow(db, organisationId, { number: 'P-1001' });
  await aMeldingRow(db, organisationId, {
    meldnummer: '26G0000001',
    state: 'requested',
    referentie: 'P-9999',
    receiptBlobKey: `${organisationId}/klic/receipts/26G0000001.pdf`,
    requestedAt: new Date('2026-03-02T09:00:00Z'),
  });
  const partial = await aMeldingRow(db, organisationId, {
    meldnummer: '26G0000002',
    state: 'partial',
    referentie: 'P-1001;vakgebied A',
    projectId: project.id,
    subProject: 'vakgebied A',
    expiresOn: addCalendarDays(today, -1),
  });
  await aCurrentDelivery(db, organisationId, partial.id, {
    arrivedAt: new Date('2026-03-05T10:00:00Z'),
    complete: false,
  });
  const complete = await aMeldingRow(db, organisationId, {
    meldnummer: '26O0000003',
    state: 'complete',
    referentie: 'los',
    expiresOn: today,
  });
  await aCurrentDelivery(db, organisationId, complete.id, { arrivedAt: new Date('2026-03-06T10:00:00Z') });
});
afterAll(() => t.close());

const status = async (query = '', cookie = planner) => {
  const response = await getJson(t, cookie, `/api/klic/status?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: Array<Record<string, unknown>>; total: number };
};
const numbers = async (query: string) => (await status(query)).items.map((item) => item.meldnummer);

describe('Status klics', () => {
  it('lists every KLIC of the organisation with its state, project, expiry and delivery date', async () => {
    const { items, total } = await status('sort=meldnummer&direction=asc');
    expect(total).toBe(3);
    expect(items).toEqual([
      expect.objectContaining({
        meldnummer: '26G0000001',
        state: 'requested',
        linked: false,
        expired: false,
        projectNumber: null,
        receivedAt: null,
        volgnummer: null,
      }),
      expect.objectContaining({
        meldnummer: '26G0000002',
        state: 'partial',
        linked: true,
        projectNumber: 'P-1001',
        subProject: 'vakgebied A',
        expired: true,
        receivedAt: '2026-03-05T10:00:00.000Z',
        volgnummer: 1,
      }),
      // Expiring today is not expired yet.
      expect.objectContaining({ meldnummer: '26O0000003', state: 'complete', linked: false, expired: false }),
    ]);
  });

  it('filters on each state', async () => {
    expect(await numbers('state=requested')).toEqual(['26G0000001']);
    expect(await numbers('state=partial')).toEqual(['26G0000002']);
    expect(await numbers('state=complete')).toEqual(['26O0000003']);
    expect(await numbers('state=linked')).toEqual(['26G0000002']);
    expect(await numbers('state=unlinked&sort=meldnummer&direction=asc')).toEqual([
      '26G0000001',
      '26O0000003',
    ]);
    expect(await numbers('state=expired')).toEqual(['26G0000002']);
  });

  it('searches meldnummer, referentie and project number literally', async () => {
    expect(await numbers('search=0003')).toEqual(['26O0000003']);
    expect(await numbers('search=p-99')).toEqual(['26G0000001']);
    expect(await numbers('search=P-1001')).toEqual(['26G0000002']);
    expect(await numbers('search=%25')).toEqual([]);
    expect(await numbers('search=_')).toEqual([]);
  });

  it('sorts by each column both ways and pages with a total', async () => {
    for (const sort of ['meldnummer', 'referentie', 'project', 'state', 'expiresOn', 'receivedAt']) {
      for (const direction of ['asc', 'desc'])
        expect(await numbers(`sort=${sort}&direction=${direction}`)).toHaveLength(3);
    }
    // A KLIC without a delivery sorts by the date it was requested.
    expect(await numbers('sort=receivedAt&direction=desc')).toEqual([
      '26O0000003',
      '26G0000002',
      '26G0000001',
    ]);
    const second = await status('sort=meldnummer&direction=asc&pageSize=2&page=2');
    expect(second).toMatchObject({
      total: 3,
      items: [expect.objectContaining({ meldnummer: '26O0000003' })],
    });
  });

  it('refuses bad and huge query values with 422', async () => {
    for (const query of [
      'state=verlopen',
      'sort=id',
      'direction=up',
      'page=0',
      'pageSize=101',
      'page=abc',
      `search=${'x'.repeat(101)}`,
    ]) {
      const response = await getJson(t, planner, `/api/klic/status?${query}`);
      expect(response.statusCode, query).toBe(422);
    }
  });

  it('is for work planners only, and shows nothing of another organisation', async () => {
    const org = await aTestOrganisation(t.database.db);
    const field = await logIn(
      t.app,
      await aTestUser(t.database.db, org, { rights: ['fieldWorker', 'userAdmin'] }),
    );
    expect((await getJson(t, field, '/api/klic/status')).statusCode).toBe(403);
    const outsider = await logIn(t.app, await aTestUser(t.database.db, org, { rights: ['workPlanner'] }));
    expect(await status('', outsider)).toEqual({ items: [], total: 0 });
  });
});
