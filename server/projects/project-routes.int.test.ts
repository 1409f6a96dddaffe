import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, klicMelding } from '../infra/db/schema/index.ts';
import { aTestOrganisation, aTestUser, logIn } from '../infra/testing/factories.ts';
import { createTestApp, type TestApp } from '../infra/testing/test-app.ts';
import { aPlanner, type PlannerSession } from '../klic/intake/testing/klic-intake-testkit.ts';
import { aProject, listOf, send, waitingMeldingen } from './testing/project-testkit.ts';

let t: TestApp;
let planner: PlannerSession;

beforeAll(async () => {
  t = await createTestApp();
  planner = await aPlanner(t);
});
afterAll(() => t.close());

const create = (number: string, extra: object = {}) =>
  send(t, 'POST', '/api/projects', planner.cookie, {
    number,
    description: 'Nieuwe aansluitingen',
    regionId: planner.regionId,
    ...extra,
  });
const patch = (id: string, body: object, cookie = planner.cookie) =>
  send(t, 'PATCH', `/api/projects/${id}`, cookie, body);
const logbook = (entityId: string) =>
  t.database.db.select().from(auditLog).where(eq(auditLog.entityId, entityId));
const linkedTo = async (projectId: string) =>
  (await t.database.db.select().from(klicMelding).where(eq(klicMelding.projectId, projectId))).length;

describe('adding a project', () => {
  it('stores every field of the form and logs it', async () => {
    const response = await create('P-050', {
      status: 'inExecution',
      startDate: '2026-04-01',
      klicValidityOverride: true,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      number: 'P-050',
      regionId: planner.regionId,
      status: 'inExecution',
      startDate: '2026-04-01',
      klicValidityOverride: true,
      klics: 0,
    });
    expect(await logbook(response.json().id)).toEqual([
      expect.objectContaining({ event: 'project.created' }),
    ]);
  });

  it('refuses a number the organisation already has with 409 on the number field', async () => {
    expect((await create('P-100')).statusCode).toBe(201);
    const again = await create('P-100');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields).toEqual({ number: 'already_exists' });
  });

  it('gives one 201 and one 409 (never a 500) when the same number is added twice at once', async () => {
    const answers = await Promise.all([create('P-200'), create('P-200')]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409]);
    expect((await listOf(t, planner, { search: 'P-200' })).total).toBe(1);
  });

  it("refuses a number with ';', a bad date, status or region, and a missing region", async () => {
    for (const extra of [
      { number: 'P-300;Fase 1' },
      { startDate: '1-4-2026' },
      { status: 'weg' },
      { regionId: '' },
    ]) {
      const response = await create('P-300', extra);
      expect(response.statusCode, JSON.stringify(extra)).toBe(422);
    }
    const other = await aTestOrganisation(t.database.db);
    expect((await create('P-300', { regionId: other.regionIds[0] })).statusCode).toBe(404);
    expect((await listOf(t, planner, { search: 'P-300', status: 'all' })).total).toBe(0);
  });
});

describe('editing a project', () => {
  it('changes the fields, logs only what changed, and links the KLICs waiting for a new number', async () => {
    const project = await aProject(t, planner, { number: 'E-1' });
    await waitingMeldingen(t, planner.organisationId, 'E-1-nieuw; Fase 2', 1);
    const response = await patch(project.id, { number: 'E-1-nieuw', klicValidityOverride: true });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      number: 'E-1-nieuw',
      klicValidityOverride: true,
      klics: 1,
      linkedKlics: 1,
    });
    const [, updated] = await logbook(project.id);
    expect(updated).toMatchObject({
      event: 'project.updated',
      before: { number: 'E-1', klicValidityOverride: false },
      after: { number: 'E-1-nieuw', klicValidityOverride: true, linkedKlics: 1 },
    });
  });

  it("refuses another project's number with 409 and changes nothing", async () => {
    await aProject(t, planner, { number: 'E-2' });
    const project = await aProject(t, planner, { number: 'E-3' });
    const response = await patch(project.id, { number: 'E-2', description: 'Gewijzigd' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.fields).toEqual({ number: 'already_exists' });
    expect((await listOf(t, planner, { search: 'E-3' })).items).toEqual([
      expect.objectContaining({ description: '' }),
    ]);
  });
});

describe('deleting a project', () => {
  it('asks what to do with linked KLICs (409 with the count) and deletes nothing until told', async () => {
    await waitingMeldingen(t, planner.organisationId, 'D-1', 2);
    const project = await aProject(t, planner, { number: 'D-1' });
    const refused = await send(t, 'DELETE', `/api/projects/${project.id}`, planner.cookie);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ fields: { klics: 'has_klics' } });
    expect(refused.json().error.message).toContain('2');
    expect(await linkedTo(project.id)).toBe(2);

    const unlinked = await send(t, 'DELETE', `/api/projects/${project.id}?klics=unlink`, planner.cookie);
    expect(unlinked.json()).toEqual({ unlinkedKlics: 2 });
    const waiting = await t.database.db
      .select()
      .from(klicMelding)
      .where(and(eq(klicMelding.organisationId, planner.organisationId), eq(klicMelding.referentie, 'D-1')));
    expect(waiting.map((melding) => melding.projectId)).toEqual([null, null]);
    expect((await listOf(t, planner, { search: 'D-1' })).total).toBe(0);
    expect((await logbook(project.id)).map((entry) => entry.event)).toContain('project.deleted');
  });

  it('deletes a project without KLICs at once; a second delete is 404', async () => {
    const project = await aProject(t, planner, { number: 'D-2' });
    expect((await send(t, 'DELETE', `/api/projects/${project.id}`, planner.cookie)).json()).toEqual({
      unlinkedKlics: 0,
    });
    expect((await send(t, 'DELETE', `/api/projects/${project.id}`, planner.cookie)).statusCode).toBe(404);
  });
});

describe('Status wijzigen naar', () => {
  it('changes the selected projects and logs each', async () => {
    const a = await aProject(t, planner, { number: 'S-1' });
    const b = await aProject(t, planner, { number: 'S-2' });
    const response = await send(t, 'POST', '/api/projects/status', planner.cookie, {
      ids: [a.id, b.id],
      status: 'completed',
    });
    expect(response.json()).toEqual({ changed: 2 });
    expect((await listOf(t, planner, { search: 'S-', status: 'completed' })).total).toBe(2);
    expect((await logbook(a.id)).map((entry) => entry.event)).toContain('project.status_changed');
  });

  it("changes nothing when one of the ids is another organisation's (404)", async () => {
    const ours = await aProject(t, planner, { number: 'S-3' });
    const other = await aPlanner(t);
    const theirs = await aProject(t, other, { number: 'S-4' });
    const response = await send(t, 'POST', '/api/projects/status', planner.cookie, {
      ids: [ours.id, theirs.id],
      status: 'cancelled',
    });
    expect(response.statusCode).toBe(404);
    expect((await listOf(t, planner, { search: 'S-3' })).items).toEqual([
      expect.objectContaining({ status: 'new' }),
    ]);
    const bad = await send(t, 'POST', '/api/projects/status', planner.cookie, { ids: [], status: 'new' });
    expect(bad.statusCode).toBe(422);
  });
});

describe('access', () => {
  it("answers 404 for another organisation's project and 403 for a field worker", async () => {
    const other = await aPlanner(t);
    const theirs = await aProject(t, other, { number: 'X-1' });
    expect((await patch(theirs.id, { description: 'Overgenomen' })).statusCode).toBe(404);
    expect((await send(t, 'DELETE', `/api/projects/${theirs.id}`, planner.cookie)).statusCode).toBe(404);
    const org = { organisationId: planner.organisationId, regionIds: [planner.regionId] };
    const worker = await logIn(
      t.app,
      await aTestUser(t.database.db, org, { rights: ['fieldWorker'], regionIds: [planner.regionId] }),
    );
    const ours = await aProject(t, planner, { number: 'X-2' });
    expect((await patch(ours.id, { description: 'Veld' }, worker)).statusCode).toBe(403);
  });
});
