import { eq } from 'drizzle-orm';
import webpush from 'web-push';
import { z } from 'zod';
import type { Executor } from '../infra/db/database.ts';
import { instanceSetting } from '../infra/db/schema/index.ts';

/** The key pair that identifies this Veldwerk instance to the browsers' push services. */
export type VapidKeys = { publicKey: string; privateKey: string };

const vapidKey = 'vapid';
const storedKeys = z.object({ publicKey: z.string().min(1), privateKey: z.string().min(1) });

async function readKeys(db: Executor): Promise<VapidKeys | undefined> {
  const [row] = await db
    .select({ value: instanceSetting.value })
    .from(instanceSetting)
    .where(eq(instanceSetting.key, vapidKey));
  return row ? storedKeys.parse(row.value) : undefined;
}

/**
 * The instance's VAPID keys, generated on first use. Several instances starting at once each insert a
 * pair and keep whichever was stored first, so all of them sign with the same keys. The keys must never
 * change afterwards: every browser subscription is bound to the public key.
 */
export async function vapidKeys(db: Executor): Promise<VapidKeys> {
  const existing = await readKeys(db);
  if (existing) return existing;
  const generated = webpush.generateVAPIDKeys();
  await db
    .insert(instanceSetting)
    .values({ key: vapidKey, value: { publicKey: generated.publicKey, privateKey: generated.privateKey } })
    .onConflictDoNothing({ target: instanceSetting.key });
  const stored = await readKeys(db);
  if (!stored) throw new Error('VAPID keys were neither found nor stored');
  return stored;
}
