import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { klicIntake } from '../../infra/db/schema/index.ts';
import { klicSample, klicSampleFiles } from '../../infra/testing/klic-samples.ts';
import { createTestApp, type TestApp } from '../../infra/testing/test-app.ts';
import { composeMail, kadasterSender, receiptHtml } from '../mail/kadaster-test-mails.ts';
import { processIntake } from './process-intake.ts';
import {
  aPlanner,
  filesUnder,
  getJson,
  meldingenOf,
  uploadAndProcess,
} from './testing/klic-intake-testkit.ts';

// Work that is done twice (a job retried after its commit) or out of order (a receipt after its delivery).

let t: TestApp;
let zip: Buffer;

beforeAll(async () => {
  t = await createTestApp();
  zip = await readFile(klicSample(klicSampleFiles.orientatieSmall));
});
afterAll(() => t.close());

describe('an intake run twice', () => {
  it('keeps the delivery and its original ZIP when the job runs again after it committed', async () => {
    const planner = await aPlanner(t);
    const first = await uploadAndProcess(t, planner, 'Levering_22O000518_1.zip', zip);
    expect(first).toMatchObject({ status: 'done', outcome: 'delivery' });

    // As if the process died between the commit and marking the intake done: the queue runs it again.
    await t.database.db.update(klicIntake).set({ status: 'processing' }).where(eq(klicIntake.id, first.id));
    await processIntake(t.klic.deps, first.id);

    const again = (await getJson(t, planner.cookie, `/api/klic/intakes/${first.id}`)).json().intake;
    expect(again).toMatchObject({ status: 'done', outcome: 'delivery', meldnummer: '22O000518' });
    const [melding] = await meldingenOf(t, planner);
    const detail = (await getJson(t, planner.cookie, `/api/klic/meldingen/${melding?.id}`)).json().melding;
    expect(detail.deliveries).toHaveLength(1);
    const original = await getJson(t, planner.cookie, `/api/klic/deliveries/${detail.deliveries[0].id}/zip`);
    expect(original.statusCode).toBe(200);
    expect(original.rawPayload.equals(zip)).toBe(true);
  });
});

describe('a receipt that arrives after its delivery', () => {
  it('adds its PDF but keeps the reference and state the delivery gave', async () => {
    const planner = await aPlanner(t);
    await uploadAndProcess(t, planner, 'Levering_22O000518_1.zip', zip);
    const receipt = await composeMail({
      from: kadasterSender,
      to: 'planning@bouw.nl',
      // A receipt without "Ref:" (the melding was requested without a reference).
      subject: 'KLIC-ontvangstbevestiging: 9807138535/10 22O000518',
      html: receiptHtml({ ...receiptFacts, referentie: '' }),
      attachments: [
        { filename: 'Ontvangstbevestiging_22O000518.pdf', content: Buffer.from('%PDF-1.4\n%%EOF\n') },
      ],
    });
    const intake = await uploadAndProcess(t, planner, 'ontvangstbevestiging.eml', receipt);
    expect(intake).toMatchObject({ status: 'done', outcome: 'receipt' });

    const [melding] = await meldingenOf(t, planner);
    expect(melding).toMatchObject({
      meldnummer: '22O000518',
      referentie: 'Voorbeeldbestand KAT',
      state: 'partial',
    });
    const detail = (await getJson(t, planner.cookie, `/api/klic/meldingen/${melding?.id}`)).json().melding;
    expect(detail.hasReceipt).toBe(true);
    const pdf = await getJson(t, planner.cookie, `/api/klic/meldingen/${melding?.id}/receipt`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
  });
});

describe('the same receipt twice', () => {
  it('keeps one receipt PDF: the newer one replaces the older', async () => {
    const planner = await aPlanner(t);
    const receipt = () =>
      composeMail({
        from: kadasterSender,
        to: 'planning@bouw.nl',
        subject: 'KLIC-ontvangstbevestiging: 9807138535/10 22O000518 Ref: Dubbel',
        html: receiptHtml({ ...receiptFacts, referentie: 'Dubbel' }),
        attachments: [
          { filename: 'Ontvangstbevestiging_22O000518.pdf', content: Buffer.from('%PDF-1.4\n%%EOF\n') },
        ],
      });
    await uploadAndProcess(t, planner, 'eerste.eml', await receipt());
    await uploadAndProcess(t, planner, 'tweede.eml', await receipt());
    const receipts = await filesUnder(path.join(t.klic.filesDir, planner.organisationId, 'klic', 'receipts'));
    expect(receipts).toHaveLength(1);
  });
});

const receiptFacts = {
  meldnummer: '22O000518',
  ordernummer: '9807138535',
  positienummer: '10',
  referentie: '',
  downloadUrl: '',
};
