import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { klicSample, klicSampleFiles } from '../../infra/testing/klic-samples.ts';
import { createTestApp, type TestApp } from '../../infra/testing/test-app.ts';
import {
  type HttpsDeliveryServer,
  startHttpsDeliveryServer,
} from '../download/https-delivery-test-server.ts';
import { kadasterNotice, noticeFacts, noticeHtml, noticeSubject } from '../mail/kadaster-test-mails.ts';
import { maxIntakeAttempts } from './klic-intake-deps.ts';
import { processIntake } from './process-intake.ts';
import {
  aPlanner,
  intakesOf,
  meldingenOf,
  storedState,
  uploadAndProcess,
} from './testing/klic-intake-testkit.ts';

// A Kadaster delivery notice dropped on the upload: Veldwerk fetches the ZIP behind its "Download levering"
// link (here from a local https server that is on the allowed hosts) and stores it, or keeps trying.

let t: TestApp;
let server: HttpsDeliveryServer;
let zip: Buffer;

beforeAll(async () => {
  zip = await readFile(klicSample(klicSampleFiles.orientatieSmall));
  server = await startHttpsDeliveryServer(zip);
  t = await createTestApp({ klicSettings: { allowedDownloadHosts: [server.host] } });
});
afterAll(async () => {
  await t.close();
  await server.close();
});

const facts = { ...noticeFacts, meldnummer: '22O000518' };
const noticeFor = (link: string) =>
  kadasterNotice({ subject: noticeSubject(facts, 1, false), html: noticeHtml(facts, false, link) });

describe('a delivery notice with a link to an allowed host', () => {
  it('downloads the delivery and stores it', async () => {
    const planner = await aPlanner(t);
    const mail = await uploadAndProcess(
      t,
      planner,
      'leveringsbericht.eml',
      await noticeFor(server.downloadUrl),
    );
    expect(mail).toMatchObject({ kind: 'mail', status: 'done', outcome: 'download' });

    const download = (await intakesOf(t, planner)).find((intake) => intake.id !== mail.id);
    expect(download).toMatchObject({
      source: 'download',
      kind: 'link',
      status: 'done',
      outcome: 'delivery',
      fileName: 'Levering_22O000518_1.zip',
      bytes: zip.length,
      meldnummer: '22O000518',
      volgnummer: 1,
      error: null,
    });
    expect(await meldingenOf(t, planner)).toEqual([
      expect.objectContaining({ meldnummer: '22O000518', state: 'partial', volgnummer: 1 }),
    ]);
    const stored = await storedState(t, planner.organisationId);
    expect(stored.deliveries).toHaveLength(1);
    expect(stored.deliveries[0]?.zipBytes).toBe(zip.length);
    expect(stored.files).toContain(stored.deliveries[0]?.zipBlobKey.slice(planner.organisationId.length + 1));
  });
});

describe('a download server that answers 500', () => {
  it('leaves the intake retrying, and failed after the last attempt, storing nothing', async () => {
    const planner = await aPlanner(t);
    const before = server.requests();
    await uploadAndProcess(t, planner, 'leveringsbericht.eml', await noticeFor(server.statusUrl(500)));

    const downloadIntake = async () =>
      (await intakesOf(t, planner)).find((intake) => intake.kind === 'link') as Record<string, unknown>;
    const retrying = await downloadIntake();
    expect(retrying).toMatchObject({
      status: 'retrying',
      error: { code: 'SERVICE_UNAVAILABLE', reason: 'klic.download_failed' },
    });
    expect((retrying.error as { message: string }).message).toMatch(/HTTP-status 500/);

    // The queue tries again with back-off; here the remaining attempts run at once.
    for (let attempt = 2; attempt <= maxIntakeAttempts; attempt++) {
      await processIntake(t.klic.deps, retrying.id as string).catch(() => undefined);
    }
    expect(await downloadIntake()).toMatchObject({
      status: 'failed',
      error: { reason: 'klic.download_failed' },
    });
    expect(server.requests() - before).toBe(maxIntakeAttempts);
    // Once failed, it is not tried again.
    await processIntake(t.klic.deps, retrying.id as string);
    expect(server.requests() - before).toBe(maxIntakeAttempts);

    const stored = await storedState(t, planner.organisationId);
    expect(stored).toMatchObject({ meldingen: [], deliveries: [] });
    expect(stored.files).toHaveLength(1);
  });
});
