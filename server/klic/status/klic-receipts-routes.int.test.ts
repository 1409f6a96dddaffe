import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aTestOrganisation, aTestUser, logIn } from '../../infra/testing/factories.ts';
import { aCurrentDelivery, aMeldingRow, aProjectRow } from '../../infra/testing/klic-rows.ts';
import { createTestApp, type TestApp } from '../../infra/testing/test-app.ts';
import { createWorkdayCalendar, defaultHolidayRules, toAmsterdamDate } from '../../infra/workdays/index.ts';
import { aPlanner, getJson, uploadAndProcess } from '../intake/testing/klic-intake-testkit.ts';
import { kadasterReceipt, noticeFacts, receiptHtml, receiptSubject } from '../mail/kadaster-test-mails.ts';

let t: TestApp;
let planner: string;
const threeWeeksAgo = new Date(Date.now() - 21 * 24 * 3600 * 1000);

beforeAll(async () => {
  t = await createTestApp();
  const { organisationId, cookie } = await aPlanner(t);
  planner = cookie;
  const db = t.database.db;
  const receipt = (meldnummer: string) => ({
    meldnummer,
    receiptBlobKey: `${organisationId}/klic/receipts/${meldnummer}.pdf`,
  });
  const project = await aProjectRow(db, organisationId, { number: 'R-1' });
  await aMeldingRow(db, organisationId, {
    ...receipt('26G0000010'),
    state: 'requested',
    requestedAt: new Date(),
  });
  await aMeldingRow(db, organisationId, {
    ...receipt('26G0000011'),
    state: 'requested',
    referentie: 'R-1',
    projectId: project.id,
    requestedAt: threeWeeksAgo,
  });
  // Requested on Monday 2 March 2026, delivered on Friday: four working days.
  const delivered = await aMeldingRow(db, organisationId, {
    ...receipt('26G0000012'),
    state: 'complete',
    requestedAt: new Date('2026-03-02T08:00:00Z'),
  });
  await aCurrentDelivery(db, organisationId, delivered.id, { arrivedAt: new Date('2026-03-06T15:00:00Z') });
  // Without a receipt: not on this page.
  const withoutReceipt = await aMeldingRow(db, organisationId, {
    meldnummer: '26G0000013',
    state: 'partial',
  });
  await aCurrentDelivery(db, organisationId, withoutReceipt.id, { complete: false });
});
afterAll(() => t.close());

const receipts = async (query = '', cookie = planner) => {
  const response = await getJson(t, cookie, `/api/klic/receipts?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    items: Array<Record<string, unknown>>;
    total: number;
    counts: { awaiting: number; delivered: number };
  };
};

describe('Klic ontvangstbevestigingen', () => {
  it('lists the receipts, the deliveries still awaited first (longest waiting on top), with working days', async () => {
    const calendar = createWorkdayCalendar(defaultHolidayRules);
    const today = toAmsterdamDate(new Date());
    const { items, total, counts } = await receipts();
    expect(total).toBe(3);
    expect(counts).toEqual({ awaiting: 2, delivered: 1 });
    expect(items).toEqual([
      expect.objectContaining({
        meldnummer: '26G0000011',
        awaiting: true,
        projectNumber: 'R-1',
        deliveredAt: null,
        workingDaysWaiting: calendar.workingDaysBetween(toAmsterdamDate(threeWeeksAgo), today),
      }),
      expect.objectContaining({ meldnummer: '26G0000010', awaiting: true, workingDaysWaiting: 0 }),
      expect.objectContaining({
        meldnummer: '26G0000012',
        awaiting: false,
        state: 'complete',
        deliveredAt: '2026-03-06T15:00:00.000Z',
        volgnummer: 1,
        workingDaysWaiting: 4,
      }),
    ]);
  });

  it('filters awaited and delivered, searches, and pages', async () => {
    const numbers = async (query: string) => (await receipts(query)).items.map((item) => item.meldnummer);
    expect(await numbers('status=awaiting')).toEqual(['26G0000011', '26G0000010']);
    expect(await numbers('status=delivered')).toEqual(['26G0000012']);
    expect(await numbers('search=R-1')).toEqual(['26G0000011']);
    expect(await numbers('search=0013')).toEqual([]);
    const second = await receipts('pageSize=2&page=2');
    expect(second.total).toBe(3);
    expect(second.items.map((item) => item.meldnummer)).toEqual(['26G0000012']);
  });

  it('refuses bad and huge query values with 422, and users who are not planners with 403', async () => {
    for (const query of ['status=open', 'page=-1', 'pageSize=1000', `search=${'x'.repeat(101)}`]) {
      const response = await getJson(t, planner, `/api/klic/receipts?${query}`);
      expect(response.statusCode, query).toBe(422);
    }
    const org = await aTestOrganisation(t.database.db);
    const admin = await logIn(
      t.app,
      await aTestUser(t.database.db, org, { rights: ['userAdmin', 'fieldWorker'] }),
    );
    expect((await getJson(t, admin, '/api/klic/receipts')).statusCode).toBe(403);
  });

  it('offers the receipt PDF of a real receipt mail for download, and nothing of another organisation', async () => {
    const other = await aPlanner(t);
    const facts = { ...noticeFacts, meldnummer: '26G0000099', referentie: 'Eigen referentie' };
    const mail = await kadasterReceipt({ subject: receiptSubject(facts), html: receiptHtml(facts) });
    const intake = await uploadAndProcess(t, other, 'ontvangst.eml', mail);
    expect(intake).toMatchObject({ outcome: 'receipt' });
    const { items } = await receipts('', other.cookie);
    expect(items).toEqual([
      expect.objectContaining({
        id: intake.meldingId,
        meldnummer: '26G0000099',
        referentie: 'Eigen referentie',
        awaiting: true,
      }),
    ]);
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/klic/meldingen/${intake.meldingId}/receipt`,
      headers: { cookie: other.cookie },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((await receipts()).items.map((item) => item.meldnummer)).not.toContain('26G0000099');
  });
});
