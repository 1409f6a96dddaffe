import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { klicSample, klicSampleFiles } from '../../infra/testing/klic-samples.ts';
import { createTestApp, type TestApp } from '../../infra/testing/test-app.ts';
import {
  aPlanner,
  compleet,
  meldingenOf,
  sampleVariant,
  storedState,
  uploadAndProcess,
  volgnummer,
} from './testing/klic-intake-testkit.ts';

// A melding arrives in parts: the Kadaster's deellevering 1, then complete levering 2 of the same meldnummer.

let t: TestApp;
let partial: Buffer;
let complete: Buffer;

beforeAll(async () => {
  t = await createTestApp();
  partial = await readFile(klicSample(klicSampleFiles.orientatiePartial));
  complete = await sampleVariant(klicSampleFiles.orientatiePartial, [volgnummer(2), compleet(true)]);
});
afterAll(() => t.close());

describe('a later volgnummer of the same melding', () => {
  it('becomes the current version, keeps the older one, and turns the melding from partial to complete', async () => {
    const planner = await aPlanner(t);

    const first = await uploadAndProcess(t, planner, 'Levering_22O0005081_1.zip', partial);
    expect(first).toMatchObject({
      status: 'done',
      outcome: 'delivery',
      meldnummer: '22O0005081',
      volgnummer: 1,
    });
    expect(await meldingenOf(t, planner)).toEqual([
      expect.objectContaining({ meldnummer: '22O0005081', state: 'partial', volgnummer: 1 }),
    ]);

    const second = await uploadAndProcess(t, planner, 'Levering_22O0005081_2.zip', complete);
    expect(second).toMatchObject({
      status: 'done',
      outcome: 'delivery',
      meldnummer: '22O0005081',
      volgnummer: 2,
    });
    expect(second.meldingId).toBe(first.meldingId);
    expect(await meldingenOf(t, planner)).toEqual([
      expect.objectContaining({ meldnummer: '22O0005081', state: 'complete', volgnummer: 2 }),
    ]);

    const stored = await storedState(t, planner.organisationId);
    expect(stored.meldingen).toHaveLength(1);
    const byVolgnummer = stored.deliveries.sort((a, b) => a.volgnummer - b.volgnummer);
    expect(byVolgnummer.map(({ volgnummer, complete }) => ({ volgnummer, complete }))).toEqual([
      { volgnummer: 1, complete: false },
      { volgnummer: 2, complete: true },
    ]);
    expect(stored.meldingen[0]?.currentDeliveryId).toBe(byVolgnummer[1]?.id);
    // Both original ZIPs stay in the blob store.
    for (const delivery of byVolgnummer) {
      expect(stored.files).toContain(delivery.zipBlobKey.slice(planner.organisationId.length + 1));
    }
  });

  it('keeps the newest current when an older volgnummer comes in after it', async () => {
    const planner = await aPlanner(t);
    await uploadAndProcess(t, planner, 'Levering_22O0005081_2.zip', complete);
    const late = await uploadAndProcess(t, planner, 'Levering_22O0005081_1.zip', partial);
    expect(late).toMatchObject({ status: 'done', outcome: 'delivery', volgnummer: 1 });

    expect(await meldingenOf(t, planner)).toEqual([
      expect.objectContaining({ meldnummer: '22O0005081', state: 'complete', volgnummer: 2 }),
    ]);
    expect((await storedState(t, planner.organisationId)).deliveries).toHaveLength(2);
  });

  it('recognises the same volgnummer again as a duplicate and stores nothing more', async () => {
    const planner = await aPlanner(t);
    await uploadAndProcess(t, planner, 'Levering_22O0005081_2.zip', complete);
    const before = await storedState(t, planner.organisationId);
    const again = await uploadAndProcess(t, planner, 'nogmaals.zip', complete);
    expect(again).toMatchObject({ status: 'done', outcome: 'duplicate', volgnummer: 2 });
    const after = await storedState(t, planner.organisationId);
    expect(after.deliveries).toEqual(before.deliveries);
    // The duplicate's uploaded copy is not kept beside the stored one.
    expect(after.files).toEqual(before.files);
  });
});
