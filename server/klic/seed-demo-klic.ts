import { and, eq } from 'drizzle-orm';
import type { Database } from '../infra/db/database.ts';
import { organization, project, team } from '../infra/db/schema/index.ts';
import type { BlobStore } from '../infra/files/index.ts';
import { generateDelivery } from './generator/generate-delivery.ts';
import { storeDelivery } from './intake/store-delivery.ts';

const demoDeliveries = [
  { meldnummer: '26G0000101', referentie: 'P-2026-001;Fase 1', complete: true, seed: 101 },
  { meldnummer: '26O0000102', referentie: 'P-2026-002', complete: false, seed: 102 },
];

/**
 * The demo organisation's KLIC data on first start: project P-2026-001 with a linked graafmelding (with an
 * EV), and an oriëntatieverzoek for P-2026-002 that waits unlinked — generated deliveries, never Kadaster data.
 */
export async function seedDemoKlic(db: Database, blobs: BlobStore, organisationName: string): Promise<void> {
  const [organisation] = await db
    .select({ id: organization.id })
    .from(organization)
    .where(eq(organization.name, organisationName));
  if (!organisation) return;
  const organisationId = organisation.id;
  const [nieuwegein] = await db
    .select({ id: team.id })
    .from(team)
    .where(and(eq(team.organizationId, organisationId), eq(team.name, 'Nieuwegein')));
  await db.insert(project).values({
    organisationId,
    regionId: nieuwegein?.id ?? null,
    number: 'P-2026-001',
    description: 'Vervanging gasleiding Nieuwegein-Zuid',
    status: 'inExecution',
    startDate: '2026-12-07',
  });
  for (const delivery of demoDeliveries) {
    const key = `${organisationId}/klic/intake/demo-${delivery.meldnummer}.zip`;
    const stored = await blobs.put(
      key,
      generateDelivery({ ...delivery, operators: 5, cablesPerOperator: 25 }),
    );
    await storeDelivery(db, blobs, {
      organisationId,
      actor: null,
      zipBlobKey: key,
      zipSha256: stored.sha256,
      zipBytes: stored.size,
    });
  }
}
