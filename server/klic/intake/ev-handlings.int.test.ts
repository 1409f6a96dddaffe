import { buffer } from 'node:stream/consumers';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { klicEvHandling } from '../../infra/db/schema/index.ts';
import { createTestApp, type TestApp } from '../../infra/testing/test-app.ts';
import { generateDelivery } from '../generator/generate-delivery.ts';
import { aPlanner, uploadAndProcess } from './testing/klic-intake-testkit.ts';

// Every operator demanding an eisVoorzorgsmaatregel gets an open EV handling when its delivery is stored.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const delivery = (volgnummer: number, complete: boolean) =>
  buffer(
    generateDelivery({
      meldnummer: '26G0004401',
      volgnummer,
      complete,
      operators: 4,
      evOperators: 2,
      cablesPerOperator: 2,
    }),
  );

const handlingsOf = (meldingId: string) =>
  t.database.db
    .select({
      bronhoudercode: klicEvHandling.bronhoudercode,
      status: klicEvHandling.status,
      notes: klicEvHandling.notes,
    })
    .from(klicEvHandling)
    .where(eq(klicEvHandling.meldingId, meldingId))
    .orderBy(klicEvHandling.bronhoudercode);

describe('EV handlings of a stored delivery', () => {
  it('opens one per operator with an EV, and a later volgnummer keeps what the planner wrote', async () => {
    const planner = await aPlanner(t);
    const first = await uploadAndProcess(t, planner, 'Levering_26G0004401_1.zip', await delivery(1, false));
    expect(first).toMatchObject({ status: 'done', outcome: 'delivery' });

    const opened = await handlingsOf(first.meldingId);
    expect(opened).toHaveLength(2);
    expect(opened.every((each) => each.status === 'open')).toBe(true);

    const handled = opened[0]?.bronhoudercode as string;
    await t.database.db
      .update(klicEvHandling)
      .set({ status: 'handled', notes: 'Met de netbeheerder afgesproken' })
      .where(and(eq(klicEvHandling.meldingId, first.meldingId), eq(klicEvHandling.bronhoudercode, handled)));

    const second = await uploadAndProcess(t, planner, 'Levering_26G0004401_2.zip', await delivery(2, true));
    expect(second).toMatchObject({ status: 'done', outcome: 'delivery', meldingId: first.meldingId });
    const after = await handlingsOf(first.meldingId);
    expect(after).toHaveLength(2);
    expect(after.find((each) => each.bronhoudercode === handled)).toEqual({
      bronhoudercode: handled,
      status: 'handled',
      notes: 'Met de netbeheerder afgesproken',
    });
  });
});
