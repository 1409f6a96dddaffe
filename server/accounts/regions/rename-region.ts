import { eq } from 'drizzle-orm';
import { recordAudit } from '../../infra/audit/record-audit.ts';
import type { Database } from '../../infra/db/database.ts';
import { team } from '../../infra/db/schema/index.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import { findRegion, type RegionWithUserCount } from '../regions-repository.ts';
import { auditFields, lockOrganisationRegions, lockRegion, type RegionChangedBy } from './region-change.ts';
import { assertRegionNameFree, withUniqueRegionName } from './region-name.ts';

/** Renames a region of the actor's organisation; the same name again changes (and logs) nothing. */
export async function renameRegion(
  db: Database,
  by: RegionChangedBy,
  regionId: string,
  name: string,
): Promise<RegionWithUserCount> {
  const organisationId = by.actor.organisationId;
  await withUniqueRegionName(() =>
    db.transaction(async (tx) => {
      await lockOrganisationRegions(tx, organisationId);
      const region = await lockRegion(tx, organisationId, regionId);
      if (region.name === name) return;
      await assertRegionNameFree(tx, organisationId, name, regionId);
      await tx.update(team).set({ name, updatedAt: new Date() }).where(eq(team.id, regionId));
      await recordAudit(tx, {
        ...auditFields(by),
        action: 'update',
        event: 'region.renamed',
        entity: { type: 'region', id: regionId, label: name },
        before: { name: region.name },
        after: { name },
      });
    }),
  );
  const renamed = await findRegion(db, organisationId, regionId);
  if (!renamed) throw new AppError('NOT_FOUND');
  return renamed;
}
