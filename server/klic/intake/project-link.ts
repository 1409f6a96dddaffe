import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../infra/db/database.ts';
import { klicMelding, project } from '../../infra/db/schema/index.ts';
import { assignProjectWorkers } from '../manage/field-worker-assignments.ts';

/** 'P-2026-001;Fase 2' → project number 'P-2026-001' with sub-project 'Fase 2'; plain text → the number. */
export function parseReferentie(
  referentie: string | null,
): { projectNumber: string; subProject: string | null } | null {
  const text = referentie?.trim();
  if (!text) return null;
  const separator = text.indexOf(';');
  if (separator < 0) return { projectNumber: text, subProject: null };
  const projectNumber = text.slice(0, separator).trim();
  const subProject = text.slice(separator + 1).trim();
  return projectNumber ? { projectNumber, subProject: subProject || null } : null;
}

/**
 * Serialises linking for one project number of an organisation (transaction-scoped): a project being created
 * and a delivery naming it at the same moment would otherwise each miss the other's uncommitted row.
 */
export async function lockProjectNumber(
  tx: Executor,
  organisationId: string,
  projectNumber: string,
): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${organisationId}:${projectNumber}`}))`);
}

/** The organisation's project for a KLIC reference, with the sub-project label; null when there is none. */
export async function projectForReferentie(
  tx: Executor,
  organisationId: string,
  referentie: string | null,
): Promise<{ projectId: string; projectNumber: string; subProject: string | null } | null> {
  const parsed = parseReferentie(referentie);
  if (!parsed) return null;
  await lockProjectNumber(tx, organisationId, parsed.projectNumber);
  const [found] = await tx
    .select({ id: project.id, number: project.number })
    .from(project)
    .where(and(eq(project.organisationId, organisationId), eq(project.number, parsed.projectNumber)));
  return found ? { projectId: found.id, projectNumber: found.number, subProject: parsed.subProject } : null;
}

/**
 * Links the organisation's waiting (unlinked) meldingen whose reference names this project — called when
 * a project is created or renumbered — and gives them to the project's field workers. Returns how many
 * were linked.
 */
export async function linkWaitingMeldingen(
  tx: Executor,
  organisationId: string,
  target: { id: string; number: string },
): Promise<number> {
  const linked = await tx
    .update(klicMelding)
    .set({
      projectId: target.id,
      subProject: sql`case when strpos(${klicMelding.referentie}, ';') > 0
        then nullif(trim(substr(${klicMelding.referentie}, strpos(${klicMelding.referentie}, ';') + 1)), '') end`,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(klicMelding.organisationId, organisationId),
        isNull(klicMelding.projectId),
        sql`(trim(${klicMelding.referentie}) = ${target.number} or (strpos(${klicMelding.referentie}, ';') > 0 and trim(split_part(${klicMelding.referentie}, ';', 1)) = ${target.number}))`,
      ),
    )
    .returning({ id: klicMelding.id });
  await assignProjectWorkers(tx, target.id, { meldingIds: linked.map((row) => row.id) });
  return linked.length;
}
