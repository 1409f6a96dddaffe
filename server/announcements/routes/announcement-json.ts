import { z } from 'zod';
import { announcementKinds } from '../announcement-fields.ts';
import type { Announcement } from '../announcements-repository.ts';

/** An announcement as every reader sees it: no author or other personal data. */
export const announcementBody = z.object({
  id: z.uuid(),
  kind: z.enum(announcementKinds),
  title: z.string(),
  body: z.string(),
  startsAt: z.iso.datetime().nullable(),
  durationMinutes: z.number().int().nullable(),
  reason: z.string().nullable(),
  endsAt: z.iso.datetime().nullable(),
  publishedAt: z.iso.datetime(),
});

const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

export function announcementJson(announcement: Announcement): z.infer<typeof announcementBody> {
  return {
    id: announcement.id,
    kind: announcement.kind,
    title: announcement.title,
    body: announcement.body,
    startsAt: isoOrNull(announcement.startsAt),
    durationMinutes: announcement.durationMinutes,
    reason: announcement.reason,
    endsAt: isoOrNull(announcement.endsAt),
    publishedAt: announcement.publishedAt.toISOString(),
  };
}
