import { readFile } from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { klicMelding } from '../../infra/db/schema/index.ts';
import { klicSample, klicSampleFiles } from '../../infra/testing/klic-samples.ts';
import { createTestApp, type TestApp } from '../../infra/testing/test-app.ts';
import { aPlanner, uploadAndProcess } from './testing/klic-intake-testkit.ts';

// The Verloopdatum: 20 working days after the melding date, on the organisation's calendar.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const datesOf = async (meldingId: string) => {
  const [row] = await t.database.db
    .select({ meldingDate: klicMelding.meldingDate, expiresOn: klicMelding.expiresOn })
    .from(klicMelding)
    .where(eq(klicMelding.id, meldingId));
  return row;
};

describe('the melding date and Verloopdatum of a stored delivery', () => {
  it('counts 20 working days from the aanvraag date (Friday 18 November 2022 → Friday 16 December 2022)', async () => {
    const planner = await aPlanner(t);
    const zip = await readFile(klicSample(klicSampleFiles.graafmeldingComplete));
    const intake = await uploadAndProcess(t, planner, 'Levering_22G0027001_1.zip', zip);

    expect(intake).toMatchObject({ status: 'done', outcome: 'delivery' });
    expect(await datesOf(intake.meldingId)).toEqual({ meldingDate: '2022-11-18', expiresOn: '2022-12-16' });
  });

  it('gives a melding known only from its receipt the receipt date, and the delivery keeps the aanvraag date', async () => {
    const planner = await aPlanner(t);
    const receipt = await readFile(klicSample(klicSampleFiles.receiptMail));
    const registered = await uploadAndProcess(t, planner, 'ontvangstbevestiging.msg', receipt);
    expect(registered).toMatchObject({ status: 'done', outcome: 'receipt' });
    expect(await datesOf(registered.meldingId)).toEqual({
      meldingDate: '2022-11-18',
      expiresOn: '2022-12-16',
    });

    const zip = await readFile(klicSample(klicSampleFiles.graafmeldingComplete));
    const delivered = await uploadAndProcess(t, planner, 'Levering_22G0027001_1.zip', zip);
    expect(delivered.meldingId).toBe(registered.meldingId);
    expect(await datesOf(delivered.meldingId)).toEqual({
      meldingDate: '2022-11-18',
      expiresOn: '2022-12-16',
    });
  });
});
