import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../infra/db/database.ts';
import { klicDelivery, klicIntake, klicMelding, project } from '../../infra/db/schema/index.ts';
import type { AppError } from '../../infra/errors/app-error.ts';

export type IntakeRow = typeof klicIntake.$inferSelect;
export type IntakeChange = Partial<Omit<IntakeRow, 'id' | 'organisationId' | 'createdAt'>>;

export async function updateIntake(tx: Executor, id: string, change: IntakeChange): Promise<void> {
  await tx
    .update(klicIntake)
    .set({ ...change, updatedAt: new Date() })
    .where(eq(klicIntake.id, id));
}

export function failureOf(error: AppError): IntakeChange {
  return { errorCode: error.code, errorReason: error.reason ?? null, errorParams: error.params };
}

export async function findIntake(tx: Executor, id: string): Promise<IntakeRow | undefined> {
  const [row] = await tx.select().from(klicIntake).where(eq(klicIntake.id, id));
  return row;
}

/** Intakes with what they led to: meldnummer, volgnummer, project. */
export async function listIntakes(
  tx: Executor,
  organisationId: string,
  options: { id?: string; limit?: number } = {},
) {
  return tx
    .select({
      intake: klicIntake,
      meldnummer: klicMelding.meldnummer,
      volgnummer: klicDelivery.volgnummer,
      projectNumber: project.number,
    })
    .from(klicIntake)
    .leftJoin(klicMelding, eq(klicMelding.id, klicIntake.meldingId))
    .leftJoin(klicDelivery, eq(klicDelivery.id, klicIntake.deliveryId))
    .leftJoin(project, eq(project.id, klicMelding.projectId))
    .where(
      and(
        eq(klicIntake.organisationId, organisationId),
        options.id ? eq(klicIntake.id, options.id) : undefined,
      ),
    )
    .orderBy(desc(klicIntake.createdAt))
    .limit(options.limit ?? 100);
}
