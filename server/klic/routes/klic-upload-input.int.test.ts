import { once } from 'node:events';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aTestOrganisation, aTestUser, logIn } from '../../infra/testing/factories.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';
import {
  aPlanner,
  getJson,
  type PlannerSession,
  storedState,
  upload,
} from '../intake/testing/klic-intake-testkit.ts';
import { kadasterReceipt } from '../mail/kadaster-test-mails.ts';

// Bad, hostile and huge uploads on "Klics uploaden": a clear answer each, and nothing kept of them.

let t: TestApp;
let planner: PlannerSession;
const limit = 1024 ** 2;

beforeAll(async () => {
  t = await createTestApp({ klicSettings: { maxUploadBytes: limit } });
});
afterAll(() => t.close());

async function expectNothingStored() {
  expect(await storedState(t, planner.organisationId)).toMatchObject({
    intakes: [],
    meldingen: [],
    deliveries: [],
    files: [],
  });
}

/** A real HTTP upload in chunks (no Content-Length), as a client that hides the size would send it. */
async function postChunked(chunk: Buffer, times: number): Promise<{ status: number; body: string }> {
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const request = httpRequest(`${address}/api/klic/uploads?name=zonder-lengte.zip`, {
    method: 'POST',
    agent: false,
    headers: {
      cookie: planner.cookie,
      origin: testPublicUrl,
      'content-type': 'application/octet-stream',
      connection: 'close',
    },
  });
  const answered = new Promise<IncomingMessage>((resolve, reject) => {
    request.on('response', resolve).on('error', reject);
  });
  for (let sent = 0; sent < times && !request.destroyed; sent++) {
    if (!request.write(chunk)) await once(request, 'drain');
  }
  request.end();
  const response = await answered;
  const body = await text(response);
  request.destroy();
  return { status: response.statusCode ?? 0, body };
}

describe('uploading a file that is not acceptable', () => {
  beforeAll(async () => {
    planner = await aPlanner(t);
  });

  it('refuses a file over the size limit with 413 and keeps nothing', async () => {
    const response = await upload(t, planner.cookie, 'groot.zip', Buffer.alloc(limit + 512 * 1024, 'P'));
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      reason: 'klic.upload_too_large',
    });
    expect(response.json().error.message).toBe(
      'Dit bestand is groter dan 1 MB. Een KLIC-levering is bijna altijd kleiner; controleer of u het juiste bestand kiest.',
    );
    await expectNothingStored();
  });

  it('also refuses a body over the limit that does not say its length, and keeps no part of it', async () => {
    const response = await postChunked(Buffer.alloc(64 * 1024, 'P'), 24);
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body).error.reason).toBe('klic.upload_too_large');
    await expectNothingStored();
  });

  it('refuses a JSON body with 415 and the Dutch sentence', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/klic/uploads?name=levering.zip',
      headers: { cookie: planner.cookie, origin: testPublicUrl },
      payload: { meldnummer: '22G0027001' },
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().error).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      reason: 'klic.upload_unsupported',
    });
    expect(response.json().error.message).toMatch(/^Dit bestand is geen KLIC-levering \(\.zip\)/);
    await expectNothingStored();
  });

  it('refuses an empty body with 415 and keeps nothing', async () => {
    const response = await upload(t, planner.cookie, 'leeg.zip', Buffer.alloc(0));
    expect(response.statusCode).toBe(415);
    expect(response.json().error.reason).toBe('klic.upload_unsupported');
    await expectNothingStored();
  });

  it('refuses a name of 1,000 characters with 422 on the name and keeps nothing', async () => {
    const response = await upload(t, planner.cookie, `${'a'.repeat(996)}.eml`, await kadasterReceipt());
    expect(response.statusCode).toBe(422);
    expect(response.json().error.fields).toEqual({ name: 'too_big' });
    await expectNothingStored();
  });

  it('answers in English for an English browser', async () => {
    const response = await upload(
      t,
      planner.cookie,
      'foto.jpg',
      Buffer.from('\xff\xd8\xff\xe0 JFIF', 'latin1'),
      {
        'accept-language': 'en-GB,en;q=0.9',
      },
    );
    expect(response.statusCode).toBe(415);
    expect(response.json().error.message).toBe(
      'This file is neither a KLIC delivery (.zip) nor a Kadaster e-mail (.eml or .msg). Choose the delivery or the mail itself.',
    );
    await expectNothingStored();
  });
});

describe('a hostile file name', () => {
  it('is shown without folders or control characters and at most 200 characters long', async () => {
    planner = await aPlanner(t);
    const hostile = `..\\..\\etc/../../${'\u0000'}pass\u0007wd\u001b[31m ${'x'.repeat(400)}.eml`;
    const response = await upload(t, planner.cookie, hostile, await kadasterReceipt());
    expect(response.statusCode, response.body).toBe(202);
    const { fileName } = response.json().intake;
    expect(fileName).toBe(`passwd[31m ${'x'.repeat(189)}`);
    const unsafe = [...fileName].filter((c) => c < ' ' || c === '\u007f' || c === '/' || c === '\\');
    expect(unsafe).toEqual([]);
    const stored = await storedState(t, planner.organisationId);
    expect(stored.intakes.map((intake) => intake.fileName)).toEqual([fileName]);
    // The name never becomes a path: the file is kept under the intake's id.
    expect(stored.files).toEqual([`klic/intake/${response.json().intake.id}`]);
  });
});

describe('who may upload and see intakes', () => {
  it('refuses a field worker with 403 and keeps nothing', async () => {
    planner = await aPlanner(t);
    const org = { organisationId: planner.organisationId, regionIds: [] };
    const fieldWorker = await logIn(t.app, await aTestUser(t.database.db, org, { rights: ['fieldWorker'] }));
    const response = await upload(t, fieldWorker, 'levering.eml', await kadasterReceipt());
    expect(response.statusCode).toBe(403);
    await expectNothingStored();
    expect((await getJson(t, fieldWorker, '/api/klic/intakes')).statusCode).toBe(403);
  });

  it('answers 404 to a planner of another organisation asking for our intake', async () => {
    planner = await aPlanner(t);
    const ours = (await upload(t, planner.cookie, 'ontvangst.eml', await kadasterReceipt())).json().intake;
    const theirs = await aTestOrganisation(t.database.db);
    const outsider = await logIn(t.app, await aTestUser(t.database.db, theirs, { rights: ['workPlanner'] }));

    const response = await getJson(t, outsider, `/api/klic/intakes/${ours.id}`);
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toBe(
      'Dit item bestaat niet (meer). Ververs de pagina en kies opnieuw.',
    );
    expect((await getJson(t, outsider, '/api/klic/intakes')).json().intakes).toEqual([]);
    expect((await getJson(t, planner.cookie, `/api/klic/intakes/${ours.id}`)).statusCode).toBe(200);
  });
});
