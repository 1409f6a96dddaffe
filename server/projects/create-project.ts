import { randomUUID } from 'node:crypto';
import type { Actor } from '../accounts/actor.ts';
import { recordAudit } from '../infra/audit/record-audit.ts';
import type { Database } from '../infra/db/database.ts';
import { project } from '../infra/db/schema/index.ts';
import { linkWaitingMeldingen } from '../klic/intake/project-link.ts';
import { assertVisibleRegion, auditedFields } from './project-access.ts';
import { projectFieldWorkers, setProjectFieldWorkers } from './project-field-workers.ts';
import { claimProjectNumber, rethrowNumberTaken } from './project-number.ts';
import type { CreateInput } from './project-schemas.ts';

/**
 * Adds a project. KLIC-meldingen that were waiting with this project number as their reference link to it
 * at once (in the same transaction); its field workers get all of its KLICs.
 */
export async function createProject(db: Database, actor: Actor, input: CreateInput) {
  const organisationId = actor.organisationId;
  const id = randomUUID();
  const { fieldWorkerIds, ...fields } = input;
  return db.transaction(async (tx) => {
    await assertVisibleRegion(tx, actor, input.regionId);
    await claimProjectNumber(tx, organisationId, input.number);
    const [created] = await tx
      .insert(project)
      .values({ id, organisationId, ...fields })
      .returning()
      .catch(rethrowNumberTaken);
    const record = created as NonNullable<typeof created>;
    const linkedKlics = await linkWaitingMeldingen(tx, organisationId, { id, number: input.number });
    const workers = await setProjectFieldWorkers(tx, record, fieldWorkerIds);
    await recordAudit(tx, {
      organisationId,
      actor: { userId: actor.userId, name: actor.name },
      action: 'create',
      event: 'project.created',
      entity: { type: 'project', id, label: input.number },
      after: { ...auditedFields(record), fieldWorkers: workers.after, linkedKlics },
    });
    return { ...record, klics: linkedKlics, linkedKlics, fieldWorkers: await projectFieldWorkers(tx, id) };
  });
}
