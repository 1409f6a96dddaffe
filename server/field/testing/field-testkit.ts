import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { aTestUser, logIn } from '../../infra/testing/factories.ts';
import { type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';
import type { PlannerSession } from '../../klic/intake/testing/klic-intake-testkit.ts';
import { aStoredMelding, type StoredMelding, send } from '../../klic/melding-info/testing/stored-melding.ts';

// A planner's organisation with a stored KLIC and a field worker who has it on their device: the starting
// point of the field app's tests.

export type WorkerSession = { userId: string; cookie: string };
export type FieldScene = { planner: StoredMelding; worker: WorkerSession; meldingId: string };

export async function aWorker(
  t: TestApp,
  planner: PlannerSession,
  name = 'Veld Werker',
): Promise<WorkerSession> {
  const org = { organisationId: planner.organisationId, regionIds: [planner.regionId] };
  const worker = await aTestUser(t.database.db, org, {
    rights: ['fieldWorker'],
    regionIds: [planner.regionId],
    name,
  });
  return { userId: worker.userId, cookie: await logIn(t.app, worker) };
}

/** The planner's "Veldmedewerker(s) toewijzen" (or "loskoppelen") for one KLIC. */
export async function assign(
  t: TestApp,
  planner: PlannerSession,
  meldingId: string,
  worker: WorkerSession,
  action: 'assign' | 'unassign' = 'assign',
) {
  const response = await send(t, planner.cookie, 'POST', '/api/klic/meldingen/field-workers', {
    meldingIds: [meldingId],
    userIds: [worker.userId],
    action,
  });
  expect(response.statusCode, response.body).toBeLessThan(300);
}

/** The worker's "Verwijderen van dit toestel" for one KLIC. */
export async function removeFromDevice(t: TestApp, worker: WorkerSession, meldingId: string) {
  const response = await send(t, worker.cookie, 'POST', `/api/field/klics/${meldingId}/remove`, {});
  expect(response.statusCode, response.body).toBe(204);
}

export async function aFieldScene(t: TestApp): Promise<FieldScene> {
  const planner = await aStoredMelding(t);
  const worker = await aWorker(t, planner);
  await assign(t, planner, planner.meldingId, worker);
  return { planner, worker, meldingId: planner.meldingId };
}

/** A valid proefsleuf in Amersfoort, recorded a minute ago. */
export function aProefsleuf(overrides: Record<string, unknown> = {}) {
  return {
    idempotencyKey: randomUUID(),
    kind: 'proefsleuf',
    position: [155_000.25, 463_000.5],
    recordedAt: new Date(Date.now() - 60_000).toISOString(),
    details: { depthCm: 80, found: 'Gasleiding op 80 cm' },
    note: '',
    ...overrides,
  };
}

export function postRegistration(t: TestApp, cookie: string, meldingId: string, body: object) {
  return send(t, cookie, 'POST', `/api/field/klics/${meldingId}/registrations`, body);
}

export function postPhoto(
  t: TestApp,
  cookie: string,
  registrationId: string,
  body: Buffer,
  options: { idempotencyKey?: string; contentType?: string } = {},
) {
  return t.app.inject({
    method: 'POST',
    url: `/api/field/registrations/${registrationId}/photos?idempotencyKey=${options.idempotencyKey ?? randomUUID()}`,
    headers: { cookie, origin: testPublicUrl, 'content-type': options.contentType ?? 'image/jpeg' },
    payload: body,
  });
}

/** The first bytes of a JPEG followed by filler: enough for the server, which checks the signature. */
export function aJpeg(size = 2_000, fill = 1): Buffer {
  const photo = Buffer.alloc(size, fill);
  photo.set([0xff, 0xd8, 0xff, 0xe0], 0);
  return photo;
}

export { send };
