import type { Announcement } from './announcements-repository.ts';

/** What the service worker (web/public/push-sw.js) shows; tag = id, so a resent push replaces, not adds. */
export type PushPayload = { title: string; body: string; tag: string; url: string };

/** Push services take about 4 kB of encrypted payload; the full text is in the app. */
const maxBodyLength = 300;

const amsterdam = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `dd-mm-jjjj HH:mm` in Amsterdam time: a notification has no room for a sentence in two languages. */
export function dutchDateTime(date: Date): string {
  const parts = Object.fromEntries(amsterdam.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.day}-${parts.month}-${parts.year} ${parts.hour}:${parts.minute}`;
}

function truncate(text: string, length: number): string {
  const characters = [...text];
  return characters.length <= length ? text : `${characters.slice(0, length - 1).join('')}…`;
}

export function pushPayload(announcement: Announcement): PushPayload {
  const details = [
    announcement.startsAt ? dutchDateTime(announcement.startsAt) : null,
    announcement.durationMinutes ? `${announcement.durationMinutes} min` : null,
    announcement.reason,
    announcement.body.replace(/\s+/g, ' '),
  ].filter((detail): detail is string => !!detail);
  return {
    title: announcement.title,
    body: truncate(details.join(' · '), maxBodyLength),
    tag: announcement.id,
    url: '/mededelingen',
  };
}
