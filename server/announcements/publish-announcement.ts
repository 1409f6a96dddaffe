import { recordAudit } from '../infra/audit/record-audit.ts';
import type { Database } from '../infra/db/database.ts';
import {
  type AnnouncementChangedBy,
  assertKindRules,
  auditFields,
  auditValues,
} from './announcement-change.ts';
import type { AnnouncementFields, AnnouncementKind } from './announcement-fields.ts';
import { type Announcement, insertAnnouncement } from './announcements-repository.ts';

export type NewAnnouncement = {
  kind: AnnouncementKind;
  title: string;
  body?: string | undefined;
  startsAt?: Date | undefined;
  durationMinutes?: number | undefined;
  reason?: string | undefined;
  endsAt?: Date | undefined;
};

/** Stores a new announcement and its logbook row together; the caller queues the push afterwards. */
export async function publishAnnouncement(
  db: Database,
  by: AnnouncementChangedBy,
  input: NewAnnouncement,
): Promise<Announcement> {
  const fields: AnnouncementFields = {
    title: input.title,
    body: input.body ?? '',
    startsAt: input.startsAt ?? null,
    durationMinutes: input.durationMinutes ?? null,
    reason: input.reason ?? null,
    endsAt: input.endsAt ?? null,
  };
  assertKindRules(input.kind, fields);
  return db.transaction(async (tx) => {
    const created = await insertAnnouncement(tx, { ...fields, kind: input.kind, createdBy: by.actor.userId });
    await recordAudit(tx, {
      ...auditFields(by),
      action: 'create',
      event: 'announcement.published',
      entity: { type: 'announcement', id: created.id, label: created.title },
      after: auditValues({ kind: created.kind, ...fields }),
    });
    return created;
  });
}
