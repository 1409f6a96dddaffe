import { randomUUID } from 'node:crypto';
import type { Executor } from '../infra/db/database.ts';
import { organization, team } from '../infra/db/schema/index.ts';

/** Creates an organisation (a tenant) with its first regions. */
export async function createOrganisation(
  tx: Executor,
  input: { name: string; regions: string[] },
): Promise<{ organisationId: string; regionIds: string[] }> {
  const organisationId = randomUUID();
  await tx.insert(organization).values({
    id: organisationId,
    name: input.name,
    slug: `${slugify(input.name)}-${organisationId.slice(0, 8)}`,
  });
  const regionIds = input.regions.map(() => randomUUID());
  if (input.regions.length > 0) {
    await tx.insert(team).values(
      input.regions.map((name, i) => ({
        id: regionIds[i] as string,
        name,
        organizationId: organisationId,
      })),
    );
  }
  return { organisationId, regionIds };
}

function slugify(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, '-')
      .slice(0, 40) || 'organisatie'
  );
}
