import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../infra/db/database.ts';
import { klicMelding, mailOutbox, notificationConsent } from '../../infra/db/schema/index.ts';
import { createMailer } from '../../infra/mail/outbox.ts';
import { aTestOrganisation, aTestUser } from '../../infra/testing/factories.ts';
import { aCurrentDelivery, aMeldingRow, anEvHandling, aProjectRow } from '../../infra/testing/klic-rows.ts';
import { openTestDatabase, type TestDatabase } from '../../infra/testing/test-database.ts';
import { type DigestDeps, sendWarningDigests } from './send-digests.ts';
import { saveWarningSettings } from './warning-settings-repository.ts';

// Friday 22 May 2026, 06:30 in Amsterdam (summer time); Monday 25 May is Tweede Pinksterdag.
const fridayMorning = new Date('2026-05-22T04:30:00Z');
const publicUrl = 'https://veldwerk.example.nl';

let database: TestDatabase;
let db: Database;
let deps: DigestDeps;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  deps = { db, mailer: createMailer(db, { send: async () => {} }, pino({ level: 'silent' })), publicUrl };
});
afterAll(() => database.close());

/** An organisation with a planner and a user admin as recipients, and a field worker who is not. */
async function organisationWithRecipients() {
  const org = await aTestOrganisation(db);
  const planner = await aTestUser(db, org, { rights: ['workPlanner'], name: 'Piet Planner' });
  const admin = await aTestUser(db, org, { rights: ['userAdmin'], name: 'Anna Admin' });
  await aTestUser(db, org, { rights: ['fieldWorker'] });
  await saveWarningSettings(db, org.organisationId, {
    expiringWithinWorkdays: 5,
    recipientUserIds: [planner.userId, admin.userId],
  });
  return { organisationId: org.organisationId, planner, admin };
}

const mailsOf = (organisationId: string) =>
  db.select().from(mailOutbox).where(eq(mailOutbox.organisationId, organisationId)).orderBy(mailOutbox.to);

describe('the daily warning digest', () => {
  it('sends one mail per recipient with the warnings grouped by kind and links to the projects', async () => {
    const { organisationId, planner, admin } = await organisationWithRecipients();
    const p = await aProjectRow(db, organisationId, { startDate: '2026-05-26' });
    const expiring = await aMeldingRow(db, organisationId, { projectId: p.id, expiresOn: '2026-05-27' });
    const ev = await aMeldingRow(db, organisationId, { projectId: p.id, expiresOn: '2026-06-30' });
    await aCurrentDelivery(db, organisationId, ev.id, {
      operators: [{ bronhoudercode: 'KL1031', naam: 'Liander N.V.' }],
    });
    await anEvHandling(db, organisationId, ev.id, 'KL1031');
    const partial = await aMeldingRow(db, organisationId, { state: 'partial' });

    await sendWarningDigests(deps, fridayMorning);

    const mails = await mailsOf(organisationId);
    expect(mails.map((m) => m.to).sort()).toEqual([admin.email, planner.email].sort());
    const mail = mails.find((m) => m.to === planner.email);
    expect(mail?.subject).toBe('Klic-waarschuwingen 22-05-2026: 3 waarschuwingen');
    const text = mail?.text ?? '';
    expect(text).toContain('Goedemorgen Piet Planner,');
    expect(text).toContain('Verloopt binnenkort (1)');
    expect(text).toContain(
      `Klic ${expiring.meldnummer}, project ${p.number}: geldig tot en met 27-05-2026, nog 2 werkdagen.`,
    );
    expect(text).toContain('Levering nog niet compleet (1)');
    expect(text).toContain(`Klic ${partial.meldnummer} (niet gekoppeld)`);
    expect(text).toContain('EV niet afgehandeld, start binnen 3 werkdagen (1)');
    expect(text).toContain('de EV van Liander N.V. is nog niet afgehandeld');
    expect(text).toContain(`${publicUrl}/klic/projecten/${p.id}/klics`);
    expect(text).not.toContain('Verlopen op een lopend project');
    expect(mail?.html).toContain(`href="${publicUrl}/klic/projecten/${p.id}/klics"`);
  });

  it('sends nothing a second time on the same day, and again on the next working day', async () => {
    const { organisationId } = await organisationWithRecipients();
    const p = await aProjectRow(db, organisationId);
    await aMeldingRow(db, organisationId, { projectId: p.id, expiresOn: '2026-05-27' });
    await sendWarningDigests(deps, fridayMorning);
    await sendWarningDigests(deps, new Date('2026-05-22T14:00:00Z'));
    expect(await mailsOf(organisationId)).toHaveLength(2);
    // Saturday, Sunday and Tweede Pinksterdag are no working days.
    for (const day of ['2026-05-23', '2026-05-24', '2026-05-25']) {
      await sendWarningDigests(deps, new Date(`${day}T04:30:00Z`));
    }
    expect(await mailsOf(organisationId)).toHaveLength(2);
    await sendWarningDigests(deps, new Date('2026-05-26T04:30:00Z'));
    expect(await mailsOf(organisationId)).toHaveLength(4);
  });

  it('sends nothing without warnings, and nothing to an organisation without recipients', async () => {
    const { organisationId } = await organisationWithRecipients();
    const quiet = await aTestOrganisation(db);
    await aTestUser(db, quiet, { rights: ['workPlanner'] });
    await aMeldingRow(db, quiet.organisationId, { state: 'partial' });
    await sendWarningDigests(deps, fridayMorning);
    expect(await mailsOf(organisationId)).toEqual([]);
    expect(await mailsOf(quiet.organisationId)).toEqual([]);
  });

  it('writes in English to a user who chose English', async () => {
    const { organisationId, planner } = await organisationWithRecipients();
    await db.insert(notificationConsent).values({
      userId: planner.userId,
      choice: 'declined',
      consentText: 'Keep me informed?',
      language: 'en',
    });
    await aMeldingRow(db, organisationId, { state: 'partial' });
    await sendWarningDigests(deps, fridayMorning);
    const mails = await mailsOf(organisationId);
    const english = mails.find((m) => m.to === planner.email);
    expect(english?.subject).toBe('KLIC warnings 22-05-2026: 1 warning');
    expect(english?.text).toContain('Delivery not complete yet (1)');
    expect(mails.find((m) => m.to !== planner.email)?.subject).toBe(
      'Klic-waarschuwingen 22-05-2026: 1 waarschuwing',
    );
  });

  it('fills in missing expiry dates first, with the organisation’s calendar', async () => {
    const { organisationId } = await organisationWithRecipients();
    const p = await aProjectRow(db, organisationId);
    const m = await aMeldingRow(db, organisationId, { projectId: p.id, meldingDate: '2026-04-24' });
    await sendWarningDigests(deps, fridayMorning);
    const [row] = await db.select().from(klicMelding).where(eq(klicMelding.id, m.id));
    // Koningsdag, Hemelvaartsdag and Tweede Pinksterdag fall in between.
    expect(row?.expiresOn).toBe('2026-05-27');
    const mails = await mailsOf(organisationId);
    expect(mails[0]?.text).toContain(
      `Klic ${m.meldnummer}, project ${p.number}: geldig tot en met 27-05-2026`,
    );
  });

  it('never tells one organisation about another’s KLICs', async () => {
    const ours = await organisationWithRecipients();
    const theirs = await organisationWithRecipients();
    const secret = await aMeldingRow(db, theirs.organisationId, { state: 'partial' });
    await aMeldingRow(db, ours.organisationId, { state: 'partial' });
    await sendWarningDigests(deps, fridayMorning);
    for (const mail of await mailsOf(ours.organisationId)) {
      expect(mail.text).not.toContain(secret.meldnummer);
    }
    expect(await mailsOf(theirs.organisationId)).toHaveLength(2);
  });
});
