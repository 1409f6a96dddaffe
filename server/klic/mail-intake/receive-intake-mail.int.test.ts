import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { klicIntake } from '../../infra/db/schema/index.ts';
import { createTestApp, type TestApp } from '../../infra/testing/test-app.ts';
import {
  aPlanner,
  filesUnder,
  getJson,
  intakesOf,
  meldingenOf,
  type PlannerSession,
  storedState,
} from '../intake/testing/klic-intake-testkit.ts';
import { kadasterReceipt, noticeFacts } from '../mail/kadaster-test-mails.ts';
import { type SmtpIntakeServer, startSmtpIntakeServer } from '../mail/smtp-intake-server.ts';
import { organisationOfIntakeAddress } from './mail-settings-repository.ts';
import { receiveIntakeMail } from './receive-intake-mail.ts';

// The organisation's intake address over real SMTP, wired as start-klic-intake.ts does.

let t: TestApp;
let smtp: SmtpIntakeServer;

beforeAll(async () => {
  t = await createTestApp();
  const { deps, wiring } = t.klic;
  smtp = await startSmtpIntakeServer({
    host: '127.0.0.1',
    port: 0,
    maxBytes: 25 * 1024 ** 2,
    logger: deps.logger,
    acceptsRecipient: async (address) =>
      (await organisationOfIntakeAddress(deps.db, address, wiring.intakeDomain)) !== null,
    onMail: (mail) => receiveIntakeMail(deps, wiring.intakeDomain, mail),
  });
});
afterAll(async () => {
  await smtp.close();
  await t.close();
});

function sendMail(to: string[], raw: Buffer) {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: smtp.port,
    secure: false,
    ignoreTLS: true,
  });
  return transport
    .sendMail({ envelope: { from: 'KLIC@kadaster.nl', to }, raw })
    .finally(() => transport.close());
}

async function intakeAddressOf(planner: PlannerSession): Promise<string> {
  const response = await getJson(t, planner.cookie, '/api/klic/mail-settings');
  expect(response.statusCode).toBe(200);
  return response.json().intakeAddress;
}

describe('mail to an intake address', () => {
  it('is taken in as an intake of the organisation (source smtp) and processed as a receipt', async () => {
    const planner = await aPlanner(t);
    const address = await intakeAddressOf(planner);
    expect(address).toMatch(/^klic-[0-9a-f]{12}@intake\.veldwerk\.test$/);
    expect(await intakeAddressOf(planner)).toBe(address);

    const info = await sendMail([address.toUpperCase()], await kadasterReceipt({ to: address }));
    expect(info.response).toMatch(/^250 /);
    expect(await intakesOf(t, planner)).toEqual([
      expect.objectContaining({ source: 'smtp', kind: 'mail', status: 'queued' }),
    ]);

    await t.klic.runQueuedIntakes();
    expect(await intakesOf(t, planner)).toEqual([
      expect.objectContaining({
        source: 'smtp',
        status: 'done',
        outcome: 'receipt',
        meldnummer: noticeFacts.meldnummer,
      }),
    ]);
    expect(await meldingenOf(t, planner)).toEqual([
      expect.objectContaining({ meldnummer: noticeFacts.meldnummer, state: 'requested' }),
    ]);
  });

  it('reaches only the organisation it is addressed to', async () => {
    const [addressee, bystander] = [await aPlanner(t), await aPlanner(t)];
    await intakeAddressOf(bystander);
    await sendMail([await intakeAddressOf(addressee)], await kadasterReceipt());
    expect(await intakesOf(t, addressee)).toHaveLength(1);
    expect(await intakesOf(t, bystander)).toEqual([]);
  });
});

describe('mail to an unknown address', () => {
  it('is refused with 550 and nothing is stored', async () => {
    const planner = await aPlanner(t);
    const address = await intakeAddressOf(planner);
    const localPart = address.slice(0, address.indexOf('@'));
    const everything = async () => ({
      intakes: await t.database.db.$count(klicIntake),
      files: await filesUnder(t.klic.filesDir),
    });
    const before = await everything();
    for (const unknown of ['klic-000000000000@intake.veldwerk.test', `${localPart}@elders.example`]) {
      await expect(sendMail([unknown], await kadasterReceipt())).rejects.toMatchObject({ responseCode: 550 });
    }
    expect(await storedState(t, planner.organisationId)).toMatchObject({ intakes: [], files: [] });
    expect(await everything()).toEqual(before);
  });
});
