import { and, count, desc, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../infra/db/database.ts';
import { announcement } from '../infra/db/schema/index.ts';
import type { AnnouncementFields, AnnouncementKind } from './announcement-fields.ts';

export type Announcement = AnnouncementFields & {
  id: string;
  kind: AnnouncementKind;
  publishedAt: Date;
};

const columns = {
  id: announcement.id,
  kind: announcement.kind,
  title: announcement.title,
  body: announcement.body,
  startsAt: announcement.startsAt,
  durationMinutes: announcement.durationMinutes,
  reason: announcement.reason,
  endsAt: announcement.endsAt,
  publishedAt: announcement.publishedAt,
};

/** Latest updates on the public page; maintenance and outages are few at any time, the cap is a guard. */
const publicLimit: Record<AnnouncementKind, number> = { maintenance: 100, outage: 100, update: 20 };

/** Maintenance ends after its duration unless an end is set; other kinds end when an end is set. */
const effectiveEnd = sql`coalesce(${announcement.endsAt}, ${announcement.startsAt} + make_interval(mins => ${announcement.durationMinutes}))`;

export async function insertAnnouncement(
  tx: Executor,
  values: AnnouncementFields & { kind: AnnouncementKind; createdBy: string },
): Promise<Announcement> {
  const [row] = await tx.insert(announcement).values(values).returning(columns);
  if (!row) throw new Error('announcement insert returned no row');
  return row;
}

/** The announcement, locked until the transaction ends; undefined when it does not exist. */
export async function lockAnnouncement(tx: Executor, id: string): Promise<Announcement | undefined> {
  const [row] = await tx.select(columns).from(announcement).where(eq(announcement.id, id)).for('update');
  return row;
}

export async function findAnnouncement(db: Executor, id: string): Promise<Announcement | undefined> {
  const [row] = await db.select(columns).from(announcement).where(eq(announcement.id, id));
  return row;
}

export async function updateAnnouncement(
  tx: Executor,
  id: string,
  values: AnnouncementFields,
): Promise<Announcement> {
  const [row] = await tx.update(announcement).set(values).where(eq(announcement.id, id)).returning(columns);
  if (!row) throw new Error('announcement update returned no row');
  return row;
}

export async function deleteAnnouncement(tx: Executor, id: string): Promise<void> {
  await tx.delete(announcement).where(eq(announcement.id, id));
}

/** Current and planned notices of one kind, newest first: those that have not ended yet. */
export function listCurrentAnnouncements(db: Executor, kind: AnnouncementKind): Promise<Announcement[]> {
  return db
    .select(columns)
    .from(announcement)
    .where(and(eq(announcement.kind, kind), or(isNull(effectiveEnd), sql`${effectiveEnd} > now()`)))
    .orderBy(desc(announcement.publishedAt), desc(announcement.id))
    .limit(publicLimit[kind]);
}

/** Every notice for the in-app list, newest first, one page at a time. */
export async function listAnnouncements(
  db: Executor,
  query: { page: number; pageSize: number; kind?: AnnouncementKind | undefined },
): Promise<{ items: Announcement[]; total: number }> {
  const where: SQL | undefined = query.kind ? eq(announcement.kind, query.kind) : undefined;
  const [items, [totals]] = await Promise.all([
    db
      .select(columns)
      .from(announcement)
      .where(where)
      .orderBy(desc(announcement.publishedAt), desc(announcement.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(announcement).where(where),
  ]);
  return { items, total: totals?.total ?? 0 };
}
