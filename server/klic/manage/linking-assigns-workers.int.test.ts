import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { klicSampleFiles } from '../../infra/testing/klic-samples.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';
import { aFieldWorker, meldnummersOf } from '../../projects/testing/field-worker-testkit.ts';
import { aProject, send, waitingMeldingen } from '../../projects/testing/project-testkit.ts';
import {
  aPlanner,
  meldingenOf,
  referentie,
  sampleVariant,
  upload,
  uploadAndProcess,
} from '../intake/testing/klic-intake-testkit.ts';
import { kadasterReceipt, noticeFacts, receiptHtml, receiptSubject } from '../mail/kadaster-test-mails.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("a KLIC linked to a project goes to the project's field workers", () => {
  it('when its receipt names the project', async () => {
    const planner = await aPlanner(t);
    const worker = await aFieldWorker(t, planner, 'Ria Receipt');
    await aProject(t, planner, { number: 'ONT-1', fieldWorkerIds: [worker] });
    const facts = { ...noticeFacts, meldnummer: '22O000518', referentie: 'ONT-1;Straat' };
    const mail = await kadasterReceipt({ subject: receiptSubject(facts), html: receiptHtml(facts) });
    expect((await upload(t, planner.cookie, 'ontvangst.eml', mail)).statusCode).toBe(202);
    await t.klic.runQueuedIntakes();
    expect(await meldnummersOf(t, worker)).toEqual(['22O000518']);
  });

  it('when its delivery names the project, and the KLIC shows on Klics beheren with its delivery', async () => {
    const planner = await aPlanner(t);
    const worker = await aFieldWorker(t, planner, 'Lars Levering');
    const created = await aProject(t, planner, { number: 'LEV-1', fieldWorkerIds: [worker] });
    const zip = await sampleVariant(klicSampleFiles.orientatieSmall, [referentie('LEV-1;Fase 2')]);
    const intake = await uploadAndProcess(t, planner, 'Levering_22O000518_1.zip', zip);
    expect(intake).toMatchObject({ outcome: 'delivery', projectNumber: 'LEV-1' });
    expect(await meldnummersOf(t, worker)).toEqual(['22O000518']);

    const response = await send(t, 'GET', `/api/projects/${created.id}/klics`, planner.cookie);
    expect(response.statusCode).toBe(200);
    const [row] = response.json().klics;
    expect(response.json().project).toEqual({ id: created.id, number: 'LEV-1' });
    expect(row).toMatchObject({
      meldnummer: '22O000518',
      subProject: 'Fase 2',
      volgnummer: 1,
      currentDeliveryId: expect.any(String),
      receivedAt: expect.any(String),
      fieldWorkers: [{ userId: worker, name: 'Lars Levering', removedFromDevice: false }],
      toelichting: '',
      extraField: '',
      hasReceipt: false,
    });
    expect(row.state).not.toBe('requested');
  });

  it('when a planner links it by hand', async () => {
    const planner = await aPlanner(t);
    const worker = await aFieldWorker(t, planner, 'Henk Hand');
    await waitingMeldingen(t, planner.organisationId, 'NIEMAND', 1);
    const created = await aProject(t, planner, { number: 'HAND-2', fieldWorkerIds: [worker] });
    const [melding] = await meldingenOf(t, planner);
    const moved = await t.app.inject({
      method: 'PUT',
      url: `/api/klic/meldingen/${melding?.id}/project`,
      headers: { cookie: planner.cookie, origin: testPublicUrl },
      payload: { projectId: created.id, subProject: null },
    });
    expect(moved.statusCode).toBe(200);
    expect(await meldnummersOf(t, worker)).toEqual([melding?.meldnummer]);
  });

  it('and a KLIC moved to another project or unlinked leaves the old project’s workers, not its own', async () => {
    const planner = await aPlanner(t);
    const [first, both, own] = [
      await aFieldWorker(t, planner, 'Fenna Eerste'),
      await aFieldWorker(t, planner, 'Bas Beide'),
      await aFieldWorker(t, planner, 'Olga Eigen'),
    ];
    await waitingMeldingen(t, planner.organisationId, 'NIEMAND', 1);
    const from = await aProject(t, planner, { number: 'VAN-1', fieldWorkerIds: [first, both] });
    const to = await aProject(t, planner, { number: 'NAAR-1', fieldWorkerIds: [both] });
    const [melding] = await meldingenOf(t, planner);
    const move = (projectId: string | null) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/klic/meldingen/${melding?.id}/project`,
        headers: { cookie: planner.cookie, origin: testPublicUrl },
        payload: { projectId, subProject: null },
      });
    expect((await move(from.id)).statusCode).toBe(200);
    const assigned = await t.app.inject({
      method: 'POST',
      url: '/api/klic/meldingen/field-workers',
      headers: { cookie: planner.cookie, origin: testPublicUrl },
      payload: { meldingIds: [melding?.id], userIds: [own], action: 'assign' },
    });
    expect(assigned.statusCode).toBe(200);

    expect((await move(to.id)).statusCode).toBe(200);
    expect(await meldnummersOf(t, first)).toEqual([]);
    expect(await meldnummersOf(t, both)).toEqual([melding?.meldnummer]);
    expect(await meldnummersOf(t, own)).toEqual([melding?.meldnummer]);

    expect((await move(null)).statusCode).toBe(200);
    expect(await meldnummersOf(t, both)).toEqual([]);
    expect(await meldnummersOf(t, own)).toEqual([melding?.meldnummer]);
  });
});
