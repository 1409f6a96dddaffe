import { readFile } from 'node:fs/promises';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { klicSample, klicSampleFiles } from '../../infra/testing/klic-samples.ts';
import { createTestApp, type TestApp } from '../../infra/testing/test-app.ts';
import { composeMail, kadasterNotice, noticeFacts, noticeHtml } from '../mail/kadaster-test-mails.ts';
import {
  aPlanner,
  getJson,
  intakesOf,
  meldingenOf,
  storedState,
  uploadAndProcess,
} from './testing/klic-intake-testkit.ts';

// Kadaster mails dropped on "Klics uploaden" (.msg from Outlook, .eml): receipts, delivery notices, and mail
// that is not what it should be.

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('a receipt (ontvangstbevestiging)', () => {
  it('registers the melding as requested with its receipt PDF, until the delivery arrives', async () => {
    const planner = await aPlanner(t);
    const msg = await readFile(klicSample(klicSampleFiles.receiptMail));

    const intake = await uploadAndProcess(t, planner, klicSampleFiles.receiptMail, msg);
    expect(intake).toMatchObject({
      kind: 'mail',
      status: 'done',
      outcome: 'receipt',
      meldnummer: '22G0027001',
    });
    expect(intake.error).toBeNull();
    expect(await meldingenOf(t, planner)).toEqual([
      expect.objectContaining({
        meldnummer: '22G0027001',
        referentie: 'Graafmelding',
        aanvraagSoort: 'graafmelding',
        state: 'requested',
        volgnummer: null,
      }),
    ]);
    const [melding] = (await storedState(t, planner.organisationId)).meldingen;
    expect(melding?.ordernummer).toBe('9807215110');
    const pdf = await buffer(await t.klic.wiring.blobs.get(melding?.receiptBlobKey as string));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const zip = await readFile(klicSample(klicSampleFiles.graafmeldingComplete));
    const delivery = await uploadAndProcess(t, planner, 'Levering_22G0027001_1.zip', zip);
    expect(delivery).toMatchObject({ outcome: 'delivery', meldingId: intake.meldingId });
    expect(await meldingenOf(t, planner)).toEqual([
      expect.objectContaining({ meldnummer: '22G0027001', state: 'complete', volgnummer: 1 }),
    ]);
  });
});

describe('a delivery notice', () => {
  it('starts a download whose link, on the acceptance host, is refused in tests', async () => {
    const planner = await aPlanner(t);
    const msg = await readFile(klicSample(klicSampleFiles.completeNoticeMail));

    const intake = await uploadAndProcess(t, planner, klicSampleFiles.completeNoticeMail, msg);
    expect(intake).toMatchObject({ kind: 'mail', source: 'upload', status: 'done', outcome: 'download' });

    const intakes = await intakesOf(t, planner);
    expect(intakes).toHaveLength(2);
    const download = intakes.find((each) => each.id !== intake.id) as Record<string, unknown>;
    expect(download).toMatchObject({
      source: 'download',
      kind: 'link',
      status: 'failed',
      fileName: 'Levering_22G0027001_1.zip',
      error: { code: 'VALIDATION_FAILED', reason: 'klic.download_host_not_allowed' },
    });
    expect((download.error as { message: string }).message).toMatch(
      /^De downloadlink wijst naar service10\.acceptatie\.kadaster\.nl en niet naar de downloadserver van het Kadaster/,
    );
    const stored = await storedState(t, planner.organisationId);
    expect(stored).toMatchObject({ meldingen: [], deliveries: [] });
    // Only the dropped mail itself is kept; nothing was fetched.
    expect(stored.files).toEqual([`klic/intake/${intake.id}`]);
  });

  it('without a download link fails with klic.notice_without_link and stores no melding', async () => {
    const planner = await aPlanner(t);
    const eml = await kadasterNotice({ html: noticeHtml(noticeFacts, true, null) });

    const intake = await uploadAndProcess(t, planner, 'leveringsbericht.eml', eml);
    expect(intake).toMatchObject({
      status: 'failed',
      outcome: null,
      error: { code: 'VALIDATION_FAILED', reason: 'klic.notice_without_link' },
    });
    expect(intake.error.message).toBe(
      'In dit leveringsbericht staat geen downloadlink. Download de levering bij het Kadaster en upload het ZIP-bestand hier.',
    );
    expect(await intakesOf(t, planner)).toHaveLength(1);
    expect((await storedState(t, planner.organisationId)).meldingen).toEqual([]);
  });
});

describe('a mail that is not from the Kadaster', () => {
  it('fails with klic.mail_not_kadaster, in Dutch and in English', async () => {
    const planner = await aPlanner(t);
    const eml = await composeMail({
      from: 'Jan de Vries <jan@bouw.nl>',
      to: 'planning@bouw.nl',
      subject: 'Planning volgende week',
      text: 'Hoi, kun je de klic voor de Dorpsstraat aanvragen? Groet, Jan',
    });

    const intake = await uploadAndProcess(t, planner, 'planning.eml', eml);
    expect(intake).toMatchObject({
      status: 'failed',
      error: { code: 'VALIDATION_FAILED', reason: 'klic.mail_not_kadaster' },
    });
    expect(intake.error.message).toMatch(
      /^Deze e-mail is geen ontvangstbevestiging of leveringsbericht van het Kadaster/,
    );
    const english = await getJson(t, planner.cookie, `/api/klic/intakes/${intake.id}`, {
      'accept-language': 'en',
    });
    expect(english.json().intake.error.message).toMatch(/^This e-mail is not a receipt or delivery notice/);
    expect((await storedState(t, planner.organisationId)).meldingen).toEqual([]);
  });
});
