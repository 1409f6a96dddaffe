import type { AnnouncementKind, NewAnnouncement } from '../api/types';
import { fromAmsterdamInput, toAmsterdamInput } from './amsterdam-time';

/** The operator's form as typed; `startsAt` is a `datetime-local` value in Dutch time. */
export type AnnouncementForm = {
  kind: AnnouncementKind;
  title: string;
  body: string;
  startsAt: string;
  durationMinutes: number | '';
  reason: string;
};

export function emptyForm(kind: AnnouncementKind, now: Date): AnnouncementForm {
  return {
    kind,
    title: '',
    body: '',
    startsAt: kind === 'outage' ? toAmsterdamInput(now) : '',
    durationMinutes: '',
    reason: '',
  };
}

/** Only the fields of the chosen kind; an empty optional field is left out, the server says what is missing. */
export function toNewAnnouncement(form: AnnouncementForm): NewAnnouncement {
  const input: NewAnnouncement = { kind: form.kind, title: form.title };
  if (form.body.trim()) input.body = form.body;
  if (form.kind === 'update') return input;
  const startsAt = fromAmsterdamInput(form.startsAt);
  if (startsAt) input.startsAt = startsAt.toISOString();
  if (form.reason.trim()) input.reason = form.reason;
  if (form.kind === 'maintenance' && form.durationMinutes !== '')
    input.durationMinutes = form.durationMinutes;
  return input;
}
