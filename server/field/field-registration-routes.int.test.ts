import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, fieldRegistration } from '../infra/db/schema/index.ts';
import { createTestApp, type TestApp } from '../infra/testing/test-app.ts';
import {
  aFieldScene,
  aProefsleuf,
  assign,
  aWorker,
  type FieldScene,
  postRegistration,
  removeFromDevice,
  send,
} from './testing/field-testkit.ts';

// Registrations from the field app: per kind, exactly once per idempotency key, refused with a reason.

let t: TestApp;
let scene: FieldScene;

beforeAll(async () => {
  t = await createTestApp();
  scene = await aFieldScene(t);
});
afterAll(() => t.close());

const post = (body: object, meldingId = scene.meldingId, cookie = scene.worker.cookie) =>
  postRegistration(t, cookie, meldingId, body);

const storedWithKey = (key: string) =>
  t.database.db.select().from(fieldRegistration).where(eq(fieldRegistration.idempotencyKey, key));

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

describe('POST /api/field/klics/:id/registrations', () => {
  it('stores each kind with its fields, answers 201 and logs it', async () => {
    const bodies = [
      aProefsleuf(),
      aProefsleuf({
        kind: 'graafschade',
        details: {
          hit: 'Laagspanningskabel',
          bronhoudercode: 'VW0001',
          reportedToOperator: true,
          reportedAt: minutesAgo(5),
        },
      }),
      aProefsleuf({
        kind: 'afwijkendeLigging',
        position: null,
        details: { bronhoudercode: null, offsetCm: 120, description: 'Ligt 1,2 m oostelijker dan getekend' },
      }),
      aProefsleuf({
        kind: 'onbekendNet',
        details: { description: 'Oude gietijzeren leiding', depthCm: null },
        note: 'Foto volgt',
      }),
    ];
    for (const body of bodies) {
      const response = await post(body);
      expect(response.statusCode, response.body).toBe(201);
      const { registration } = response.json();
      expect(registration).toMatchObject({
        idempotencyKey: body.idempotencyKey,
        meldingId: scene.meldingId,
        kind: body.kind,
        position: body.position,
        details: body.details,
        note: body.note,
        recordedAt: body.recordedAt,
      });
      expect(await storedWithKey(body.idempotencyKey)).toHaveLength(1);
    }
    const logged = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.organisationId, scene.planner.organisationId),
          eq(auditLog.event, 'field.registration_recorded'),
        ),
      );
    expect(logged.length).toBeGreaterThanOrEqual(4);
    const planners = await send(
      t,
      scene.planner.cookie,
      'GET',
      `/api/klic/meldingen/${scene.meldingId}/registrations`,
    );
    expect(planners.json().registrations).toContainEqual(
      expect.objectContaining({ kind: 'graafschade', recordedBy: 'Veld Werker', photos: [] }),
    );
  });

  it('stores a retry once and answers it with the stored registration', async () => {
    const body = aProefsleuf();
    const first = await post(body);
    const retry = await post(body);
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());
    expect(await storedWithKey(body.idempotencyKey)).toHaveLength(1);
  });

  it('stores two identical requests at once only once', async () => {
    const body = aProefsleuf();
    const answers = await Promise.all([post(body), post(body), post(body)]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 200, 201]);
    expect(new Set(answers.map((answer) => answer.json().registration.id)).size).toBe(1);
    expect(await storedWithKey(body.idempotencyKey)).toHaveLength(1);
  });

  it('refuses the same key with other content (409) and keeps the first', async () => {
    const body = aProefsleuf();
    await post(body);
    const changed = await post({ ...body, details: { depthCm: 81, found: 'Gasleiding op 80 cm' } });
    expect(changed.statusCode).toBe(409);
    expect(changed.json().error).toMatchObject({ code: 'CONFLICT', reason: 'field.idempotency_conflict' });
    expect(changed.json().error.message).toMatch(/sleutel/);
    const [stored] = await storedWithKey(body.idempotencyKey);
    expect(stored?.details).toMatchObject({ depthCm: 80 });
    const otherWorker = await aWorker(t, scene.planner, 'Tweede Werker');
    await send(t, scene.planner.cookie, 'POST', '/api/klic/meldingen/field-workers', {
      meldingIds: [scene.meldingId],
      userIds: [otherWorker.userId],
      action: 'assign',
    });
    expect((await post(body, scene.meldingId, otherWorker.cookie)).statusCode).toBe(409);
  });

  it.each([
    [
      'in the future',
      { recordedAt: new Date(Date.now() + 10 * 60_000).toISOString() },
      'field.recorded_in_future',
    ],
    [
      'older than 30 days',
      { recordedAt: new Date(Date.now() - 31 * 86_400_000).toISOString() },
      'field.recorded_too_old',
    ],
    ['outside the Netherlands', { position: [400_000, 463_000] }, 'field.position_outside_netherlands'],
    [
      'naming an operator of no delivery of this KLIC',
      { kind: 'afwijkendeLigging', details: { bronhoudercode: 'KPN', offsetCm: 5, description: '' } },
      'field.operator_unknown',
    ],
    [
      'reported damage without its time',
      {
        kind: 'graafschade',
        details: { hit: 'Kabel', bronhoudercode: null, reportedToOperator: true, reportedAt: null },
      },
      'field.reported_at_required',
    ],
  ])('refuses a registration %s with 422 and its reason, storing nothing', async (_, change, reason) => {
    const body = aProefsleuf(change);
    const response = await post(body);
    expect(response.statusCode, response.body).toBe(422);
    expect(response.json().error.reason).toBe(reason);
    expect(response.json().error.message.length).toBeGreaterThan(20);
    expect(await storedWithKey(body.idempotencyKey)).toHaveLength(0);
  });

  it.each([
    ['an unknown kind', { kind: 'lekkage' }],
    ['no idempotency key', { idempotencyKey: undefined }],
    ['a key that is no uuid', { idempotencyKey: "'; drop table field_registrations; --" }],
    ['a depth beyond 10 m', { details: { depthCm: 1001, found: '' } }],
    ['a negative depth', { details: { depthCm: -1, found: '' } }],
    [
      'the fields of another kind',
      { details: { hit: 'Kabel', bronhoudercode: null, reportedToOperator: false, reportedAt: null } },
    ],
    ['an extra field', { details: { depthCm: 10, found: '', __proto__: { admin: true }, extra: 1 } }],
    ['a text too long', { details: { depthCm: 10, found: 'x'.repeat(2001) } }],
    ['a note too long', { note: 'x'.repeat(2001) }],
    ['a position with three numbers', { position: [155_000, 463_000, 3] }],
    ['a time that is no time', { recordedAt: 'gisteren' }],
  ])('refuses %s with 422 and the field', async (_, change) => {
    const body = aProefsleuf(change);
    const response = await post(body);
    expect(response.statusCode, response.body).toBe(422);
    expect(Object.keys(response.json().error.fields ?? {}).length).toBeGreaterThan(0);
    const [stored] = await t.database.db
      .select()
      .from(fieldRegistration)
      .where(eq(fieldRegistration.meldingId, scene.meldingId));
    expect(JSON.stringify(stored ?? {})).not.toContain('drop table');
  });

  it('refuses a body beyond the limit with 413', async () => {
    const response = await post(aProefsleuf({ note: 'x'.repeat(1_100_000) }));
    expect(response.statusCode).toBe(413);
  });

  it("answers 404 for another worker's, another organisation's and a removed KLIC, 403 to a planner, 401 without session", async () => {
    const other = await aWorker(t, scene.planner, 'Andere Werker');
    const foreign = await aFieldScene(t);
    const removed = await aFieldScene(t);
    await send(t, removed.worker.cookie, 'POST', `/api/field/klics/${removed.meldingId}/remove`, {});
    for (const [cookie, meldingId] of [
      [other.cookie, scene.meldingId],
      [foreign.worker.cookie, scene.meldingId],
      [removed.worker.cookie, removed.meldingId],
    ] as const) {
      const body = aProefsleuf();
      expect((await post(body, meldingId, cookie)).statusCode).toBe(404);
      expect(await storedWithKey(body.idempotencyKey)).toHaveLength(0);
    }
    expect((await post(aProefsleuf(), scene.meldingId, scene.planner.cookie)).statusCode).toBe(403);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: `/api/field/klics/${scene.meldingId}/registrations`,
      payload: aProefsleuf(),
    });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('a retry after the KLIC left the worker', () => {
  it.each([
    ['unassigned by the planner', 'unassign'],
    ['removed from the device', 'remove'],
  ] as const)('answers a retry of their own registration with the stored one once %s', async (_, how) => {
    const own = await aFieldScene(t);
    const body = aProefsleuf();
    const first = await post(body, own.meldingId, own.worker.cookie);
    expect(first.statusCode).toBe(201);
    if (how === 'unassign') await assign(t, own.planner, own.meldingId, own.worker, 'unassign');
    else await removeFromDevice(t, own.worker, own.meldingId);

    const retry = await post(body, own.meldingId, own.worker.cookie);
    expect(retry.statusCode, retry.body).toBe(200);
    expect(retry.json()).toEqual(first.json());
    const changed = await post({ ...body, note: 'Iets anders' }, own.meldingId, own.worker.cookie);
    expect(changed.statusCode).toBe(409);
    expect(changed.json().error.reason).toBe('field.idempotency_conflict');
    expect(await storedWithKey(body.idempotencyKey)).toHaveLength(1);

    const fresh = aProefsleuf();
    expect((await post(fresh, own.meldingId, own.worker.cookie)).statusCode).toBe(404);
    expect(await storedWithKey(fresh.idempotencyKey)).toHaveLength(0);
  });

  it("answers 404, not the stored one, for a colleague's key at a KLIC that is not theirs", async () => {
    const own = await aFieldScene(t);
    const body = aProefsleuf();
    expect((await post(body, own.meldingId, own.worker.cookie)).statusCode).toBe(201);
    const colleague = await aWorker(t, own.planner, 'Collega');
    const foreign = await aFieldScene(t);
    expect((await post(body, own.meldingId, colleague.cookie)).statusCode).toBe(404);
    expect((await post(body, own.meldingId, foreign.worker.cookie)).statusCode).toBe(404);
    expect((await post(body, foreign.meldingId, foreign.worker.cookie)).statusCode).toBe(201);
    expect(await storedWithKey(body.idempotencyKey)).toHaveLength(2);
  });
});

describe('GET /api/field/registrations', () => {
  it("lists the worker's own registrations since a time, with their photo count", async () => {
    const own = await aFieldScene(t);
    const old = aProefsleuf({ recordedAt: minutesAgo(120) });
    const recent = aProefsleuf({ recordedAt: minutesAgo(10) });
    for (const body of [old, recent])
      expect((await post(body, own.meldingId, own.worker.cookie)).statusCode).toBe(201);
    const colleague = await aWorker(t, own.planner, 'Collega');
    await send(t, own.planner.cookie, 'POST', '/api/klic/meldingen/field-workers', {
      meldingIds: [own.meldingId],
      userIds: [colleague.userId],
      action: 'assign',
    });
    expect((await post(aProefsleuf(), own.meldingId, colleague.cookie)).statusCode).toBe(201);

    const all = await send(t, own.worker.cookie, 'GET', '/api/field/registrations');
    expect(all.json().registrations.map((r: { idempotencyKey: string }) => r.idempotencyKey)).toEqual([
      old.idempotencyKey,
      recent.idempotencyKey,
    ]);
    const since = await send(
      t,
      own.worker.cookie,
      'GET',
      `/api/field/registrations?since=${encodeURIComponent(minutesAgo(60))}`,
    );
    expect(since.json().registrations).toEqual([
      {
        id: expect.any(String),
        idempotencyKey: recent.idempotencyKey,
        kind: 'proefsleuf',
        meldingId: own.meldingId,
        recordedAt: recent.recordedAt,
        photoCount: 0,
      },
    ]);
    expect(
      (await send(t, own.worker.cookie, 'GET', '/api/field/registrations?since=gisteren')).statusCode,
    ).toBe(422);
    expect((await send(t, own.planner.cookie, 'GET', '/api/field/registrations')).statusCode).toBe(403);
  });
});

describe('idempotency keys', () => {
  it('are per organisation: another organisation may use the same key', async () => {
    const foreign = await aFieldScene(t);
    const key = randomUUID();
    expect((await post(aProefsleuf({ idempotencyKey: key }))).statusCode).toBe(201);
    expect(
      (await post(aProefsleuf({ idempotencyKey: key }), foreign.meldingId, foreign.worker.cookie)).statusCode,
    ).toBe(201);
  });
});
