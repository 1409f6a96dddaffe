import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { klicSample, klicSampleFiles } from '../../infra/testing/klic-samples.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';
import {
  aPlanner,
  meldingenOf,
  type PlannerSession,
  referentie,
  sampleVariant,
  uploadAndProcess,
} from '../intake/testing/klic-intake-testkit.ts';

// Linking KLIC-meldingen to projects: by their referentie, by hand, and when the project is created later.

let t: TestApp;
let forPrj1Fase2: Buffer;

beforeAll(async () => {
  t = await createTestApp();
  forPrj1Fase2 = await sampleVariant(klicSampleFiles.orientatieSmall, [referentie('PRJ-1;Fase 2')]);
});
afterAll(() => t.close());

const send = (method: 'POST' | 'PUT', url: string, planner: PlannerSession, payload: object) =>
  t.app.inject({ method, url, headers: { cookie: planner.cookie, origin: testPublicUrl }, payload });

async function aProject(planner: PlannerSession, number: string) {
  const response = await send('POST', '/api/projects', planner, {
    number,
    description: `Project ${number}`,
    regionId: planner.regionId,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; number: string; linkedKlics: number };
}

const moveTo = (planner: PlannerSession, meldingId: string, projectId: string | null, subProject?: string) =>
  send('PUT', `/api/klic/meldingen/${meldingId}/project`, planner, { projectId, subProject });

describe('linking by referentie', () => {
  it("links 'PRJ-1;Fase 2' to project PRJ-1 with sub-project 'Fase 2'", async () => {
    const planner = await aPlanner(t);
    const project = await aProject(planner, 'PRJ-1');
    await aProject(planner, 'PRJ-10');

    const intake = await uploadAndProcess(t, planner, 'Levering_22O000518_1.zip', forPrj1Fase2);
    expect(intake).toMatchObject({ status: 'done', outcome: 'delivery', projectNumber: 'PRJ-1' });
    expect(await meldingenOf(t, planner)).toEqual([
      expect.objectContaining({
        meldnummer: '22O000518',
        referentie: 'PRJ-1;Fase 2',
        projectId: project.id,
        projectNumber: 'PRJ-1',
        subProject: 'Fase 2',
      }),
    ]);
    const unlinked = await t.app.inject({
      method: 'GET',
      url: '/api/klic/meldingen?filter=unlinked',
      headers: { cookie: planner.cookie },
    });
    expect(unlinked.json().meldingen).toEqual([]);
  });

  it('leaves a melding without a matching project unlinked, and links it once the project is created', async () => {
    const planner = await aPlanner(t);
    const graafmelding = await readFile(klicSample(klicSampleFiles.graafmeldingComplete));
    const [waiting, other] = await Promise.all([
      sampleVariant(klicSampleFiles.orientatieSmall, [referentie('PRJ-2 ; Fase 3')]),
      sampleVariant(klicSampleFiles.orientatiePartial, [referentie('PRJ-20')]),
    ]);
    for (const [name, zip] of [
      ['a.zip', waiting],
      ['b.zip', other],
      ['c.zip', graafmelding],
    ] as const) {
      expect(await uploadAndProcess(t, planner, name, zip)).toMatchObject({
        outcome: 'delivery',
        projectNumber: null,
      });
    }
    expect((await meldingenOf(t, planner)).every((melding) => melding.projectId === null)).toBe(true);

    // A project of the same number in another organisation links nothing of ours.
    await aProject(await aPlanner(t), 'PRJ-2');
    const project = await aProject(planner, 'PRJ-2');
    expect(project.linkedKlics).toBe(1);
    const meldingen = await meldingenOf(t, planner);
    expect(meldingen.find((melding) => melding.meldnummer === '22O000518')).toMatchObject({
      projectNumber: 'PRJ-2',
      subProject: 'Fase 3',
    });
    expect(
      meldingen
        .filter((melding) => melding.projectId === null)
        .map((m) => m.referentie)
        .sort(),
    ).toEqual(['Graafmelding', 'PRJ-20']);
  });
});

describe('moving a melding by hand', () => {
  it('moves it to another project with a sub-project, and unlinks it again', async () => {
    const planner = await aPlanner(t);
    await aProject(planner, 'PRJ-1');
    const target = await aProject(planner, 'PRJ-7');
    const { meldingId } = await uploadAndProcess(t, planner, 'levering.zip', forPrj1Fase2);

    const moved = await moveTo(planner, meldingId, target.id, '  Fase 4 ');
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().melding).toMatchObject({
      projectId: target.id,
      projectNumber: 'PRJ-7',
      subProject: 'Fase 4',
    });
    expect(await meldingenOf(t, planner)).toEqual([expect.objectContaining({ projectNumber: 'PRJ-7' })]);

    const unlinked = await moveTo(planner, meldingId, null, 'Fase 4');
    expect(unlinked.json().melding).toMatchObject({ projectId: null, projectNumber: null, subProject: null });
  });

  it('refuses a project of another organisation with 422 and leaves the melding where it was', async () => {
    const planner = await aPlanner(t);
    const ours = await aProject(planner, 'PRJ-1');
    const theirs = await aProject(await aPlanner(t), 'PRJ-9');
    const { meldingId } = await uploadAndProcess(t, planner, 'levering.zip', forPrj1Fase2);

    const response = await moveTo(planner, meldingId, theirs.id);
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { projectId: 'not_found' },
    });
    expect(await meldingenOf(t, planner)).toEqual([
      expect.objectContaining({ projectId: ours.id, subProject: 'Fase 2' }),
    ]);
  });

  it('answers 404 for a melding that does not exist or is not ours', async () => {
    const planner = await aPlanner(t);
    const project = await aProject(planner, 'PRJ-1');
    expect((await moveTo(planner, randomUUID(), project.id)).statusCode).toBe(404);

    const { meldingId } = await uploadAndProcess(t, planner, 'levering.zip', forPrj1Fase2);
    const outsider = await aPlanner(t);
    const response = await moveTo(outsider, meldingId, null);
    expect(response.statusCode).toBe(404);
    expect(await meldingenOf(t, planner)).toEqual([expect.objectContaining({ projectId: project.id })]);
  });
});
