import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveHolidayRules } from '../../accounts/holiday-rules-repository.ts';
import type { Database } from '../../infra/db/database.ts';
import { klicEvHandling, klicMelding, project } from '../../infra/db/schema/index.ts';
import { aTestOrganisation } from '../../infra/testing/factories.ts';
import { aCurrentDelivery, aMeldingRow, anEvHandling, aProjectRow } from '../../infra/testing/klic-rows.ts';
import { openTestDatabase, type TestDatabase } from '../../infra/testing/test-database.ts';
import { defaultHolidayRules } from '../../infra/workdays/index.ts';
import type { WarningKind } from './warning-model.ts';
import { saveWarningSettings } from './warning-settings-repository.ts';
import { warningsOfOrganisation } from './warnings-of-organisation.ts';

// Pinksteren 2026: Sunday 24 and Monday 25 May; 22 May is the Friday before.
let database: TestDatabase;
let db: Database;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(() => database.close());

async function organisation() {
  return (await aTestOrganisation(db)).organisationId;
}

async function kindsOf(organisationId: string, today: string, meldingId: string): Promise<WarningKind[]> {
  const { warnings } = await warningsOfOrganisation(db, organisationId, today);
  return warnings.filter((w) => w.meldingId === meldingId).map((w) => w.kind);
}

describe('expiring KLICs (N = 5 working days by default)', () => {
  it('warns from the fifth working day before the Verloopdatum, Pinkstermaandag not counted', async () => {
    const org = await organisation();
    const p = await aProjectRow(db, org);
    const m = await aMeldingRow(db, org, { projectId: p.id, expiresOn: '2026-06-01', subProject: 'vak A' });
    expect(await kindsOf(org, '2026-05-21', m.id)).toEqual([]);
    const { warnings, counts } = await warningsOfOrganisation(db, org, '2026-05-22');
    expect(warnings).toEqual([
      {
        kind: 'expiring',
        meldingId: m.id,
        meldnummer: m.meldnummer,
        projectId: p.id,
        projectNumber: p.number,
        subProject: 'vak A',
        expiresOn: '2026-06-01',
        workdaysLeft: 5,
        startDate: null,
        operators: [],
      },
    ]);
    expect(counts).toEqual({ expiring: 1, expired: 0, partial: 0, evOpen: 0 });
    expect((await warningsOfOrganisation(db, org, '2026-05-25')).warnings[0]?.workdaysLeft).toBe(5);
    expect((await warningsOfOrganisation(db, org, '2026-06-01')).warnings[0]?.workdaysLeft).toBe(0);
  });

  it('becomes an expired warning the day after the Verloopdatum', async () => {
    const org = await organisation();
    const p = await aProjectRow(db, org, { status: 'inExecution' });
    const m = await aMeldingRow(db, org, { projectId: p.id, expiresOn: '2026-05-22' });
    expect(await kindsOf(org, '2026-05-22', m.id)).toEqual(['expiring']);
    const saturday = await warningsOfOrganisation(db, org, '2026-05-23');
    expect(saturday.warnings).toMatchObject([{ kind: 'expired', meldingId: m.id, workdaysLeft: -1 }]);
    expect((await warningsOfOrganisation(db, org, '2026-05-26')).warnings[0]?.workdaysLeft).toBe(-1);
    expect((await warningsOfOrganisation(db, org, '2026-05-27')).warnings[0]?.workdaysLeft).toBe(-2);
  });

  it('follows the N of the settings and the organisation’s own closed days', async () => {
    const org = await organisation();
    const p = await aProjectRow(db, org);
    const m = await aMeldingRow(db, org, { projectId: p.id, expiresOn: '2026-06-05' });
    expect(await kindsOf(org, '2026-05-28', m.id)).toEqual([]);
    await saveWarningSettings(db, org, { expiringWithinWorkdays: 6, recipientUserIds: [] });
    expect(await warningsOfOrganisation(db, org, '2026-05-28')).toMatchObject({
      expiringWithinWorkdays: 6,
      warnings: [{ meldingId: m.id, workdaysLeft: 6 }],
    });
    await saveWarningSettings(db, org, { expiringWithinWorkdays: 5, recipientUserIds: [] });
    await saveHolidayRules(db, org, { ...defaultHolidayRules, extraClosedDays: ['2026-06-01'] });
    const { warnings } = await warningsOfOrganisation(db, org, '2026-05-28');
    expect(warnings).toMatchObject([{ meldingId: m.id, workdaysLeft: 5 }]);
  });

  it('gives no validity warning on a project whose box "Geldigheid Klic > 20 werkdagen" is ticked', async () => {
    const org = await organisation();
    const p = await aProjectRow(db, org, { klicValidityOverride: true });
    await aMeldingRow(db, org, { projectId: p.id, expiresOn: '2026-05-26' });
    await aMeldingRow(db, org, { projectId: p.id, expiresOn: '2026-05-01' });
    expect((await warningsOfOrganisation(db, org, '2026-05-22')).warnings).toEqual([]);
    await db.update(project).set({ klicValidityOverride: false }).where(eq(project.id, p.id));
    const { counts } = await warningsOfOrganisation(db, org, '2026-05-22');
    expect(counts).toMatchObject({ expiring: 1, expired: 1 });
  });

  it('gives no validity warning on a completed or cancelled project, nor for an unlinked KLIC', async () => {
    const org = await organisation();
    for (const status of ['completed', 'cancelled'] as const) {
      const p = await aProjectRow(db, org, { status });
      await aMeldingRow(db, org, { projectId: p.id, expiresOn: '2026-05-01' });
      await aMeldingRow(db, org, { projectId: p.id, expiresOn: '2026-05-26' });
    }
    await aMeldingRow(db, org, { projectId: null, expiresOn: '2026-05-01' });
    await aMeldingRow(db, org, { projectId: null, expiresOn: '2026-05-26' });
    expect((await warningsOfOrganisation(db, org, '2026-05-22')).warnings).toEqual([]);
  });
});

describe('partial deliveries', () => {
  it('warns while the delivery is partial, also unlinked, and stops once it is complete', async () => {
    const org = await organisation();
    const unlinked = await aMeldingRow(db, org, { state: 'partial' });
    const done = await aProjectRow(db, org, { status: 'completed' });
    await aMeldingRow(db, org, { state: 'partial', projectId: done.id });
    const { warnings } = await warningsOfOrganisation(db, org, '2026-05-22');
    expect(warnings).toMatchObject([{ kind: 'partial', meldingId: unlinked.id, projectId: null }]);
    await db.update(klicMelding).set({ state: 'complete' }).where(eq(klicMelding.id, unlinked.id));
    expect((await warningsOfOrganisation(db, org, '2026-05-22')).warnings).toEqual([]);
  });
  it('lists at most 200 of a kind but counts them all', async () => {
    const org = await organisation();
    await db.insert(klicMelding).values(
      Array.from({ length: 201 }, (_, i) => ({
        organisationId: org,
        meldnummer: `26O${String(i).padStart(7, '0')}`,
        state: 'partial' as const,
      })),
    );
    const { warnings, counts } = await warningsOfOrganisation(db, org, '2026-05-22');
    expect(warnings).toHaveLength(200);
    expect(counts.partial).toBe(201);
  });
});

describe('EVs not handled', () => {
  it('warns from 3 working days before the start (Pinkstermaandag not counted) until handled', async () => {
    const org = await organisation();
    const p = await aProjectRow(db, org, { startDate: '2026-05-27' });
    const m = await aMeldingRow(db, org, { projectId: p.id });
    await aCurrentDelivery(db, org, m.id, {
      operators: [
        { bronhoudercode: 'KL1031', naam: 'Liander N.V.' },
        { bronhoudercode: 'KL9999', naam: null },
        { bronhoudercode: 'KL1000', naam: 'Enexis' },
      ],
    });
    await anEvHandling(db, org, m.id, 'KL1031');
    await anEvHandling(db, org, m.id, 'KL9999');
    await anEvHandling(db, org, m.id, 'KL1000', 'handled');
    expect(await kindsOf(org, '2026-05-20', m.id)).toEqual([]);
    const { warnings } = await warningsOfOrganisation(db, org, '2026-05-21');
    expect(warnings).toMatchObject([
      { kind: 'evOpen', meldingId: m.id, startDate: '2026-05-27', operators: ['Liander N.V.', 'KL9999'] },
    ]);
    // After the start it keeps warning.
    expect(await kindsOf(org, '2026-06-03', m.id)).toEqual(['evOpen']);
    await db.update(klicEvHandling).set({ status: 'handled' }).where(eq(klicEvHandling.meldingId, m.id));
    expect(await kindsOf(org, '2026-05-21', m.id)).toEqual([]);
  });

  it('does not warn without a start date, on a completed project, or for “no interest”', async () => {
    const org = await organisation();
    for (const [fields, status] of [
      [{ startDate: null }, 'open'],
      [{ startDate: '2026-05-22', status: 'completed' }, 'open'],
      [{ startDate: '2026-05-22' }, 'noInterest'],
    ] as const) {
      const p = await aProjectRow(db, org, fields);
      const m = await aMeldingRow(db, org, { projectId: p.id });
      await aCurrentDelivery(db, org, m.id, { operators: [{ bronhoudercode: 'KL1031', naam: 'Liander' }] });
      await anEvHandling(db, org, m.id, 'KL1031', status);
    }
    expect((await warningsOfOrganisation(db, org, '2026-05-22')).warnings).toEqual([]);
  });
});

describe('organisations', () => {
  it('never show one organisation’s KLICs in another’s warnings', async () => {
    const ours = await organisation();
    const theirs = await organisation();
    const p = await aProjectRow(db, ours, { startDate: '2026-05-22' });
    const m = await aMeldingRow(db, ours, { projectId: p.id, expiresOn: '2026-05-01', state: 'partial' });
    await aCurrentDelivery(db, ours, m.id, { operators: [{ bronhoudercode: 'KL1031', naam: 'Liander' }] });
    await anEvHandling(db, ours, m.id, 'KL1031');
    expect((await warningsOfOrganisation(db, ours, '2026-05-22')).counts).toEqual({
      expiring: 0,
      expired: 1,
      partial: 1,
      evOpen: 1,
    });
    const other = await warningsOfOrganisation(db, theirs, '2026-05-22');
    expect(other.warnings).toEqual([]);
    expect(other.counts).toEqual({ expiring: 0, expired: 0, partial: 0, evOpen: 0 });
  });
});
