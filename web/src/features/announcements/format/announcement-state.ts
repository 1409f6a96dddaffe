import type { Announcement } from '../api/types';

export type AnnouncementState = 'planned' | 'running' | 'ended' | 'ongoing' | 'resolved';

/** Maintenance without an explicit end is over after its duration. */
export function effectiveEnd(announcement: Announcement): Date | null {
  if (announcement.endsAt) return new Date(announcement.endsAt);
  if (announcement.kind === 'maintenance' && announcement.startsAt && announcement.durationMinutes) {
    return new Date(new Date(announcement.startsAt).getTime() + announcement.durationMinutes * 60_000);
  }
  return null;
}

/** Where a maintenance or outage stands at `now`; updates have no state. */
export function announcementState(announcement: Announcement, now: Date): AnnouncementState | null {
  if (announcement.kind === 'update') return null;
  const end = effectiveEnd(announcement);
  if (announcement.kind === 'outage') return end && end <= now ? 'resolved' : 'ongoing';
  if (end && end <= now) return 'ended';
  return announcement.startsAt && new Date(announcement.startsAt) > now ? 'planned' : 'running';
}
