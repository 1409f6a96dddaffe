import { eq } from 'drizzle-orm';
import { klicMelding, klicMeldingFieldWorker } from '../../infra/db/schema/index.ts';
import { aTestUser } from '../../infra/testing/factories.ts';
import type { TestApp } from '../../infra/testing/test-app.ts';
import type { PlannerSession } from '../../klic/intake/testing/klic-intake-testkit.ts';

// Field workers of a planner's organisation, and which KLICs they hold, for the integration tests.

export async function aFieldWorker(t: TestApp, planner: PlannerSession, name: string): Promise<string> {
  const org = { organisationId: planner.organisationId, regionIds: [planner.regionId] };
  const worker = await aTestUser(t.database.db, org, {
    rights: ['fieldWorker'],
    regionIds: [planner.regionId],
    name,
  });
  return worker.userId;
}

/** The meldnummers a user holds, sorted. */
export async function meldnummersOf(t: TestApp, userId: string): Promise<string[]> {
  const rows = await t.database.db
    .select({ meldnummer: klicMelding.meldnummer })
    .from(klicMeldingFieldWorker)
    .innerJoin(klicMelding, eq(klicMelding.id, klicMeldingFieldWorker.meldingId))
    .where(eq(klicMeldingFieldWorker.userId, userId));
  return rows.map((row) => row.meldnummer).sort();
}
