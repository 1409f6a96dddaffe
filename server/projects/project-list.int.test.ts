import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aTestOrganisation, aTestUser, logIn } from '../infra/testing/factories.ts';
import { createTestApp, type TestApp } from '../infra/testing/test-app.ts';
import { aPlanner, type PlannerSession } from '../klic/intake/testing/klic-intake-testkit.ts';
import { aProject, listOf, send, waitingMeldingen } from './testing/project-testkit.ts';

let t: TestApp;
let planner: PlannerSession;

beforeAll(async () => {
  t = await createTestApp();
  planner = await aPlanner(t);
  await waitingMeldingen(t, planner.organisationId, 'A-2', 2);
  await aProject(t, planner, { number: 'A-1', description: 'Glasvezel Kerkstraat', startDate: '2026-03-01' });
  await aProject(t, planner, { number: 'A-2', description: 'Riolering Dorpsplein', status: 'inExecution' });
  await aProject(t, planner, { number: 'A-3', description: 'Kabel Kerkweg', status: 'completed' });
  await aProject(t, planner, { number: 'B-1', description: '100% zeker_niet', status: 'cancelled' });
});
afterAll(() => t.close());

const numbers = (list: { items: Array<Record<string, unknown>> }) => list.items.map((item) => item.number);

describe('the project list of a region', () => {
  it('shows the open projects (Nieuw & Uitvoering) by default, with the columns and the KLIC count', async () => {
    const list = await listOf(t, planner);
    expect(list.total).toBe(2);
    expect(list.items).toEqual([
      expect.objectContaining({
        number: 'A-1',
        description: 'Glasvezel Kerkstraat',
        status: 'new',
        startDate: '2026-03-01',
        klicValidityOverride: false,
        klics: 0,
      }),
      expect.objectContaining({ number: 'A-2', status: 'inExecution', startDate: null, klics: 2 }),
    ]);
    expect(new Date(list.items[0]?.updatedAt as string).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('filters on all statuses or one', async () => {
    expect(numbers(await listOf(t, planner, { status: 'all' }))).toEqual(['A-1', 'A-2', 'A-3', 'B-1']);
    expect(numbers(await listOf(t, planner, { status: 'completed' }))).toEqual(['A-3']);
  });

  it('searches number and description case-insensitively, wildcards taken literally', async () => {
    expect(numbers(await listOf(t, planner, { status: 'all', search: 'kerk' }))).toEqual(['A-1', 'A-3']);
    expect(numbers(await listOf(t, planner, { status: 'all', search: 'b-' }))).toEqual(['B-1']);
    expect(numbers(await listOf(t, planner, { status: 'all', search: '%' }))).toEqual(['B-1']);
    expect(numbers(await listOf(t, planner, { status: 'all', search: 'o_' }))).toEqual([]);
  });

  it('sorts by each column both ways and pages', async () => {
    const klicsFirst = await listOf(t, planner, { status: 'all', sort: 'klics', direction: 'desc' });
    expect(numbers(klicsFirst)[0]).toBe('A-2');
    const byDescription = await listOf(t, planner, { status: 'all', sort: 'description' });
    expect(numbers(byDescription)).toEqual(['B-1', 'A-1', 'A-3', 'A-2']);
    const page2 = await listOf(t, planner, {
      status: 'all',
      sort: 'number',
      direction: 'desc',
      page: '2',
      pageSize: '3',
    });
    expect(page2).toMatchObject({ total: 4 });
    expect(numbers(page2)).toEqual(['A-1']);
    for (const sort of ['status', 'startDate', 'updatedAt'])
      expect((await listOf(t, planner, { status: 'all', sort })).total).toBe(4);
  });

  it('pages search hits sorted by their KLIC count', async () => {
    const query = { status: 'all', search: 'a-', sort: 'klics', direction: 'desc', pageSize: '1' } as const;
    const first = await listOf(t, planner, { ...query, page: '1' });
    const second = await listOf(t, planner, { ...query, page: '2' });
    expect(first.total).toBe(3);
    expect(first.items).toEqual([expect.objectContaining({ number: 'A-2', klics: 2 })]);
    expect(second.items).toEqual([expect.objectContaining({ klics: 0 })]);
    expect(['A-1', 'A-3']).toContain(second.items[0]?.number);
  });

  it('keeps regions apart: another region of the organisation has its own list', async () => {
    const org = { organisationId: planner.organisationId, regionIds: [] };
    const other = await aTestOrganisation(t.database.db);
    expect(other.regionIds).toHaveLength(2);
    const admin = await logIn(
      t.app,
      await aTestUser(t.database.db, { ...org, regionIds: [] }, { rights: ['userAdmin', 'workPlanner'] }),
    );
    const regions = (await send(t, 'GET', '/api/regions', admin)).json().items as Array<{ id: string }>;
    const otherRegion = regions.find((region) => region.id !== planner.regionId)?.id as string;
    const list = await send(t, 'GET', `/api/projects?regionId=${otherRegion}`, admin);
    expect(list.json()).toEqual({ items: [], total: 0 });
    // The planner is not assigned there: for them that region does not exist.
    expect((await send(t, 'GET', `/api/projects?regionId=${otherRegion}`, planner.cookie)).statusCode).toBe(
      404,
    );
    expect((await send(t, 'GET', `/api/projects?regionId=${other.regionIds[0]}`, admin)).statusCode).toBe(
      404,
    );
  });

  it('refuses bad and huge input with 422', async () => {
    for (const query of [
      '',
      `regionId=${planner.regionId}&pageSize=101`,
      `regionId=${planner.regionId}&page=0`,
      `regionId=${planner.regionId}&sort=organisationId`,
      `regionId=${planner.regionId}&status=gone`,
      `regionId=${planner.regionId}&search=${'x'.repeat(101)}`,
    ])
      expect((await send(t, 'GET', `/api/projects?${query}`, planner.cookie)).statusCode, query).toBe(422);
  });

  it('offers projects of the whole organisation to choose from when moving a KLIC', async () => {
    const options = await send(t, 'GET', '/api/projects/options?search=dorp', planner.cookie);
    expect(options.json()).toEqual({
      projects: [{ id: expect.any(String), number: 'A-2', description: 'Riolering Dorpsplein' }],
    });
  });

  it('is for work planners only (403 for a field worker)', async () => {
    const org = { organisationId: planner.organisationId, regionIds: [planner.regionId] };
    const worker = await logIn(
      t.app,
      await aTestUser(t.database.db, org, { rights: ['fieldWorker'], regionIds: [planner.regionId] }),
    );
    expect((await send(t, 'GET', `/api/projects?regionId=${planner.regionId}`, worker)).statusCode).toBe(403);
  });
});
