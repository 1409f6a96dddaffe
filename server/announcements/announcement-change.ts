import type { Actor } from '../accounts/actor.ts';
import { AppError } from '../infra/errors/app-error.ts';
import type { AnnouncementFields, AnnouncementKind } from './announcement-fields.ts';
import { kindProblems } from './kind-rules.ts';

/** Who publishes or changes an announcement, and from where: what the logbook records. */
export type AnnouncementChangedBy = { actor: Pick<Actor, 'userId' | 'name'>; ipAddress: string };

/** Announcements belong to the platform, not to an organisation: the logbook row has no organisation. */
export function auditFields(by: AnnouncementChangedBy) {
  return {
    organisationId: null,
    actor: { userId: by.actor.userId, name: by.actor.name },
    ipAddress: by.ipAddress,
  };
}

export function assertKindRules(kind: AnnouncementKind, fields: AnnouncementFields): void {
  const problems = kindProblems(kind, fields);
  if (Object.keys(problems).length > 0) {
    throw new AppError('VALIDATION_FAILED', { fields: problems, detail: `invalid ${kind} announcement` });
  }
}

/** What the logbook keeps of an announcement (dates as ISO strings). */
export function auditValues(
  fields: AnnouncementFields & { kind?: AnnouncementKind },
): Record<string, unknown> {
  return JSON.parse(JSON.stringify(fields)) as Record<string, unknown>;
}
