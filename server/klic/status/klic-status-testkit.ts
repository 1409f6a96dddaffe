import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { klicDelivery, klicMelding, project } from '../../infra/db/schema/index.ts';
import type { TestApp } from '../../infra/testing/test-app.ts';
import type { DeliverySummary } from '../imkl/imkl-model.ts';

// Meldingen in every state, stored directly: the intake that makes them is tested elsewhere.

export type MeldingFixture = {
  meldnummer: string;
  state?: 'requested' | 'partial' | 'complete';
  referentie?: string | null;
  projectId?: string | null;
  subProject?: string | null;
  expiresOn?: string | null;
  receipt?: boolean;
  requestedAt?: Date | null;
  /** Adds a current delivery (volgnummer 1) that arrived at this moment. */
  deliveredAt?: Date;
};

export async function aMelding(t: TestApp, organisationId: string, fixture: MeldingFixture): Promise<string> {
  const db = t.database.db;
  const [row] = await db
    .insert(klicMelding)
    .values({
      organisationId,
      meldnummer: fixture.meldnummer,
      state: fixture.state ?? 'requested',
      referentie: fixture.referentie ?? null,
      projectId: fixture.projectId ?? null,
      subProject: fixture.subProject ?? null,
      expiresOn: fixture.expiresOn ?? null,
      receiptBlobKey: fixture.receipt ? `${organisationId}/klic/receipts/${randomUUID()}.pdf` : null,
      requestedAt: fixture.requestedAt ?? null,
    })
    .returning({ id: klicMelding.id });
  const id = (row as { id: string }).id;
  if (fixture.deliveredAt) {
    const [delivery] = await db
      .insert(klicDelivery)
      .values({
        organisationId,
        meldingId: id,
        volgnummer: 1,
        complete: fixture.state === 'complete',
        zipBlobKey: `${organisationId}/klic/${randomUUID()}.zip`,
        zipSha256: randomUUID(),
        zipBytes: 1,
        gmlBytes: 1,
        summary: {} as DeliverySummary,
        createdAt: fixture.deliveredAt,
      })
      .returning({ id: klicDelivery.id });
    await db.update(klicMelding).set({ currentDeliveryId: delivery?.id }).where(eq(klicMelding.id, id));
  }
  return id;
}

export async function aProjectRow(t: TestApp, organisationId: string, number: string): Promise<string> {
  const [row] = await t.database.db
    .insert(project)
    .values({ organisationId, number })
    .returning({ id: project.id });
  return (row as { id: string }).id;
}
