import { and, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../../infra/db/database.ts';
import { loginThrottle } from '../../infra/db/schema/index.ts';

/** Failed logins allowed within the window, per account and per network address. */
export const loginThrottleLimits = { account: 5, address: 20 } as const;
export const loginThrottleWindowSeconds = 15 * 60;
export const loginThrottleLockSeconds = 15 * 60;

export type ThrottleSubject = { kind: keyof typeof loginThrottleLimits; key: string };

export type ThrottleDecision =
  | { allowed: true }
  | { allowed: false; retryAfterSeconds: number; newlyLocked: ThrottleSubject[] };

/** The account key: the identifier as typed, so an unknown account is throttled exactly like a known one. */
export function accountSubject(identifier: string): ThrottleSubject {
  return { kind: 'account', key: `account:${identifier.trim().toLowerCase().slice(0, 320)}` };
}

/** IPv6 users own a whole /64 and can change addresses within it at will: it counts as one address. */
export function addressSubject(ip: string): ThrottleSubject {
  const ipv6 = ip.includes(':') && !ip.startsWith('::ffff:');
  const key = ipv6 ? `${expandIpv6(ip).slice(0, 4).join(':')}::/64` : ip.replace(/^::ffff:/, '');
  return { kind: 'address', key: `address:${key}` };
}

function expandIpv6(ip: string): string[] {
  const [head = '', tail = ''] = ip.split('::');
  const headParts = head ? head.split(':') : [];
  const tailParts = tail ? tail.split(':') : [];
  const missing = ip.includes('::') ? 8 - headParts.length - tailParts.length : 0;
  return [...headParts, ...Array(missing).fill('0'), ...tailParts].map((part) => part.toLowerCase() || '0');
}

const window = sql.raw(`interval '${loginThrottleWindowSeconds} seconds'`);
const lock = sql.raw(`interval '${loginThrottleLockSeconds} seconds'`);

/**
 * Reserves a login attempt before the password is checked. The attempt counts as a failure until
 * `release` or `succeeded` takes it back, so parallel attempts cannot slip past the limit together.
 * A window or lock that has ended starts the count over. Refuses when a subject is locked or the
 * attempt would exceed the limit (which starts the lock); the stored rows are shared by all instances.
 */
export async function reserveLoginAttempt(
  db: Executor,
  subjects: ThrottleSubject[],
): Promise<ThrottleDecision> {
  const startsOver = sql`(${loginThrottle.windowStartedAt} <= now() - ${window} or ${loginThrottle.lockedUntil} <= now())`;
  const rows = await db
    .insert(loginThrottle)
    .values(subjects.map(({ key }) => ({ key, failures: 1 })))
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: sql`case when ${startsOver} then 1 else ${loginThrottle.failures} + 1 end`,
        windowStartedAt: sql`case when ${startsOver} then now() else ${loginThrottle.windowStartedAt} end`,
        lockedUntil: sql`case when ${startsOver} then null else ${loginThrottle.lockedUntil} end`,
      },
    })
    .returning({
      key: loginThrottle.key,
      failures: loginThrottle.failures,
      lockedForSeconds: sql<
        number | null
      >`ceil(extract(epoch from (${loginThrottle.lockedUntil} - now())))::int`,
    });

  let retryAfterSeconds = 0;
  const newlyLocked: ThrottleSubject[] = [];
  for (const row of rows) {
    const subject = subjects.find(({ key }) => key === row.key);
    if (!subject) continue;
    if (row.lockedForSeconds !== null && row.lockedForSeconds > 0) {
      retryAfterSeconds = Math.max(retryAfterSeconds, row.lockedForSeconds);
    } else if (row.failures > loginThrottleLimits[subject.kind]) {
      if (await startLock(db, subject.key)) newlyLocked.push(subject);
      retryAfterSeconds = Math.max(retryAfterSeconds, loginThrottleLockSeconds);
    }
  }
  if (retryAfterSeconds === 0) return { allowed: true };
  await releaseLoginAttempt(db, subjects);
  return { allowed: false, retryAfterSeconds, newlyLocked };
}

/** Starts the lock unless another attempt already did; true when this call started it. */
async function startLock(db: Executor, key: string): Promise<boolean> {
  const started = await db
    .update(loginThrottle)
    .set({ lockedUntil: sql`now() + ${lock}` })
    .where(
      and(
        eq(loginThrottle.key, key),
        or(isNull(loginThrottle.lockedUntil), lte(loginThrottle.lockedUntil, sql`now()`)),
      ),
    )
    .returning({ key: loginThrottle.key });
  return started.length > 0;
}

/** Takes back a reserved attempt that never checked a password (refused, malformed, another site). */
export async function releaseLoginAttempt(db: Executor, subjects: ThrottleSubject[]): Promise<void> {
  if (subjects.length === 0) return;
  await db
    .update(loginThrottle)
    .set({ failures: sql`greatest(${loginThrottle.failures} - 1, 0)` })
    .where(
      and(
        inArray(
          loginThrottle.key,
          subjects.map(({ key }) => key),
        ),
        gt(loginThrottle.failures, 0),
      ),
    );
}

/** A successful login clears the account's failures and takes its attempt back from the address. */
export async function loginSucceeded(db: Executor, subjects: ThrottleSubject[]): Promise<void> {
  const accounts = subjects.filter(({ kind }) => kind === 'account').map(({ key }) => key);
  if (accounts.length > 0) await db.delete(loginThrottle).where(inArray(loginThrottle.key, accounts));
  await releaseLoginAttempt(
    db,
    subjects.filter(({ kind }) => kind !== 'account'),
  );
}

/** Rows whose window and lock ended a day ago carry no information any more. */
export async function pruneLoginThrottle(db: Executor): Promise<void> {
  await db
    .delete(loginThrottle)
    .where(
      and(
        lte(loginThrottle.windowStartedAt, sql`now() - interval '1 day'`),
        or(isNull(loginThrottle.lockedUntil), lte(loginThrottle.lockedUntil, sql`now() - interval '1 day'`)),
      ),
    );
}
