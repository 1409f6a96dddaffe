import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DeliverySummary, Netbeheerder } from '../../klic/imkl/imkl-model.ts';
import type { Database } from '../db/database.ts';
import {
  type EvHandlingStatus,
  fieldRegistration,
  klicDelivery,
  klicEvHandling,
  klicMelding,
  project,
} from '../db/schema/index.ts';

// Projects, KLICs and what hangs off them, stored directly for tests whose subject is not how they are
// made: the project routes, the intake and the field app have tests of their own.

type ProjectFields = Partial<Omit<typeof project.$inferInsert, 'organisationId'>>;

/** A project with a unique number unless `fields` names one. */
export async function aProjectRow(
  db: Database,
  organisationId: string,
  fields: ProjectFields = {},
): Promise<{ id: string; number: string }> {
  const [row] = await db
    .insert(project)
    .values({ organisationId, number: `P-${randomUUID().slice(0, 8)}`, ...fields })
    .returning({ id: project.id, number: project.number });
  if (!row) throw new Error('project not stored');
  return row;
}

type MeldingFields = Partial<Omit<typeof klicMelding.$inferInsert, 'organisationId'>>;

/** A completely delivered KLIC with a unique meldnummer unless `fields` say otherwise; no delivery row. */
export async function aMeldingRow(
  db: Database,
  organisationId: string,
  fields: MeldingFields = {},
): Promise<{ id: string; meldnummer: string }> {
  const [row] = await db
    .insert(klicMelding)
    .values({ organisationId, meldnummer: `26O${randomUUID().slice(0, 7)}`, state: 'complete', ...fields })
    .returning({ id: klicMelding.id, meldnummer: klicMelding.meldnummer });
  if (!row) throw new Error('melding not stored');
  return row;
}

type DeliveredOperator = Pick<Netbeheerder, 'bronhoudercode' | 'naam'> &
  Partial<Pick<Netbeheerder, 'eisVoorzorgsmaatregel'>>;

/** A delivery naming these operators, arrived at `arrivedAt` (now); it becomes the melding's current one. */
export async function aCurrentDelivery(
  db: Database,
  organisationId: string,
  meldingId: string,
  options: {
    operators?: DeliveredOperator[];
    arrivedAt?: Date;
    volgnummer?: number;
    complete?: boolean;
  } = {},
): Promise<string> {
  const netbeheerders = (options.operators ?? []).map((operator) => ({
    eisVoorzorgsmaatregel: false,
    ...operator,
  }));
  const [row] = await db
    .insert(klicDelivery)
    .values({
      organisationId,
      meldingId,
      volgnummer: options.volgnummer ?? 1,
      complete: options.complete ?? true,
      zipBlobKey: `test/${randomUUID()}`,
      zipSha256: randomUUID(),
      zipBytes: 1,
      gmlBytes: 1,
      summary: { netbeheerders } as unknown as DeliverySummary,
      ...(options.arrivedAt ? { createdAt: options.arrivedAt } : {}),
    })
    .returning({ id: klicDelivery.id });
  if (!row) throw new Error('delivery not stored');
  await db.update(klicMelding).set({ currentDeliveryId: row.id }).where(eq(klicMelding.id, meldingId));
  return row.id;
}

/** The EV of one operator on a KLIC, as "EV afhandelen" keeps it. */
export async function anEvHandling(
  db: Database,
  organisationId: string,
  meldingId: string,
  bronhoudercode: string,
  status: EvHandlingStatus = 'open',
): Promise<void> {
  await db.insert(klicEvHandling).values({ organisationId, meldingId, bronhoudercode, status });
}

type RegistrationFields = Omit<
  typeof fieldRegistration.$inferInsert,
  'organisationId' | 'meldingId' | 'idempotencyKey' | 'details'
> & { details?: Record<string, unknown> };

/** A registration as the field app would have stored it (without details unless given). */
export async function aFieldRegistration(
  db: Database,
  organisationId: string,
  meldingId: string,
  fields: RegistrationFields,
): Promise<string> {
  const [row] = await db
    .insert(fieldRegistration)
    .values({ organisationId, meldingId, details: {}, ...fields, idempotencyKey: randomUUID() })
    .returning({ id: fieldRegistration.id });
  if (!row) throw new Error('registration not stored');
  return row.id;
}
