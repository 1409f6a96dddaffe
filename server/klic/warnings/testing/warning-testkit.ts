import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../infra/db/database.ts';
import {
  type EvHandlingStatus,
  klicDelivery,
  klicEvHandling,
  klicMelding,
  type ProjectStatus,
  project,
} from '../../../infra/db/schema/index.ts';
import type { DeliverySummary } from '../../imkl/imkl-model.ts';

// Rows for the warning tests, stored directly: the intake and the project routes are tested elsewhere.

export async function aProjectRow(
  db: Database,
  organisationId: string,
  fields: { status?: ProjectStatus; startDate?: string | null; klicValidityOverride?: boolean } = {},
): Promise<{ id: string; number: string }> {
  const number = `P${randomUUID().slice(0, 8)}`;
  const [row] = await db
    .insert(project)
    .values({ organisationId, number, ...fields })
    .returning({ id: project.id, number: project.number });
  if (!row) throw new Error('project not stored');
  return row;
}

export async function aMeldingRow(
  db: Database,
  organisationId: string,
  fields: {
    projectId?: string | null;
    expiresOn?: string | null;
    meldingDate?: string | null;
    state?: 'requested' | 'partial' | 'complete';
    subProject?: string | null;
  } = {},
): Promise<{ id: string; meldnummer: string }> {
  const meldnummer = `26O${randomUUID().slice(0, 7)}`;
  const [row] = await db
    .insert(klicMelding)
    .values({ organisationId, meldnummer, state: 'complete', ...fields })
    .returning({ id: klicMelding.id, meldnummer: klicMelding.meldnummer });
  if (!row) throw new Error('melding not stored');
  return row;
}

/** A current delivery naming the operators, and an EV handling per operator. */
export async function evHandlings(
  db: Database,
  organisationId: string,
  meldingId: string,
  operators: { bronhoudercode: string; naam: string | null; status?: EvHandlingStatus }[],
): Promise<void> {
  const summary = {
    netbeheerders: operators.map((o) => ({ bronhoudercode: o.bronhoudercode, naam: o.naam })),
  } as unknown as DeliverySummary;
  const [delivery] = await db
    .insert(klicDelivery)
    .values({
      organisationId,
      meldingId,
      volgnummer: 1,
      complete: true,
      zipBlobKey: `test/${randomUUID()}`,
      zipSha256: randomUUID(),
      zipBytes: 1,
      gmlBytes: 1,
      summary,
    })
    .returning({ id: klicDelivery.id });
  await db.update(klicMelding).set({ currentDeliveryId: delivery?.id }).where(eq(klicMelding.id, meldingId));
  await db.insert(klicEvHandling).values(
    operators.map((o) => ({
      organisationId,
      meldingId,
      bronhoudercode: o.bronhoudercode,
      status: o.status ?? ('open' as const),
    })),
  );
}
