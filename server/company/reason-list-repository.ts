import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Executor } from '../infra/db/database.ts';
import { type ReasonList, reasonListItem } from '../infra/db/schema/index.ts';
import { AppError } from '../infra/errors/app-error.ts';
import './company-messages.ts';
import type { ReasonItem } from './reason-list-schemas.ts';

const itemColumns = { id: reasonListItem.id, text: reasonListItem.text, position: reasonListItem.position };

const ofList = (organisationId: string, list: ReasonList) =>
  and(eq(reasonListItem.organisationId, organisationId), eq(reasonListItem.list, list));

/** The organisation's reasons of one list in the order the field app shows them. */
export function listReasons(tx: Executor, organisationId: string, list: ReasonList): Promise<ReasonItem[]> {
  return tx
    .select(itemColumns)
    .from(reasonListItem)
    .where(ofList(organisationId, list))
    .orderBy(asc(reasonListItem.position), asc(reasonListItem.createdAt), asc(reasonListItem.id));
}

/**
 * Serialises changes to one list of one organisation for this transaction, so that two people adding
 * "Geen toegang" and "geen toegang" at once cannot both pass the duplicate check, and positions stay whole.
 */
export async function lockReasonList(tx: Executor, organisationId: string, list: ReasonList): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${organisationId}:reason-list:${list}`}))`);
}

/** The reason of this organisation's list, or 404 as if it did not exist. */
export async function reasonForChange(
  tx: Executor,
  organisationId: string,
  list: ReasonList,
  id: string,
): Promise<ReasonItem> {
  const [found] = await tx
    .select(itemColumns)
    .from(reasonListItem)
    .where(and(ofList(organisationId, list), eq(reasonListItem.id, id)));
  if (!found) throw new AppError('NOT_FOUND');
  return found;
}

/** Refuses a text the list already has, ignoring case and surrounding spaces (the unique index does not). */
export async function assertNewText(
  tx: Executor,
  organisationId: string,
  list: ReasonList,
  text: string,
  exceptId?: string,
): Promise<void> {
  const [same] = await tx
    .select({ id: reasonListItem.id })
    .from(reasonListItem)
    .where(
      and(
        ofList(organisationId, list),
        sql`lower(btrim(${reasonListItem.text})) = lower(${text})`,
        exceptId ? ne(reasonListItem.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (same) throw duplicateReason(text);
}

export function duplicateReason(text: string): AppError {
  return new AppError('CONFLICT', {
    reason: 'company.reason_exists',
    params: { text },
    fields: { text: 'already_exists' },
  });
}
