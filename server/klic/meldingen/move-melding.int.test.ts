import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { klicSampleFiles } from '../../infra/testing/klic-samples.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';
import {
  aPlanner,
  meldingenOf,
  referentie,
  sampleVariant,
  uploadAndProcess,
  volgnummer,
} from '../intake/testing/klic-intake-testkit.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('a KLIC unlinked by hand', () => {
  it('stays unlinked when its next delivery arrives, although its reference names a project', async () => {
    const planner = await aPlanner(t);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/projects',
      headers: { cookie: planner.cookie, origin: testPublicUrl },
      payload: { number: 'HAND-1', description: 'Handmatig', regionId: planner.regionId },
    });
    expect(created.statusCode).toBe(201);
    const first = await sampleVariant(klicSampleFiles.orientatieSmall, [referentie('HAND-1')]);
    await uploadAndProcess(t, planner, 'Levering_22O000518_1.zip', first);
    const [linked] = await meldingenOf(t, planner);
    expect(linked).toMatchObject({ projectNumber: 'HAND-1' });

    const unlink = await t.app.inject({
      method: 'PUT',
      url: `/api/klic/meldingen/${linked?.id}/project`,
      headers: { cookie: planner.cookie, origin: testPublicUrl },
      payload: { projectId: null, subProject: null },
    });
    expect(unlink.statusCode).toBe(200);

    const second = await sampleVariant(klicSampleFiles.orientatieSmall, [
      referentie('HAND-1'),
      volgnummer(2),
    ]);
    const intake = await uploadAndProcess(t, planner, 'Levering_22O000518_2.zip', second);
    expect(intake).toMatchObject({ status: 'done', outcome: 'delivery', volgnummer: 2, projectNumber: null });
    const [after] = await meldingenOf(t, planner);
    expect(after).toMatchObject({ projectId: null, volgnummer: 2 });
  });
});
