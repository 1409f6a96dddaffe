import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, klicMelding, klicMeldingFieldWorker } from '../../infra/db/schema/index.ts';
import { aTestUser, logIn } from '../../infra/testing/factories.ts';
import { anEvHandling } from '../../infra/testing/klic-rows.ts';
import { createTestApp, type TestApp } from '../../infra/testing/test-app.ts';
import { aFieldWorker, meldnummersOf } from '../../projects/testing/field-worker-testkit.ts';
import { aProject, send, waitingMeldingen } from '../../projects/testing/project-testkit.ts';
import { aPlanner, type PlannerSession } from '../intake/testing/klic-intake-testkit.ts';

let t: TestApp;
let planner: PlannerSession;
let projectId: string;
let klics: Array<{ id: string; meldnummer: string }>;
let anna: string;
let bert: string;

/** A project with three KLICs: one without EV, one with an open EV, one with its EVs handled. */
beforeAll(async () => {
  t = await createTestApp();
  planner = await aPlanner(t);
  anna = await aFieldWorker(t, planner, 'Anna Akkerman');
  bert = await aFieldWorker(t, planner, 'Bert Bouwman');
  await waitingMeldingen(t, planner.organisationId, 'BEHEER-1', 3);
  projectId = (await aProject(t, planner, { number: 'BEHEER-1', fieldWorkerIds: [anna] })).id;
  klics = (await t.database.db.select().from(klicMelding).where(eq(klicMelding.projectId, projectId))).sort(
    (a, b) => a.meldnummer.localeCompare(b.meldnummer),
  );
  const [open, handled] = [klics[1], klics[2]] as [{ id: string }, { id: string }];
  const db = t.database.db;
  await anEvHandling(db, planner.organisationId, open.id, 'KL1000', 'open');
  await anEvHandling(db, planner.organisationId, open.id, 'KL2000', 'handled');
  await anEvHandling(db, planner.organisationId, handled.id, 'KL1000', 'handled');
  await anEvHandling(db, planner.organisationId, handled.id, 'KL3000', 'noInterest');
});
afterAll(() => t.close());

const ids = () => klics.map((klic) => klic.id);
const rows = async () =>
  (await send(t, 'GET', `/api/projects/${projectId}/klics`, planner.cookie)).json().klics as Array<
    Record<string, unknown> & { id: string; fieldWorkers: Array<{ userId: string }> }
  >;
const entriesOf = (meldingId: string) =>
  t.database.db.select().from(auditLog).where(eq(auditLog.entityId, meldingId));

describe('Klics beheren: the list', () => {
  it('shows each KLIC with its field workers, EV and EV afgehandeld', async () => {
    const list = await rows();
    expect(list.map((row) => row.meldnummer)).toEqual(klics.map((klic) => klic.meldnummer));
    expect(list.map((row) => [row.ev, row.evHandled])).toEqual([
      [false, false],
      [true, false],
      [true, true],
    ]);
    expect(list[0]).toMatchObject({
      state: 'requested',
      volgnummer: null,
      currentDeliveryId: null,
      receivedAt: null,
      expiresOn: null,
      fieldWorkers: [{ userId: anna, name: 'Anna Akkerman', removedFromDevice: false }],
    });
  });

  it("answers 404 for another organisation's project", async () => {
    const other = await aPlanner(t);
    expect((await send(t, 'GET', `/api/projects/${projectId}/klics`, other.cookie)).statusCode).toBe(404);
  });
});

describe('Wijzigen: toelichting and extra vrij veld', () => {
  it('stores the texts and logs what changed', async () => {
    const id = ids()[0] as string;
    const response = await send(t, 'PATCH', `/api/klic/meldingen/${id}`, planner.cookie, {
      toelichting: '  Let op: gasleiding ondiep  ',
      extraField: 'Werkorder 77',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().melding).toEqual({
      id,
      toelichting: 'Let op: gasleiding ondiep',
      extraField: 'Werkorder 77',
    });
    const again = await send(t, 'PATCH', `/api/klic/meldingen/${id}`, planner.cookie, { extraField: '' });
    expect(again.json().melding.toelichting).toBe('Let op: gasleiding ondiep');
    expect((await rows())[0]).toMatchObject({ toelichting: 'Let op: gasleiding ondiep', extraField: '' });
    const entries = await entriesOf(id);
    expect(entries.filter((entry) => entry.event === 'klic.texts.updated').map((e) => e.after)).toEqual([
      { toelichting: 'Let op: gasleiding ondiep', extraField: 'Werkorder 77' },
      { extraField: '' },
    ]);
  });

  it('refuses texts that are too long, an empty body, and another organisation', async () => {
    const id = ids()[1] as string;
    for (const body of [
      { toelichting: 'x'.repeat(2001) },
      { extraField: 'x'.repeat(201) },
      {},
      { toelichting: 5 },
    ]) {
      const response = await send(t, 'PATCH', `/api/klic/meldingen/${id}`, planner.cookie, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(422);
    }
    const tooLong = await send(t, 'PATCH', `/api/klic/meldingen/${id}`, planner.cookie, {
      toelichting: 'x'.repeat(2001),
    });
    expect(Object.keys(tooLong.json().error.fields)).toEqual(['toelichting']);
    const other = await aPlanner(t);
    const foreign = await send(t, 'PATCH', `/api/klic/meldingen/${id}`, other.cookie, { toelichting: 'weg' });
    expect(foreign.statusCode).toBe(404);
    expect((await rows())[1]).toMatchObject({ toelichting: '', extraField: '' });
  });
});

describe('Veldmedewerker(s) toewijzen / loskoppelen', () => {
  const change = (body: object, cookie = planner.cookie) =>
    send(t, 'POST', '/api/klic/meldingen/field-workers', cookie, body);

  it('assigns the selected KLICs to the chosen workers and unassigns them again, with a logbook row each', async () => {
    const [first, second] = ids() as [string, string];
    const assign = await change({ meldingIds: [first, second], userIds: [anna, bert], action: 'assign' });
    expect(assign.statusCode, assign.body).toBe(200);
    expect(assign.json()).toEqual({ changed: 2 }); // Anna had them already, as a field worker of the project
    expect(await meldnummersOf(t, bert)).toEqual([klics[0]?.meldnummer, klics[1]?.meldnummer]);
    expect((await entriesOf(first)).at(-1)).toMatchObject({
      event: 'klic.fieldWorkers.assigned',
      after: { assigned: ['Bert Bouwman'] },
    });

    const unassign = await change({ meldingIds: [first], userIds: [anna, bert], action: 'unassign' });
    expect(unassign.json()).toEqual({ changed: 2 });
    const [row] = await rows();
    expect(row?.fieldWorkers).toEqual([]);
    expect((await entriesOf(first)).at(-1)).toMatchObject({
      event: 'klic.fieldWorkers.unassigned',
      after: { unassigned: ['Anna Akkerman', 'Bert Bouwman'] },
    });
  });

  it('refuses empty and huge lists, unknown users and non-field-workers with 422, changing nothing', async () => {
    const planners = await aTestUser(
      t.database.db,
      { organisationId: planner.organisationId, regionIds: [planner.regionId] },
      { rights: ['workPlanner'] },
    );
    const before = await t.database.db.select().from(klicMeldingFieldWorker);
    const cases: Array<[object, string | null]> = [
      [{ meldingIds: [], userIds: [anna], action: 'assign' }, 'meldingIds'],
      [{ meldingIds: ids(), userIds: [], action: 'assign' }, 'userIds'],
      [{ meldingIds: ids(), userIds: [anna], action: 'steal' }, 'action'],
      [{ meldingIds: ['not-a-uuid'], userIds: [anna], action: 'assign' }, null],
      [
        { meldingIds: Array.from({ length: 501 }, () => randomUUID()), userIds: [anna], action: 'assign' },
        null,
      ],
      [{ meldingIds: ids(), userIds: [planners.userId], action: 'assign' }, 'userIds'],
      [{ meldingIds: ids(), userIds: [anna, 'nobody'], action: 'unassign' }, 'userIds'],
    ];
    for (const [body, field] of cases) {
      const response = await change(body);
      expect(response.statusCode, JSON.stringify(body).slice(0, 120)).toBe(422);
      if (field) expect(Object.keys(response.json().error.fields), field).toContain(field);
    }
    expect(await t.database.db.select().from(klicMeldingFieldWorker)).toEqual(before);
  });

  it("answers 404 when any KLIC is another organisation's, and changes nothing; 403 without the right", async () => {
    const other = await aPlanner(t);
    await waitingMeldingen(t, other.organisationId, 'ANDER', 1);
    const [theirs] = await t.database.db
      .select()
      .from(klicMelding)
      .where(eq(klicMelding.organisationId, other.organisationId));
    const mixed = await change({ meldingIds: [ids()[2], theirs?.id], userIds: [bert], action: 'assign' });
    expect(mixed.statusCode).toBe(404);
    const foreign = await change({ meldingIds: ids(), userIds: [bert], action: 'unassign' }, other.cookie);
    expect(foreign.statusCode).toBe(404);
    expect(await meldnummersOf(t, bert)).toEqual([klics[1]?.meldnummer]);
    const worker = await logIn(
      t.app,
      await aTestUser(
        t.database.db,
        { organisationId: planner.organisationId, regionIds: [] },
        { rights: ['fieldWorker'] },
      ),
    );
    expect((await change({ meldingIds: ids(), userIds: [bert], action: 'assign' }, worker)).statusCode).toBe(
      403,
    );
  });
});

describe('Klics vrijgeven', () => {
  const release = (body: object, cookie = planner.cookie) =>
    send(t, 'POST', '/api/klic/meldingen/release', cookie, body);

  it('puts a KLIC back on the device of the worker who removed it', async () => {
    const id = ids()[2] as string;
    const removedByAnna = and(
      eq(klicMeldingFieldWorker.meldingId, id),
      eq(klicMeldingFieldWorker.userId, anna),
    );
    await t.database.db
      .update(klicMeldingFieldWorker)
      .set({ removedFromDeviceAt: new Date() })
      .where(removedByAnna);
    expect((await rows())[2]?.fieldWorkers).toEqual([
      { userId: anna, name: 'Anna Akkerman', removedFromDevice: true },
    ]);
    const response = await release({ meldingIds: [id], userIds: [anna] });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ released: 1 });
    expect((await rows())[2]?.fieldWorkers).toEqual([
      { userId: anna, name: 'Anna Akkerman', removedFromDevice: false },
    ]);
    expect((await entriesOf(id)).at(-1)).toMatchObject({
      event: 'klic.released',
      after: { releasedTo: ['Anna Akkerman'] },
    });
    expect((await release({ meldingIds: [id], userIds: [anna] })).json()).toEqual({ released: 0 });
  });

  it('refuses bad input with 422 and foreign KLICs with 404', async () => {
    for (const body of [
      { meldingIds: [], userIds: [anna] },
      { meldingIds: ids(), userIds: [] },
      { meldingIds: ids(), userIds: ['nobody'] },
      { meldingIds: ids() },
    ]) {
      expect((await release(body)).statusCode, JSON.stringify(body)).toBe(422);
    }
    const other = await aPlanner(t);
    expect((await release({ meldingIds: ids(), userIds: [anna] }, other.cookie)).statusCode).toBe(404);
    const stillThere = await t.database.db
      .select()
      .from(klicMeldingFieldWorker)
      .where(inArray(klicMeldingFieldWorker.meldingId, ids()));
    expect(stillThere.length).toBeGreaterThan(0);
  });
});
