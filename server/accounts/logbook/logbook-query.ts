import { and, desc, eq, gte, lt } from 'drizzle-orm';
import type { Executor } from '../../infra/db/database.ts';
import { auditLog } from '../../infra/db/schema/index.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import type { IsoDate } from '../../infra/workdays/iso-date.ts';
import { endOfAmsterdamDay, startOfAmsterdamDay } from './amsterdam-day.ts';

export type LogbookFilter = {
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorUserId?: string | undefined;
  event?: string | undefined;
  /** First day shown, a Dutch calendar date. */
  from?: IsoDate | undefined;
  /** Last day shown (inclusive), a Dutch calendar date. */
  to?: IsoDate | undefined;
  page: number;
  pageSize: number;
};

/**
 * One page of an organisation's logbook, newest first. Rows of other organisations and rows without an
 * organisation (e.g. failed logins of unknown accounts) are never included.
 */
export async function listLogbook(db: Executor, organisationId: string, filter: LogbookFilter) {
  if (filter.from && filter.to && filter.from > filter.to) {
    throw new AppError('VALIDATION_FAILED', { fields: { to: 'before_from' } });
  }
  const where = and(
    eq(auditLog.organisationId, organisationId),
    filter.entityType ? eq(auditLog.entityType, filter.entityType) : undefined,
    filter.entityId ? eq(auditLog.entityId, filter.entityId) : undefined,
    filter.actorUserId ? eq(auditLog.actorUserId, filter.actorUserId) : undefined,
    filter.event ? eq(auditLog.event, filter.event) : undefined,
    filter.from ? gte(auditLog.createdAt, startOfAmsterdamDay(filter.from)) : undefined,
    filter.to ? lt(auditLog.createdAt, endOfAmsterdamDay(filter.to)) : undefined,
  );
  const items = await db
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      actorName: auditLog.actorName,
      action: auditLog.action,
      event: auditLog.event,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      entityLabel: auditLog.entityLabel,
      before: auditLog.before,
      after: auditLog.after,
      ipAddress: auditLog.ipAddress,
    })
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const total = await db.$count(auditLog, where);
  return { items, total };
}
