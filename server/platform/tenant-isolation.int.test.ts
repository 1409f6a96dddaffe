import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { klicDelivery, klicDeliveryFile, klicMelding, session } from '../infra/db/schema/index.ts';
import { aTestOrganisation, aTestUser, logIn } from '../infra/testing/factories.ts';
import { klicSampleFiles } from '../infra/testing/klic-samples.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../infra/testing/test-app.ts';
import { referentie, sampleVariant } from '../klic/intake/testing/klic-intake-testkit.ts';
import {
  kadasterReceipt,
  noticeFacts,
  receiptHtml,
  receiptSubject,
} from '../klic/mail/kadaster-test-mails.ts';

/**
 * The organisation boundary, for every API route: a user of another organisation, holding every right,
 * never reads, changes or even learns of this organisation's records. Routes with a path parameter need
 * a record of their kind below; a new route without one fails the first test until it gets one.
 */
let t: TestApp;
const marker = `geheim${randomUUID().slice(0, 8)}`;
const ours: Record<string, string> = {};
let outsider: string;
let ourAdmin: string;

/** Path parameters that are not tenant records, and why. */
const notTenantScoped = new Set([
  '/api/invitations/:token', // the secret token itself is the authorisation (public)
  '/api/invitations/:token/accept',
  '/api/announcements/:id', // platform-wide notices of the platform operator
  '/api/reason-lists/:list', // one of four fixed list names; each organisation reads its own (checked below)
]);

/** Which of our records each route's `:id` (or other path parameter) names. */
const recordFor = (url: string, parameter = 'id'): string | undefined => {
  if (parameter === 'fileId') return ours.deliveryFile;
  if (parameter === 'attachmentId') return ours.attachment;
  if (parameter === 'bronhoudercode') return ours.evOperator;
  if (parameter === 'list') return 'abortExecution';
  if (parameter === 'registrationId') return ours.registration;
  if (parameter === 'photoId') return ours.photo;
  // Our admin's own session: ending it by mistake would show as a 401 on the checks that follow.
  if (parameter === 'sessionId') return ours.adminSession;
  if (url.startsWith('/api/field/klics/')) return ours.melding;
  if (url.startsWith('/api/field/registrations/')) return ours.registration;
  if (url.startsWith('/api/reason-lists/')) return ours.reasonItem;
  if (url.startsWith('/api/users/')) return ours.user;
  if (url.startsWith('/api/regions/')) return ours.region;
  if (url.startsWith('/api/mail/outbox/')) return ours.mail;
  if (url.startsWith('/api/klic/intakes/')) return ours.intake;
  if (url.startsWith('/api/klic/meldingen/')) return ours.melding;
  if (url.startsWith('/api/klic/deliveries/')) return ours.delivery;
  if (url.startsWith('/api/projects/')) return ours.project;
  return undefined;
};

/** The route's URL with our records in its path parameters. */
const fill = (url: string) => url.replace(/:(\w+)/g, (_, parameter) => recordFor(url, parameter) ?? '');

/** A valid body for each changing route, so that the answer is about the record, not the input. */
const bodyFor = (method: string, url: string): object => {
  if (url.endsWith('/password'))
    return { password: 'Sleuven-graven-in-de-klei-2026', mustChangePassword: false };
  if (url.endsWith('/users') && method === 'PUT') return { userIds: [] };
  if (url.startsWith('/api/users/') && method === 'PATCH') return { firstName: 'Overgenomen' };
  if (url.startsWith('/api/regions/') && method === 'PATCH') return { name: 'Overgenomen' };
  if (url.endsWith('/project')) return { projectId: null };
  if (url.endsWith('/ev-status') || url.endsWith('/ev/:bronhoudercode')) return { status: 'handled' };
  if (url.startsWith('/api/projects/') && method === 'PATCH') return { description: 'Overgenomen' };
  if (url.startsWith('/api/reason-lists/') && method === 'PATCH') return { text: 'Overgenomen' };
  if (url === '/api/klic/meldingen/:id' && method === 'PATCH') return { toelichting: 'Overgenomen' };
  if (url === '/api/field/klics/:id/registrations') return fieldRegistrationBody();
  if (url === '/api/field/klics/:id/abort') {
    const { idempotencyKey, recordedAt } = fieldRegistrationBody();
    return { idempotencyKey, recordedAt, kind: 'execution', reasonId: ours.reasonItem, note: '' };
  }
  return {};
};

const fieldRegistrationBody = () => ({
  idempotencyKey: randomUUID(),
  kind: 'proefsleuf',
  position: [155_000, 463_000],
  recordedAt: new Date().toISOString(),
  details: { depthCm: 60, found: marker },
});

/** A field worker of ours with the KLIC on the device, a registration and its photo. */
async function addFieldRecords(org: { organisationId: string; regionIds: string[] }) {
  const worker = await aTestUser(t.database.db, org, { rights: ['fieldWorker'] });
  const assigned = await call('POST', '/api/klic/meldingen/field-workers', ours.planner as string, {
    meldingIds: [ours.melding],
    userIds: [worker.userId],
    action: 'assign',
  });
  expect(assigned.statusCode, assigned.body).toBeLessThan(300);
  ours.fieldWorker = worker.userId;
  const cookie = await logIn(t.app, worker);
  const registration = await call(
    'POST',
    `/api/field/klics/${ours.melding}/registrations`,
    cookie,
    fieldRegistrationBody(),
  );
  expect(registration.statusCode, registration.body).toBe(201);
  ours.registration = registration.json().registration.id;
  const photo = await t.app.inject({
    method: 'POST',
    url: `/api/field/registrations/${ours.registration}/photos?idempotencyKey=${randomUUID()}`,
    headers: { cookie, origin: testPublicUrl, 'content-type': 'image/jpeg' },
    payload: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0]),
  });
  expect(photo.statusCode, photo.body).toBe(201);
  ours.photo = photo.json().photo.id;
}

const call = (method: string, url: string, cookie: string, payload?: object) =>
  t.app.inject({
    method: method as 'GET',
    url,
    headers: { cookie, origin: testPublicUrl },
    ...(method === 'GET' || method === 'DELETE' ? {} : { payload: payload ?? {} }),
  });

/** A KLIC-melding with the marker as its reference (receipt and delivery), and the project it links to. */
async function addKlicRecords(planner: string) {
  const facts = { ...noticeFacts, meldnummer: '22O000518', referentie: marker };
  const uploads = [
    [`${marker}.eml`, await kadasterReceipt({ subject: receiptSubject(facts), html: receiptHtml(facts) })],
    [`${marker}.zip`, await sampleVariant(klicSampleFiles.orientatieSmall, [referentie(marker)])],
  ] as const;
  const intakeIds: string[] = [];
  for (const [name, body] of uploads) {
    const upload = await t.app.inject({
      method: 'POST',
      url: `/api/klic/uploads?name=${name}`,
      headers: { cookie: planner, origin: testPublicUrl, 'content-type': 'application/octet-stream' },
      payload: body,
    });
    expect(upload.statusCode, upload.body).toBe(202);
    intakeIds.push(upload.json().intake.id);
  }
  await t.klic.runQueuedIntakes();
  const [receipt, delivery] = await Promise.all(
    intakeIds.map(async (id) => (await call('GET', `/api/klic/intakes/${id}`, planner)).json().intake),
  );
  expect(receipt).toMatchObject({ outcome: 'receipt' });
  expect(delivery).toMatchObject({ outcome: 'delivery', meldingId: receipt.meldingId });
  ours.intake = receipt.id;
  ours.melding = receipt.meldingId;
  const [deliveryRow] = await t.database.db
    .select()
    .from(klicDelivery)
    .where(eq(klicDelivery.meldingId, receipt.meldingId));
  ours.delivery = deliveryRow?.id as string;
  const [file] = await t.database.db
    .select()
    .from(klicDeliveryFile)
    .where(eq(klicDeliveryFile.deliveryId, ours.delivery));
  ours.deliveryFile = file?.id as string;
  const ev = await call('GET', `/api/klic/meldingen/${ours.melding}/ev`, planner);
  ours.evOperator = ev.json().operators[0].bronhoudercode;
  const attachment = await t.app.inject({
    method: 'POST',
    url: `/api/klic/meldingen/${ours.melding}/attachments?name=${marker}.pdf`,
    headers: { cookie: planner, origin: testPublicUrl, 'content-type': 'application/octet-stream' },
    payload: Buffer.from('%PDF-1.4\n%%EOF\n'),
  });
  expect(attachment.statusCode, attachment.body).toBe(201);
  ours.attachment = attachment.json().attachment.id;
  const project = await call('POST', '/api/projects', planner, {
    number: marker,
    description: marker,
    regionId: ours.region,
  });
  expect(project.json()).toMatchObject({ number: marker, linkedKlics: 1 });
  ours.project = project.json().id;
  ours.planner = planner;
}

beforeAll(async () => {
  t = await createTestApp();
  const org = await aTestOrganisation(t.database.db, `Organisatie ${marker}`);
  const admin = await aTestUser(t.database.db, org, { rights: ['userAdmin'] });
  ourAdmin = await logIn(t.app, admin);
  const [adminSession] = await t.database.db
    .select({ id: session.id })
    .from(session)
    .where(eq(session.userId, admin.userId));
  ours.adminSession = adminSession?.id as string;
  const region = await call('POST', '/api/regions', ourAdmin, { name: `Regio ${marker}` });
  ours.region = region.json().id;
  const user = await call('POST', '/api/users', ourAdmin, {
    username: `${marker}@example.test`,
    email: `${marker}@example.test`,
    firstName: 'Gerda',
    lastName: marker,
    kind: 'internal',
    rights: ['fieldWorker'],
    regionIds: [ours.region],
    setup: { mode: 'invite' },
  });
  expect(user.statusCode).toBe(201);
  ours.user = user.json().id;
  const mails = await call('GET', '/api/mail/outbox', ourAdmin);
  ours.mail = mails.json().items[0].id;
  const planner = await aTestUser(t.database.db, org, {
    rights: ['workPlanner'],
    regionIds: [ours.region as string],
  });
  await addKlicRecords(await logIn(t.app, planner));
  // Expired on an active project: a warning that names the project (the marker).
  await t.database.db
    .update(klicMelding)
    .set({ expiresOn: '2020-01-02' })
    .where(eq(klicMelding.id, ours.melding as string));
  const reason = await call('POST', '/api/reason-lists/abortExecution', ourAdmin, { text: marker });
  ours.reasonItem = reason.json().item.id;
  await addFieldRecords(org);
  await call('PUT', '/api/helpdesk', ourAdmin, { name: marker });

  const theirs = await aTestOrganisation(t.database.db);
  outsider = await logIn(
    t.app,
    await aTestUser(t.database.db, theirs, { rights: ['userAdmin', 'workPlanner', 'fieldWorker'] }),
  );
});
afterAll(() => t.close());

describe('another organisation, with every right', () => {
  it('has a record of ours to try for every route with a path parameter', async () => {
    for (const route of t.app.routeAccess.filter((r) => r.url.includes('/:'))) {
      if (notTenantScoped.has(route.url)) continue;
      for (const [, parameter] of route.url.matchAll(/:(\w+)/g)) {
        expect(recordFor(route.url, parameter), `${route.method} ${route.url}`).toBeDefined();
      }
    }
    // Our own planner reads each KLIC record, so the outsider's 404 below is about the organisation.
    for (const route of t.app.routeAccess.filter(
      (r) => r.method === 'GET' && r.url.startsWith('/api/klic/') && r.url.includes('/:'),
    )) {
      const url = fill(route.url);
      expect((await call('GET', url, ours.planner as string)).statusCode, url).toBe(200);
    }
  });

  it('gets 404 for each of our records, on every route, and changes nothing', async () => {
    const before = (await call('GET', `/api/users/${ours.user}`, ourAdmin)).json();
    for (const route of t.app.routeAccess.filter(
      (r) => r.url.includes('/:') && !notTenantScoped.has(r.url),
    )) {
      const url = fill(route.url);
      const response = await call(route.method, url, outsider, bodyFor(route.method, route.url));
      expect(response.statusCode, `${route.method} ${url}`).toBe(404);
    }
    expect((await call('GET', `/api/users/${ours.user}`, ourAdmin)).json()).toEqual(before);
    const regions = (await call('GET', '/api/regions', ourAdmin)).json().items;
    expect(regions.map((r: { name: string }) => r.name)).toContain(`Regio ${marker}`);
    const meldingen = (await call('GET', '/api/klic/meldingen', ours.planner as string)).json().meldingen;
    expect(meldingen).toEqual([expect.objectContaining({ id: ours.melding, projectNumber: marker })]);
  });

  it('gets 404 when naming our KLICs in a request body, and changes nothing', async () => {
    const theirWorker = (await call('GET', '/api/projects/field-workers', outsider)).json().fieldWorkers;
    const userIds = [theirWorker[0]?.userId ?? 'x'];
    for (const [url, body] of [
      ['/api/klic/meldingen/field-workers', { meldingIds: [ours.melding], userIds, action: 'assign' }],
      ['/api/klic/meldingen/field-workers', { meldingIds: [ours.melding], userIds, action: 'unassign' }],
      ['/api/klic/meldingen/release', { meldingIds: [ours.melding], userIds }],
    ] as const) {
      expect((await call('POST', url, outsider, body)).statusCode, url).toBe(404);
    }
    const klics = (await call('GET', `/api/projects/${ours.project}/klics`, ours.planner as string)).json();
    expect(klics.klics).toEqual([
      expect.objectContaining({
        id: ours.melding,
        toelichting: '',
        fieldWorkers: [expect.objectContaining({ userId: ours.fieldWorker, removedFromDevice: false })],
      }),
    ]);
  });

  it('never sees a trace of us in any list or overview', async () => {
    // Our own planner does see the marker in the KLIC lists, so their absence below means something.
    for (const url of [
      '/api/klic/intakes',
      '/api/klic/meldingen',
      '/api/projects/options',
      `/api/projects?regionId=${ours.region}`,
      '/api/klic/warnings',
      '/api/klic/status',
      '/api/klic/receipts',
      '/api/reason-lists/abortExecution',
      '/api/helpdesk',
    ]) {
      expect((await call('GET', url, ours.planner as string)).body, url).toContain(marker);
    }
    const lists = t.app.routeAccess.filter(
      (r) => r.method === 'GET' && !r.url.includes(':') && !r.url.includes('*') && r.access !== 'public',
    );
    expect(lists.length).toBeGreaterThan(5);
    for (const route of [...lists, { url: '/api/reason-lists/abortExecution' }]) {
      const response = await call('GET', route.url, outsider);
      expect(response.statusCode, route.url).toBeLessThan(500);
      expect(response.body, route.url).not.toContain(marker);
    }
  });

  it('cannot name one of our regions in a report (JSON or Excel)', async () => {
    const reports = t.app.routeAccess.filter((r) => r.method === 'GET' && r.url.startsWith('/api/reports/'));
    expect(reports.length).toBeGreaterThanOrEqual(8);
    for (const route of reports) {
      const url = `${route.url}?regionId=${ours.region}`;
      expect((await call('GET', url, ours.planner as string)).statusCode, url).toBe(200);
      expect((await call('GET', url, outsider)).statusCode, url).toBe(404);
    }
  });
});
