import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { user } from '../../infra/db/schema/index.ts';
import { createTestApp, type TestApp } from '../../infra/testing/test-app.ts';
import { identityConflictOf, withIdentityConflicts } from './identity-conflict.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const aLogin = (overrides: { email?: string; username?: string } = {}) => ({
  id: randomUUID(),
  name: 'Race Conditie',
  email: `${randomUUID()}@example.test`,
  username: randomUUID(),
  ...overrides,
});

/** The error this database gives for a duplicate login, as Drizzle passes it on. */
async function duplicateError(field: 'email' | 'username'): Promise<unknown> {
  const first = aLogin();
  await t.database.db.insert(user).values(first);
  try {
    await t.database.db.transaction((tx) => tx.insert(user).values(aLogin({ [field]: first[field] })));
  } catch (error) {
    return error;
  }
  throw new Error('duplicate was stored');
}

describe('a unique violation of the database (the race the check cannot see)', () => {
  it('becomes the same 409 with the field, for the address and for the username', async () => {
    for (const field of ['email', 'username'] as const) {
      const conflict = identityConflictOf(await duplicateError(field));
      expect(conflict?.code).toBe('CONFLICT');
      expect(conflict?.fields).toEqual({ [field]: 'already_exists' });
    }
  });

  it('leaves every other error alone', async () => {
    const other = new Error('connection lost');
    expect(identityConflictOf(other)).toBeUndefined();
    expect(identityConflictOf({ code: '23505', constraint: 'sessions_token_unique' })).toBeUndefined();
    await expect(withIdentityConflicts(() => Promise.reject(other))).rejects.toBe(other);
  });
});
