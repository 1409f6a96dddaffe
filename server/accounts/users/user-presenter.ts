import { parseRights } from '../rights.ts';
import type { UserDetail, UserSummary } from './user-schemas.ts';
import type { UserRecord } from './users-repository.ts';

const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

/** The API's UserSummary: placeholder addresses of users without e-mail are shown as null. */
export function toUserSummary(record: UserRecord): UserSummary {
  return {
    id: record.id,
    username: record.displayUsername ?? record.username ?? '',
    email: record.hasEmail ? record.email : null,
    firstName: record.firstName,
    lastName: record.lastName,
    name: record.name,
    jobTitle: record.jobTitle,
    phone: record.phone,
    kind: record.kind,
    partnerCompany: record.partnerCompany,
    rights: parseRights(record.rightsRole),
    regions: record.regions,
    lastLoginAt: isoOrNull(record.lastLoginAt),
    invitationSentAt: isoOrNull(record.invitationSentAt),
    invitationConfirmedAt: isoOrNull(record.invitationConfirmedAt),
    removedAt: isoOrNull(record.removedAt),
    hasPassword: record.hasPassword,
    mustChangePassword: record.mustChangePassword,
  };
}

export function toUserDetail(record: UserRecord): UserDetail {
  return { ...toUserSummary(record), remarks: record.remarks };
}

/** What the logbook keeps of a user: the editable fields, rights and region names; never a secret. */
export function auditView(record: UserRecord): Record<string, unknown> {
  return {
    username: record.displayUsername ?? record.username,
    email: record.hasEmail ? record.email : null,
    firstName: record.firstName,
    lastName: record.lastName,
    jobTitle: record.jobTitle,
    phone: record.phone,
    remarks: record.remarks,
    kind: record.kind,
    partnerCompany: record.partnerCompany,
    rights: parseRights(record.rightsRole),
    regions: record.regions.map((region) => region.name),
  };
}

/** The logbook's entity of a user: the name is copied so that history keeps it. */
export function auditEntity(record: UserRecord) {
  return { type: 'user', id: record.id, label: record.name };
}
