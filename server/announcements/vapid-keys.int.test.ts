import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../infra/db/database.ts';
import { instanceSetting } from '../infra/db/schema/index.ts';
import { openTestDatabase } from '../infra/testing/test-database.ts';
import { vapidKeys } from './vapid-keys.ts';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('VAPID keys', () => {
  it('are generated once and then always the same, also when asked for at the same time', async () => {
    const all = await Promise.all(Array.from({ length: 8 }, () => vapidKeys(database.db)));
    const first = all[0];
    expect(first?.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
    expect(first?.privateKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    for (const keys of all) expect(keys).toEqual(first);
    expect(await vapidKeys(database.db)).toEqual(first);
    expect(await database.db.select().from(instanceSetting)).toHaveLength(1);
  });
});
