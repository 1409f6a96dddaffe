import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../infra/audit/record-audit.ts';
import type { Database } from '../../infra/db/database.ts';
import { team } from '../../infra/db/schema/index.ts';
import type { RegionWithUserCount } from '../regions-repository.ts';
import { auditFields, lockOrganisationRegions, type RegionChangedBy } from './region-change.ts';
import { assertRegionNameFree, withUniqueRegionName } from './region-name.ts';

/** "Regio's beheren → toevoegen": a new region without users. */
export async function addRegion(
  db: Database,
  by: RegionChangedBy,
  name: string,
): Promise<RegionWithUserCount> {
  const organisationId = by.actor.organisationId;
  const id = randomUUID();
  await withUniqueRegionName(() =>
    db.transaction(async (tx) => {
      await lockOrganisationRegions(tx, organisationId);
      await assertRegionNameFree(tx, organisationId, name);
      await tx.insert(team).values({ id, name, organizationId: organisationId });
      await recordAudit(tx, {
        ...auditFields(by),
        action: 'create',
        event: 'region.created',
        entity: { type: 'region', id, label: name },
        after: { name },
      });
    }),
  );
  return { id, name, userCount: 0 };
}
