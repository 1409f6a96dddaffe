import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, klicMelding, project, userProfile } from '../infra/db/schema/index.ts';
import { aTestOrganisation, aTestUser, logIn } from '../infra/testing/factories.ts';
import { createTestApp, type TestApp } from '../infra/testing/test-app.ts';
import { aPlanner, type PlannerSession } from '../klic/intake/testing/klic-intake-testkit.ts';
import { aFieldWorker, meldnummersOf } from './testing/field-worker-testkit.ts';
import { aProject, send, waitingMeldingen } from './testing/project-testkit.ts';

let t: TestApp;
let planner: PlannerSession;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const unique = () => `FW-${randomUUID().slice(0, 8)}`;
const detail = (id: string) => send(t, 'GET', `/api/projects/${id}`, planner.cookie);
const klicsOfProject = async (id: string) =>
  (await t.database.db.select().from(klicMelding).where(eq(klicMelding.projectId, id)))
    .map((row) => row.meldnummer)
    .sort();

describe("a project's field workers", () => {
  beforeAll(async () => {
    planner = await aPlanner(t);
  });

  it('are stored when the project is added, and get the KLICs that were waiting for it', async () => {
    const anna = await aFieldWorker(t, planner, 'Anna Akkerman');
    const number = unique();
    await waitingMeldingen(t, planner.organisationId, `${number};Fase 1`, 2);
    const created = await aProject(t, planner, { number, fieldWorkerIds: [anna] });
    expect(created).toMatchObject({
      linkedKlics: 2,
      fieldWorkers: [{ userId: anna, name: 'Anna Akkerman' }],
    });
    const shown = await detail(created.id);
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toMatchObject({ number, klics: 2, fieldWorkers: [{ userId: anna }] });
    expect(await meldnummersOf(t, anna)).toEqual(await klicsOfProject(created.id));
  });

  it('added later get every KLIC of the project; removed ones lose them, and the logbook says so', async () => {
    const bert = await aFieldWorker(t, planner, 'Bert Bouwman');
    const carla = await aFieldWorker(t, planner, 'Carla Claassen');
    const number = unique();
    await waitingMeldingen(t, planner.organisationId, number, 3);
    const created = await aProject(t, planner, { number });
    const add = await send(t, 'PATCH', `/api/projects/${created.id}`, planner.cookie, {
      fieldWorkerIds: [bert, carla],
    });
    expect(add.statusCode, add.body).toBe(200);
    expect(add.json().fieldWorkers.map((w: { name: string }) => w.name)).toEqual([
      'Bert Bouwman',
      'Carla Claassen',
    ]);
    expect(await meldnummersOf(t, bert)).toHaveLength(3);
    expect(await meldnummersOf(t, carla)).toHaveLength(3);

    const remove = await send(t, 'PATCH', `/api/projects/${created.id}`, planner.cookie, {
      fieldWorkerIds: [carla],
    });
    expect(remove.statusCode).toBe(200);
    expect(await meldnummersOf(t, bert)).toEqual([]);
    expect(await meldnummersOf(t, carla)).toHaveLength(3);

    const logbook = await send(t, 'GET', `/api/projects/${created.id}/logbook`, planner.cookie);
    expect(logbook.statusCode).toBe(200);
    expect(logbook.json().total).toBe(3);
    expect(logbook.json().items[0]).toMatchObject({
      event: 'project.updated',
      before: { fieldWorkers: ['Bert Bouwman', 'Carla Claassen'] },
      after: { fieldWorkers: ['Carla Claassen'] },
    });
    expect(logbook.json().items[2]).toMatchObject({ event: 'project.created' });
  });

  it('leaves the field workers as they are when an edit does not name them', async () => {
    const dirk = await aFieldWorker(t, planner, 'Dirk Dekker');
    const created = await aProject(t, planner, { number: unique(), fieldWorkerIds: [dirk] });
    const edit = await send(t, 'PATCH', `/api/projects/${created.id}`, planner.cookie, {
      description: 'Alleen de omschrijving',
    });
    expect(edit.json().fieldWorkers).toEqual([{ userId: dirk, name: 'Dirk Dekker' }]);
    const [last] = (await send(t, 'GET', `/api/projects/${created.id}/logbook`, planner.cookie)).json().items;
    expect(last.after).toEqual({ description: 'Alleen de omschrijving' });
  });

  it('refuses anyone who is not an active field worker of the organisation, and stores nothing', async () => {
    const outsiderOrg = await aTestOrganisation(t.database.db);
    const outsider = await aTestUser(t.database.db, outsiderOrg, { rights: ['fieldWorker'] });
    const org = { organisationId: planner.organisationId, regionIds: [planner.regionId] };
    const colleague = await aTestUser(t.database.db, org, { rights: ['workPlanner'] });
    const removed = await aFieldWorker(t, planner, 'Eva Ex');
    await t.database.db
      .update(userProfile)
      .set({ removedAt: new Date() })
      .where(eq(userProfile.userId, removed));
    const number = unique();
    for (const ids of [[outsider.userId], [colleague.userId], [removed], ['no-such-user']]) {
      const response = await send(t, 'POST', '/api/projects', planner.cookie, {
        number,
        regionId: planner.regionId,
        fieldWorkerIds: ids,
      });
      expect(response.statusCode, JSON.stringify(ids)).toBe(422);
      expect(response.json().error.fields).toEqual({ fieldWorkerIds: 'not_a_field_worker' });
    }
    for (const bad of ['x', [''], ['a'.repeat(101)], Array.from({ length: 501 }, (_, i) => `u${i}`)]) {
      const response = await send(t, 'POST', '/api/projects', planner.cookie, {
        number,
        regionId: planner.regionId,
        fieldWorkerIds: bad,
      });
      expect(response.statusCode).toBe(422);
    }
    const stored = await t.database.db.select().from(project).where(eq(project.number, number));
    expect(stored).toEqual([]);
    const entries = await t.database.db.select().from(auditLog).where(eq(auditLog.entityLabel, number));
    expect(entries).toEqual([]);
  });

  it('keeps the old field workers when an edit names an unknown one', async () => {
    const fien = await aFieldWorker(t, planner, 'Fien Fokker');
    const created = await aProject(t, planner, { number: unique(), fieldWorkerIds: [fien] });
    const edit = await send(t, 'PATCH', `/api/projects/${created.id}`, planner.cookie, {
      description: 'Nieuw',
      fieldWorkerIds: [fien, randomUUID()],
    });
    expect(edit.statusCode).toBe(422);
    expect((await detail(created.id)).json()).toMatchObject({
      description: '',
      fieldWorkers: [{ userId: fien }],
    });
  });
});

describe('choosing field workers', () => {
  it("lists only the organisation's active field workers, with their regions", async () => {
    const own = await aPlanner(t);
    const gijs = await aFieldWorker(t, own, 'Gijs Groen');
    const org = { organisationId: own.organisationId, regionIds: [own.regionId] };
    await aTestUser(t.database.db, org, { rights: ['workPlanner'], name: 'Henk Planner' });
    await aFieldWorker(t, await aPlanner(t), 'Ilse Elders');
    const response = await send(t, 'GET', '/api/projects/field-workers', own.cookie);
    expect(response.statusCode).toBe(200);
    expect(response.json().fieldWorkers).toEqual([
      { userId: gijs, name: 'Gijs Groen', regions: [{ id: own.regionId, name: expect.any(String) }] },
    ]);
  });
});

describe('reading a project', () => {
  it('answers 404 for a project of another organisation or an unknown one, 403 without the right', async () => {
    const own = await aPlanner(t);
    const theirs = await aProject(t, await aPlanner(t), { number: unique() });
    for (const url of [`/api/projects/${theirs.id}`, `/api/projects/${theirs.id}/logbook`]) {
      expect((await send(t, 'GET', url, own.cookie)).statusCode, url).toBe(404);
    }
    expect((await send(t, 'GET', `/api/projects/${randomUUID()}`, own.cookie)).statusCode).toBe(404);
    const org = { organisationId: own.organisationId, regionIds: [own.regionId] };
    const worker = await logIn(t.app, await aTestUser(t.database.db, org, { rights: ['fieldWorker'] }));
    expect((await send(t, 'GET', '/api/projects/field-workers', worker)).statusCode).toBe(403);
  });

  it('pages the logbook newest first', async () => {
    const own = await aPlanner(t);
    const created = await aProject(t, own, { number: unique() });
    for (const description of ['een', 'twee', 'drie'])
      await send(t, 'PATCH', `/api/projects/${created.id}`, own.cookie, { description });
    const page = await send(t, 'GET', `/api/projects/${created.id}/logbook?page=2&pageSize=2`, own.cookie);
    expect(page.json().total).toBe(4);
    expect(page.json().items.map((e: { after: object }) => e.after)).toEqual([
      { description: 'een' },
      expect.objectContaining({ number: created.number }),
    ]);
    const bad = await send(t, 'GET', `/api/projects/${created.id}/logbook?pageSize=1000`, own.cookie);
    expect(bad.statusCode).toBe(422);
  });
});
