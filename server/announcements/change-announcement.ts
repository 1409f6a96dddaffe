import { changedFields, recordAudit } from '../infra/audit/record-audit.ts';
import type { Database } from '../infra/db/database.ts';
import { AppError } from '../infra/errors/app-error.ts';
import {
  type AnnouncementChangedBy,
  assertKindRules,
  auditFields,
  auditValues,
} from './announcement-change.ts';
import type { AnnouncementFields } from './announcement-fields.ts';
import {
  type Announcement,
  deleteAnnouncement,
  lockAnnouncement,
  updateAnnouncement,
} from './announcements-repository.ts';

/** Fields to change; null clears an optional field (e.g. endsAt), absent keeps it. */
export type AnnouncementPatch = Partial<AnnouncementFields>;

function fieldsOf(row: Announcement): AnnouncementFields {
  const { title, body, startsAt, durationMinutes, reason, endsAt } = row;
  return { title, body, startsAt, durationMinutes, reason, endsAt };
}

/** Changes an announcement, e.g. ends an outage once it is resolved; the kind's rules hold afterwards. */
export async function changeAnnouncement(
  db: Database,
  by: AnnouncementChangedBy,
  id: string,
  patch: AnnouncementPatch,
): Promise<Announcement> {
  return db.transaction(async (tx) => {
    const current = await lockAnnouncement(tx, id);
    if (!current) throw new AppError('NOT_FOUND');
    const before = fieldsOf(current);
    const after: AnnouncementFields = { ...before };
    for (const key of Object.keys(patch) as (keyof AnnouncementFields)[]) {
      if (patch[key] !== undefined) Object.assign(after, { [key]: patch[key] });
    }
    assertKindRules(current.kind, after);
    const updated = await updateAnnouncement(tx, id, after);
    const changes = changedFields(auditValues(before), auditValues(after));
    if (Object.keys(changes.after).length > 0) {
      await recordAudit(tx, {
        ...auditFields(by),
        action: 'update',
        event: 'announcement.changed',
        entity: { type: 'announcement', id, label: updated.title },
        ...changes,
      });
    }
    return updated;
  });
}

export async function removeAnnouncement(db: Database, by: AnnouncementChangedBy, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await lockAnnouncement(tx, id);
    if (!current) throw new AppError('NOT_FOUND');
    await deleteAnnouncement(tx, id);
    await recordAudit(tx, {
      ...auditFields(by),
      action: 'delete',
      event: 'announcement.removed',
      entity: { type: 'announcement', id, label: current.title },
      before: auditValues({ kind: current.kind, ...fieldsOf(current) }),
    });
  });
}
