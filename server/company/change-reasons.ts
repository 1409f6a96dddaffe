import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.ts';
import { changedFields, recordAudit } from '../infra/audit/record-audit.ts';
import type { Database, Executor } from '../infra/db/database.ts';
import { type ReasonList, reasonListItem } from '../infra/db/schema/index.ts';
import { isUniqueViolation } from '../infra/db/unique-violation.ts';
import { AppError } from '../infra/errors/app-error.ts';
import {
  assertNewText,
  duplicateReason,
  listReasons,
  lockReasonList,
  reasonForChange,
} from './reason-list-repository.ts';
import { maxReasonsPerList, type ReasonItem, type UpdateInput } from './reason-list-schemas.ts';

const auditActor = (actor: Actor) => ({ userId: actor.userId, name: actor.name });

/** Adds a reason at the end of the list. */
export async function addReason(
  db: Database,
  actor: Actor,
  list: ReasonList,
  text: string,
): Promise<ReasonItem> {
  const organisationId = actor.organisationId;
  return db.transaction(async (tx) => {
    await lockReasonList(tx, organisationId, list);
    await assertNewText(tx, organisationId, list, text);
    const current = await listReasons(tx, organisationId, list);
    if (current.length >= maxReasonsPerList)
      throw new AppError('VALIDATION_FAILED', {
        reason: 'company.reason_list_full',
        params: { max: maxReasonsPerList },
        fields: { text: 'list_full' },
      });
    const position = current.reduce((last, item) => Math.max(last, item.position + 1), 0);
    const [created] = await tx
      .insert(reasonListItem)
      .values({ organisationId, list, text, position })
      .returning({ id: reasonListItem.id, text: reasonListItem.text, position: reasonListItem.position })
      .catch((error: unknown) => rethrowDuplicate(error, text));
    const item = created as ReasonItem;
    await recordAudit(tx, {
      organisationId,
      actor: auditActor(actor),
      action: 'create',
      event: 'reasonList.itemAdded',
      entity: { type: 'reasonListItem', id: item.id, label: text },
      after: { list, text, position },
    });
    return item;
  });
}

/** Changes a reason's text and/or moves it to another place; the others shift to keep the order whole. */
export async function updateReason(
  db: Database,
  actor: Actor,
  list: ReasonList,
  id: string,
  input: UpdateInput,
): Promise<ReasonItem[]> {
  const organisationId = actor.organisationId;
  return db.transaction(async (tx) => {
    await lockReasonList(tx, organisationId, list);
    const before = await reasonForChange(tx, organisationId, list, id);
    if (input.text !== undefined && input.text !== before.text) {
      await assertNewText(tx, organisationId, list, input.text, id);
      await tx
        .update(reasonListItem)
        .set({ text: input.text })
        .where(eq(reasonListItem.id, id))
        .catch((error: unknown) => rethrowDuplicate(error, input.text as string));
    }
    if (input.position !== undefined) await moveReason(tx, organisationId, list, id, input.position);
    const items = await listReasons(tx, organisationId, list);
    const after = items.find((item) => item.id === id) as ReasonItem;
    const changes = changedFields(
      { text: before.text, position: before.position },
      { text: after.text, position: after.position },
    );
    if (Object.keys(changes.after).length > 0)
      await recordAudit(tx, {
        organisationId,
        actor: auditActor(actor),
        action: 'update',
        event: 'reasonList.itemChanged',
        entity: { type: 'reasonListItem', id, label: after.text },
        before: { list, ...changes.before },
        after: { list, ...changes.after },
      });
    return items;
  });
}

/** Takes a reason off the list; registrations made with it keep their own copy of the text. */
export async function removeReason(db: Database, actor: Actor, list: ReasonList, id: string): Promise<void> {
  const organisationId = actor.organisationId;
  await db.transaction(async (tx) => {
    await lockReasonList(tx, organisationId, list);
    const before = await reasonForChange(tx, organisationId, list, id);
    await tx
      .delete(reasonListItem)
      .where(and(eq(reasonListItem.organisationId, organisationId), eq(reasonListItem.id, id)));
    await recordAudit(tx, {
      organisationId,
      actor: auditActor(actor),
      action: 'delete',
      event: 'reasonList.itemRemoved',
      entity: { type: 'reasonListItem', id, label: before.text },
      before: { list, text: before.text, position: before.position },
    });
  });
}

/** Puts the reason at `position` (0 = first; beyond the end = last) and numbers the list 0, 1, 2 … again. */
async function moveReason(
  tx: Executor,
  organisationId: string,
  list: ReasonList,
  id: string,
  position: number,
) {
  const order = (await listReasons(tx, organisationId, list)).filter((item) => item.id !== id);
  const target = Math.min(position, order.length);
  const ids = [
    ...order.slice(0, target).map((item) => item.id),
    id,
    ...order.slice(target).map((item) => item.id),
  ];
  const renumber = ids.map((itemId, index) => sql`(${itemId}::uuid, ${index}::int)`);
  await tx.execute(sql`
    update reason_list_items set position = moved.position
    from (values ${sql.join(renumber, sql`, `)}) as moved(id, position)
    where reason_list_items.organisation_id = ${organisationId} and reason_list_items.id = moved.id
      and reason_list_items.position <> moved.position`);
}

function rethrowDuplicate(error: unknown, text: string): never {
  if (isUniqueViolation(error)) throw duplicateReason(text);
  throw error;
}
