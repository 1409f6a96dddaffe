export const announcementKinds = ['maintenance', 'outage', 'update'] as const;
export type AnnouncementKind = (typeof announcementKinds)[number];

/** An announcement as the API sends it; times are ISO strings. */
export type Announcement = {
  id: string;
  kind: AnnouncementKind;
  title: string;
  body: string;
  startsAt: string | null;
  durationMinutes: number | null;
  reason: string | null;
  endsAt: string | null;
  publishedAt: string;
};

export type AnnouncementPage = { items: Announcement[]; total: number };

export type NewAnnouncement = {
  kind: AnnouncementKind;
  title: string;
  body?: string;
  startsAt?: string;
  durationMinutes?: number;
  reason?: string;
};

export type ConsentChoice = 'informed' | 'declined';
export type ConsentState = { choice: ConsentChoice | null; chosenAt: string | null };

export type SubscriptionJson = { endpoint: string; keys: { p256dh: string; auth: string } };
