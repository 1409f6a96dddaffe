import { randomUUID } from 'node:crypto';
import { fieldRegistrationPhoto } from '../../../infra/db/schema/index.ts';
import type { TestApp } from '../../../infra/testing/test-app.ts';

// Photos of field registrations stored directly, as the field app would have stored them (the field app's
// own API is tested in server/field/; the registrations: server/infra/testing/klic-rows.ts).

/** A photo in the test app's blob store; `store: false` leaves the blob out (a photo whose file is gone). */
export async function aPhoto(
  t: TestApp,
  organisationId: string,
  registrationId: string,
  bytes: Buffer,
  mediaType: string,
  options: { store?: boolean } = {},
): Promise<void> {
  const blobKey = `${organisationId}/field/${registrationId}/${randomUUID()}`;
  if (options.store !== false) await t.klic.wiring.blobs.put(blobKey, bytes);
  await t.database.db.insert(fieldRegistrationPhoto).values({
    organisationId,
    registrationId,
    blobKey,
    mediaType,
    size: bytes.length,
    idempotencyKey: randomUUID(),
  });
}
