import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aPlatformOperator, aTestOrganisation, logIn } from '../../infra/testing/factories.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';

let t: TestApp;
let operator: string;

beforeAll(async () => {
  t = await createTestApp();
  const org = await aTestOrganisation(t.database.db);
  operator = await logIn(t.app, await aPlatformOperator(t.database.db, org));
});
afterAll(() => t.close());

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
const marker = () => `Test ${randomUUID().slice(0, 8)}`;

async function publish(input: Record<string, unknown>): Promise<string> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/announcements',
    headers: { origin: testPublicUrl, cookie: operator },
    payload: input,
  });
  expect(response.statusCode).toBe(201);
  return response.json().title;
}

async function publicTitles(kind: string): Promise<string[]> {
  const response = await t.app.inject({ method: 'GET', url: `/api/public/announcements?kind=${kind}` });
  expect(response.statusCode).toBe(200);
  return response.json().items.map((item: { title: string }) => item.title);
}

describe('the public update pages', () => {
  it('list current and planned maintenance without login, newest first, not the finished ones', async () => {
    const maintenance = { kind: 'maintenance', durationMinutes: 60, reason: 'Serverupdate' };
    const finished = await publish({ ...maintenance, title: marker(), startsAt: hoursFromNow(-48) });
    const running = await publish({ ...maintenance, title: marker(), startsAt: hoursFromNow(-0.5) });
    const planned = await publish({ ...maintenance, title: marker(), startsAt: hoursFromNow(24) });
    const endedEarly = await publish({
      ...maintenance,
      title: marker(),
      startsAt: hoursFromNow(-0.5),
      endsAt: hoursFromNow(-0.1),
    });
    const titles = await publicTitles('maintenance');
    expect(titles.filter((title) => [finished, running, planned, endedEarly].includes(title))).toEqual([
      planned,
      running,
    ]);
  });

  it('list an outage until it is resolved', async () => {
    const ongoing = await publish({ kind: 'outage', title: marker(), startsAt: hoursFromNow(-1) });
    const resolved = await publish({
      kind: 'outage',
      title: marker(),
      startsAt: hoursFromNow(-3),
      endsAt: hoursFromNow(-2),
    });
    const titles = await publicTitles('outage');
    expect(titles).toContain(ongoing);
    expect(titles).not.toContain(resolved);
  });

  it('list the latest 20 updates and nothing personal', async () => {
    const titles: string[] = [];
    for (let i = 0; i < 21; i += 1)
      titles.push(await publish({ kind: 'update', title: marker(), body: 'Nieuw' }));
    const response = await t.app.inject({ method: 'GET', url: '/api/public/announcements?kind=update' });
    const items = response.json().items as Record<string, unknown>[];
    expect(items.map((item) => item.title)).toEqual(titles.slice(1).reverse());
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual([
        'body',
        'durationMinutes',
        'endsAt',
        'id',
        'kind',
        'publishedAt',
        'reason',
        'startsAt',
        'title',
      ]);
    }
    expect(response.body).not.toContain('createdBy');
    expect(response.body).not.toContain('Platform Beheerder');
  });

  it('refuse an unknown or missing kind (422)', async () => {
    for (const url of ['/api/public/announcements', '/api/public/announcements?kind=secret']) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(422);
    }
  });
});
