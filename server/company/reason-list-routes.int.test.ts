import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, reasonListItem } from '../infra/db/schema/index.ts';
import { aTestOrganisation, aTestUser, logIn, type TestOrganisation } from '../infra/testing/factories.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../infra/testing/test-app.ts';

let t: TestApp;
let org: TestOrganisation;
let planner: string;
let admin: string;
let fieldWorker: string;

beforeAll(async () => {
  t = await createTestApp();
  org = await aTestOrganisation(t.database.db);
  planner = await logIn(t.app, await aTestUser(t.database.db, org, { rights: ['workPlanner'] }));
  admin = await logIn(t.app, await aTestUser(t.database.db, org, { rights: ['userAdmin'] }));
  fieldWorker = await logIn(t.app, await aTestUser(t.database.db, org, { rights: ['fieldWorker'] }));
});
afterAll(() => t.close());

const send = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie, origin: testPublicUrl }, ...(payload ? { payload } : {}) });
const add = (list: string, text: string, cookie = planner) =>
  send('POST', `/api/reason-lists/${list}`, cookie, { text });
const texts = async (list: string, cookie = planner) =>
  (await send('GET', `/api/reason-lists/${list}`, cookie))
    .json()
    .items.map((item: { text: string }) => item.text);
const itemOf = async (list: string, text: string) => {
  const response = await add(list, text);
  expect(response.statusCode, response.body).toBe(201);
  return response.json().item as { id: string; text: string; position: number };
};
const logbook = (entityId: string) =>
  t.database.db.select().from(auditLog).where(eq(auditLog.entityId, entityId));

describe('a reason list', () => {
  it('is added to by a planner and a user admin, read in order by every member, and logged', async () => {
    const first = await itemOf('abortExecution', '  Geen toegang tot perceel ');
    expect(first).toMatchObject({ text: 'Geen toegang tot perceel', position: 0 });
    expect((await add('abortExecution', 'Weersomstandigheden', admin)).json().item.position).toBe(1);
    expect(await texts('abortExecution', fieldWorker)).toEqual([
      'Geen toegang tot perceel',
      'Weersomstandigheden',
    ]);
    expect(await texts('abortInspection')).toEqual([]);
    expect(await logbook(first.id)).toEqual([
      expect.objectContaining({
        event: 'reasonList.itemAdded',
        after: { list: 'abortExecution', text: 'Geen toegang tot perceel', position: 0 },
      }),
    ]);
  });

  it('refuses the same text again, whatever its case or spaces, with 409 and a sentence naming it', async () => {
    await itemOf('abortInspection', 'Klant niet thuis');
    const again = await add('abortInspection', '  KLANT niet THUIS ');
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      reason: 'company.reason_exists',
      fields: { text: 'already_exists' },
    });
    expect(again.json().error.message).toContain('KLANT niet THUIS');
    // Another list may have it.
    expect((await add('incompleteInspection', 'Klant niet thuis')).statusCode).toBe(201);
    expect(await texts('abortInspection')).toEqual(['Klant niet thuis']);
  });

  it('gives one 201 and one 409 (never a 500) when the same text is added twice at once', async () => {
    const answers = await Promise.all([
      add('incompleteExecution', 'Materiaal ontbreekt'),
      add('incompleteExecution', 'materiaal ontbreekt'),
    ]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409]);
    expect(await texts('incompleteExecution')).toHaveLength(1);
  });

  it('refuses empty, blank, multi-line, too long and non-text input with 422 and stores nothing', async () => {
    for (const payload of [
      {},
      { text: '' },
      { text: '    ' },
      { text: 'a\nb' },
      { text: 'x'.repeat(201) },
      { text: 5 },
    ]) {
      const response = await send('POST', '/api/reason-lists/incompleteInspection', planner, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(422);
    }
    expect((await add('incompleteInspection', 'x'.repeat(200))).statusCode).toBe(201);
    const huge = await send('POST', '/api/reason-lists/incompleteInspection', planner, {
      text: 'x'.repeat(2_000_000),
    });
    expect(huge.statusCode).toBe(413);
    expect(await texts('incompleteInspection')).toEqual(['Klant niet thuis', 'x'.repeat(200)]);
  });

  it('answers 422 for an unknown list key on every route', async () => {
    const item = await itemOf('abortExecution', 'Onbekende kabel');
    expect((await send('GET', '/api/reason-lists/redenen', planner)).statusCode).toBe(422);
    expect((await add('redenen', 'Iets')).statusCode).toBe(422);
    expect(
      (await send('PATCH', `/api/reason-lists/redenen/${item.id}`, planner, { text: 'x' })).statusCode,
    ).toBe(422);
    expect((await send('DELETE', `/api/reason-lists/redenen/${item.id}`, planner)).statusCode).toBe(422);
  });

  it('refuses changes by a field worker with 403, but lets them read', async () => {
    const item = await itemOf('abortExecution', 'Gevaarlijke situatie');
    expect((await add('abortExecution', 'Stiekem', fieldWorker)).statusCode).toBe(403);
    expect(
      (await send('PATCH', `/api/reason-lists/abortExecution/${item.id}`, fieldWorker, { text: 'x' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await send('DELETE', `/api/reason-lists/abortExecution/${item.id}`, fieldWorker)).statusCode,
    ).toBe(403);
    expect(await texts('abortExecution', fieldWorker)).toContain('Gevaarlijke situatie');
  });
});

describe('changing a reason', () => {
  const list = async (name: string, values: string[]) => {
    const items = [];
    for (const value of values) items.push(await itemOf(name, value));
    return items;
  };

  it('edits the text (logging before and after) and refuses a text another reason has', async () => {
    const other = await aTestOrganisation(t.database.db);
    const planner2 = await logIn(t.app, await aTestUser(t.database.db, other, { rights: ['workPlanner'] }));
    const a = (await send('POST', '/api/reason-lists/abortExecution', planner2, { text: 'Regen' })).json()
      .item;
    const edited = await send('PATCH', `/api/reason-lists/abortExecution/${a.id}`, planner2, {
      text: 'Zware regen',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().items).toEqual([{ id: a.id, text: 'Zware regen', position: 0 }]);
    const [, changed] = await logbook(a.id);
    expect(changed).toMatchObject({
      event: 'reasonList.itemChanged',
      before: { list: 'abortExecution', text: 'Regen' },
      after: { list: 'abortExecution', text: 'Zware regen' },
    });
    await send('POST', '/api/reason-lists/abortExecution', planner2, { text: 'Onweer' });
    const taken = await send('PATCH', `/api/reason-lists/abortExecution/${a.id}`, planner2, {
      text: 'ONWEER',
    });
    expect(taken.statusCode).toBe(409);
    // The same reason in another case is its own text: allowed.
    const recased = await send('PATCH', `/api/reason-lists/abortExecution/${a.id}`, planner2, {
      text: 'zware Regen',
    });
    expect(recased.statusCode).toBe(200);
  });

  it('moves a reason up and down and keeps the positions whole', async () => {
    const other = await aTestOrganisation(t.database.db);
    const cookie = await logIn(t.app, await aTestUser(t.database.db, other, { rights: ['userAdmin'] }));
    const items = [];
    for (const text of ['A', 'B', 'C', 'D'])
      items.push((await send('POST', '/api/reason-lists/abortInspection', cookie, { text })).json().item);
    const [a, , c, d] = items;
    const moved = await send('PATCH', `/api/reason-lists/abortInspection/${d.id}`, cookie, { position: 0 });
    expect(
      moved.json().items.map((item: { text: string; position: number }) => `${item.position}${item.text}`),
    ).toEqual(['0D', '1A', '2B', '3C']);
    const down = await send('PATCH', `/api/reason-lists/abortInspection/${a.id}`, cookie, { position: 99 });
    expect(down.json().items.map((item: { text: string }) => item.text)).toEqual(['D', 'B', 'C', 'A']);
    const both = await send('PATCH', `/api/reason-lists/abortInspection/${c.id}`, cookie, {
      text: 'C2',
      position: 1,
    });
    expect(both.json().items.map((item: { text: string }) => item.text)).toEqual(['D', 'C2', 'B', 'A']);
    for (const payload of [{}, { position: -1 }, { position: 1.5 }, { position: 101 }, { text: '' }]) {
      const response = await send('PATCH', `/api/reason-lists/abortInspection/${c.id}`, cookie, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(422);
    }
  });

  it('removes a reason after which it is gone from the list; removing it again is 404', async () => {
    const [gone] = await list('incompleteExecution', ['Wordt verwijderd']);
    const url = `/api/reason-lists/incompleteExecution/${gone?.id}`;
    expect((await send('DELETE', url, admin)).statusCode).toBe(204);
    expect(await texts('incompleteExecution')).not.toContain('Wordt verwijderd');
    expect((await send('DELETE', url, admin)).statusCode).toBe(404);
    expect((await send('PATCH', url, admin, { text: 'Terug' })).statusCode).toBe(404);
    expect((await logbook(gone?.id as string)).map((entry) => entry.event)).toEqual([
      'reasonList.itemAdded',
      'reasonList.itemRemoved',
    ]);
  });

  it("answers 404 for a reason of another list or another organisation's reason, and changes nothing", async () => {
    const [ours] = await list('abortExecution', ['Alleen van ons']);
    const id = ours?.id as string;
    expect(
      (await send('PATCH', `/api/reason-lists/abortInspection/${id}`, planner, { text: 'x' })).statusCode,
    ).toBe(404);
    expect((await send('DELETE', `/api/reason-lists/abortInspection/${id}`, planner)).statusCode).toBe(404);
    const other = await aTestOrganisation(t.database.db);
    const outsider = await logIn(
      t.app,
      await aTestUser(t.database.db, other, { rights: ['workPlanner', 'userAdmin'] }),
    );
    expect(
      (await send('PATCH', `/api/reason-lists/abortExecution/${id}`, outsider, { text: 'x' })).statusCode,
    ).toBe(404);
    expect((await send('DELETE', `/api/reason-lists/abortExecution/${id}`, outsider)).statusCode).toBe(404);
    expect(await texts('abortExecution', outsider)).toEqual([]);
    const [row] = await t.database.db.select().from(reasonListItem).where(eq(reasonListItem.id, id));
    expect(row?.text).toBe('Alleen van ons');
  });

  it('refuses a 101st reason with a sentence saying why', async () => {
    const other = await aTestOrganisation(t.database.db);
    await t.database.db.insert(reasonListItem).values(
      Array.from({ length: 100 }, (_, index) => ({
        organisationId: other.organisationId,
        list: 'abortExecution' as const,
        text: `Reden ${index}`,
        position: index,
      })),
    );
    const cookie = await logIn(t.app, await aTestUser(t.database.db, other, { rights: ['workPlanner'] }));
    const full = await send('POST', '/api/reason-lists/abortExecution', cookie, { text: 'Nog een' });
    expect(full.statusCode).toBe(422);
    expect(full.json().error).toMatchObject({ reason: 'company.reason_list_full' });
    expect(full.json().error.message).toContain('100');
  });
});
