import type { AnnouncementFields, AnnouncementKind } from './announcement-fields.ts';

type OptionalField = 'startsAt' | 'durationMinutes' | 'reason';

/** Which of the optional fields each kind needs (seed 001: date, time, duration and reason for maintenance). */
const requiredFields: Record<AnnouncementKind, readonly OptionalField[]> = {
  maintenance: ['startsAt', 'durationMinutes', 'reason'],
  outage: ['startsAt'],
  update: [],
};

const allowedFields: Record<AnnouncementKind, readonly OptionalField[]> = {
  maintenance: ['startsAt', 'durationMinutes', 'reason'],
  outage: ['startsAt', 'reason'],
  update: [],
};

/**
 * The per-kind problems of an announcement as field → code (`required`, `not_allowed`, `before_start`);
 * empty when it may be stored.
 */
export function kindProblems(kind: AnnouncementKind, fields: AnnouncementFields): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const field of ['startsAt', 'durationMinutes', 'reason'] as const) {
    const present = fields[field] !== null;
    if (!present && requiredFields[kind].includes(field)) problems[field] = 'required';
    if (present && !allowedFields[kind].includes(field)) problems[field] = 'not_allowed';
  }
  // Release notes are the whole point of an update.
  if (kind === 'update' && fields.body.length === 0) problems.body = 'required';
  if (fields.endsAt && fields.startsAt && fields.endsAt <= fields.startsAt) problems.endsAt = 'before_start';
  return problems;
}
