import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueMail } from '../infra/mail/outbox.ts';
import { aTestOrganisation, aTestUser, logIn } from '../infra/testing/factories.ts';
import { createTestApp, type TestApp } from '../infra/testing/test-app.ts';

let testApp: TestApp;
let adminCookie: string;
let plannerCookie: string;
const ownMailIds: string[] = [];
let otherOrganisationMailId: string;

beforeAll(async () => {
  testApp = await createTestApp();
  const { db } = testApp.database;
  const organisation = await aTestOrganisation(db);
  const otherOrganisation = await aTestOrganisation(db);
  adminCookie = await logIn(testApp.app, await aTestUser(db, organisation, { rights: ['userAdmin'] }));
  plannerCookie = await logIn(testApp.app, await aTestUser(db, organisation, { rights: ['workPlanner'] }));
  for (const subject of ['Eerste mail', 'Tweede mail', 'Derde mail']) {
    ownMailIds.push(
      await enqueueMail(db, {
        organisationId: organisation.organisationId,
        to: `${randomUUID().slice(0, 8)}@example.test`,
        subject,
        text: `Tekst van ${subject}`,
        html: `<p>${subject}</p>`,
      }),
    );
  }
  otherOrganisationMailId = await enqueueMail(db, {
    organisationId: otherOrganisation.organisationId,
    to: 'ander@example.test',
    subject: 'Mail van een ander bedrijf',
    text: 'Geheim',
  });
});

afterAll(async () => {
  await testApp?.close();
});

const get = (url: string, cookie?: string) =>
  testApp.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

describe('GET /api/mail/outbox', () => {
  it("lists the user admin's organisation's mails, newest first, and no other organisation's", async () => {
    const response = await get('/api/mail/outbox', adminCookie);

    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toBe(3);
    expect(body.items.map((item: { subject: string }) => item.subject)).toEqual([
      'Derde mail',
      'Tweede mail',
      'Eerste mail',
    ]);
    expect(body.items[0]).toEqual({
      id: expect.any(String),
      to: expect.stringContaining('@example.test'),
      subject: expect.any(String),
      status: 'queued',
      attempts: 0,
      lastError: null,
      createdAt: expect.any(String),
      sentAt: null,
    });
    expect(JSON.stringify(body)).not.toContain(otherOrganisationMailId);
  });

  it('pages and filters by status', async () => {
    const page = await get('/api/mail/outbox?page=2&pageSize=2', adminCookie);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ total: 3, items: [expect.any(Object)] });

    const sent = await get('/api/mail/outbox?status=sent', adminCookie);
    expect(sent.json()).toEqual({ items: [], total: 0 });
  });

  it('refuses a work planner (403) and a visitor without session (401)', async () => {
    expect((await get('/api/mail/outbox', plannerCookie)).statusCode).toBe(403);
    expect((await get('/api/mail/outbox')).statusCode).toBe(401);
  });

  it('refuses a bad query (422)', async () => {
    const response = await get('/api/mail/outbox?pageSize=1000', adminCookie);
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
    expect((await get('/api/mail/outbox?status=verdwenen', adminCookie)).statusCode).toBe(422);
  });
});

describe('OpenAPI document', () => {
  it('describes the outbox routes under the platform tag', async () => {
    const document = (await get('/api/openapi.json')).json();
    expect(document.paths['/api/mail/outbox'].get.tags).toEqual(['platform']);
    expect(document.paths['/api/mail/outbox/{id}'].get.tags).toEqual(['platform']);
  });
});

describe('GET /api/mail/outbox/:id', () => {
  it('shows one mail of the organisation with its full text', async () => {
    const response = await get(`/api/mail/outbox/${ownMailIds[0]}`, adminCookie);

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: ownMailIds[0],
      subject: 'Eerste mail',
      text: 'Tekst van Eerste mail',
      html: '<p>Eerste mail</p>',
      status: 'queued',
      nextAttemptAt: expect.any(String),
    });
  });

  it("answers 404 for another organisation's mail and for an unknown id", async () => {
    const other = await get(`/api/mail/outbox/${otherOrganisationMailId}`, adminCookie);
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('NOT_FOUND');
    expect(other.body).not.toContain('Geheim');
    expect((await get(`/api/mail/outbox/${randomUUID()}`, adminCookie)).statusCode).toBe(404);
  });

  it('refuses a work planner (403)', async () => {
    expect((await get(`/api/mail/outbox/${ownMailIds[0]}`, plannerCookie)).statusCode).toBe(403);
  });
});
