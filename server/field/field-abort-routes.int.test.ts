import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldAbort } from '../infra/db/schema/index.ts';
import { aTestUser, logIn } from '../infra/testing/factories.ts';
import { createTestApp, type TestApp } from '../infra/testing/test-app.ts';
import {
  aFieldScene,
  assign,
  aWorker,
  type FieldScene,
  removeFromDevice,
  send,
} from './testing/field-testkit.ts';

// Aborting execution or site inspection with a reason from the organisation's list.

let t: TestApp;
let scene: FieldScene;
let executionReason: string;
let inspectionReason: string;

beforeAll(async () => {
  t = await createTestApp();
  scene = await aFieldScene(t);
  const org = { organisationId: scene.planner.organisationId, regionIds: [scene.planner.regionId] };
  const admin = await logIn(t.app, await aTestUser(t.database.db, org, { rights: ['userAdmin'] }));
  const add = async (list: string, text: string) =>
    (await send(t, admin, 'POST', `/api/reason-lists/${list}`, { text })).json().item.id as string;
  executionReason = await add('abortExecution', 'Geen toegang tot het terrein');
  inspectionReason = await add('abortInspection', 'Weersomstandigheden');
});
afterAll(() => t.close());

const anAbort = (overrides: Record<string, unknown> = {}) => ({
  idempotencyKey: randomUUID(),
  kind: 'execution',
  reasonId: executionReason,
  note: 'Hek op slot',
  recordedAt: new Date(Date.now() - 60_000).toISOString(),
  ...overrides,
});
const post = (body: object, cookie = scene.worker.cookie, meldingId = scene.meldingId) =>
  send(t, cookie, 'POST', `/api/field/klics/${meldingId}/abort`, body);
const storedWithKey = (key: string) =>
  t.database.db.select().from(fieldAbort).where(eq(fieldAbort.idempotencyKey, key));

describe('POST /api/field/klics/:id/abort', () => {
  it('stores the reason text of the list, once per key', async () => {
    const body = anAbort();
    const first = await post(body);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().abort).toMatchObject({
      kind: 'execution',
      reason: 'Geen toegang tot het terrein',
      note: 'Hek op slot',
      meldingId: scene.meldingId,
    });
    const [again, atOnce] = await Promise.all([post(body), post(body)]);
    expect([again?.statusCode, atOnce?.statusCode]).toEqual([200, 200]);
    expect(again?.json()).toEqual(first.json());
    expect(await storedWithKey(body.idempotencyKey)).toHaveLength(1);
    const changed = await post({ ...body, note: 'Iets anders' });
    expect(changed.statusCode).toBe(409);
    expect(changed.json().error.reason).toBe('field.idempotency_conflict');
    const inspection = await post(anAbort({ kind: 'inspection', reasonId: inspectionReason }));
    expect(inspection.json().abort).toMatchObject({ kind: 'inspection', reason: 'Weersomstandigheden' });
  });

  it('stores two new aborts with the same key at once only once', async () => {
    const body = anAbort();
    const answers = await Promise.all([post(body), post(body)]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 201]);
    expect(await storedWithKey(body.idempotencyKey)).toHaveLength(1);
  });

  it.each([
    ['a reason of the other list', { kind: 'inspection' }, 'field.abort_reason_unknown'],
    ['an unknown reason', { reasonId: randomUUID() }, 'field.abort_reason_unknown'],
    [
      'a time in the future',
      { recordedAt: new Date(Date.now() + 3_600_000).toISOString() },
      'field.recorded_in_future',
    ],
  ])('refuses %s with 422 and its reason', async (_, change, reason) => {
    const body = anAbort(change);
    const response = await post(body);
    expect(response.statusCode).toBe(422);
    expect(response.json().error.reason).toBe(reason);
    expect(await storedWithKey(body.idempotencyKey)).toHaveLength(0);
  });

  it.each([
    ['an unknown kind', { kind: 'pauze' }],
    ['a note too long', { note: 'x'.repeat(2001) }],
    ['no reason', { reasonId: undefined }],
  ])('refuses %s with 422', async (_, change) => {
    expect((await post(anAbort(change))).statusCode).toBe(422);
  });

  it("refuses another organisation's reason and KLIC, another worker's and a removed KLIC with 404 or 422", async () => {
    const foreign = await aFieldScene(t);
    expect((await post(anAbort(), foreign.worker.cookie)).statusCode).toBe(404);
    const theirs = await post(anAbort(), foreign.worker.cookie, foreign.meldingId);
    expect(theirs.json().error.reason).toBe('field.abort_reason_unknown');
    const other = await aWorker(t, scene.planner, 'Andere Werker');
    expect((await post(anAbort(), other.cookie)).statusCode).toBe(404);
    expect((await post(anAbort(), scene.planner.cookie)).statusCode).toBe(403);
    await send(t, foreign.worker.cookie, 'POST', `/api/field/klics/${foreign.meldingId}/remove`, {});
    expect((await post(anAbort(), foreign.worker.cookie, foreign.meldingId)).statusCode).toBe(404);
  });

  it.each([
    ['unassigned by the planner', 'unassign'],
    ['removed from the device', 'remove'],
  ] as const)(
    'answers a retry of their own abort with the stored one once the KLIC was %s',
    async (_, how) => {
      const own = await aFieldScene(t);
      const org = { organisationId: own.planner.organisationId, regionIds: [own.planner.regionId] };
      const admin = await logIn(t.app, await aTestUser(t.database.db, org, { rights: ['userAdmin'] }));
      const reasonId = (
        await send(t, admin, 'POST', '/api/reason-lists/abortExecution', { text: 'Graafmachine defect' })
      ).json().item.id;
      const body = anAbort({ reasonId });
      const first = await post(body, own.worker.cookie, own.meldingId);
      expect(first.statusCode, first.body).toBe(201);
      if (how === 'unassign') await assign(t, own.planner, own.meldingId, own.worker, 'unassign');
      else await removeFromDevice(t, own.worker, own.meldingId);

      const retry = await post(body, own.worker.cookie, own.meldingId);
      expect(retry.statusCode, retry.body).toBe(200);
      expect(retry.json()).toEqual(first.json());
      expect(
        (await post({ ...body, note: 'Iets anders' }, own.worker.cookie, own.meldingId)).statusCode,
      ).toBe(409);
      expect(await storedWithKey(body.idempotencyKey)).toHaveLength(1);
      expect((await post(anAbort({ reasonId }), own.worker.cookie, own.meldingId)).statusCode).toBe(404);
      const colleague = await aWorker(t, own.planner, 'Collega');
      expect((await post(body, colleague.cookie, own.meldingId)).statusCode).toBe(404);
    },
  );
});
