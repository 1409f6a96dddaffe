import type { Right } from '@/shared/session';

export type UserKind = 'internal' | 'partner';
export type UserStatus = 'active' | 'removed' | 'all';
export type RegionRef = { id: string; name: string };

/** One row of `GET /api/users`. Times are ISO strings. */
export type UserSummary = {
  id: string;
  username: string;
  email: string | null;
  firstName: string;
  lastName: string;
  name: string;
  jobTitle: string | null;
  phone: string | null;
  kind: UserKind;
  partnerCompany: string | null;
  rights: Right[];
  regions: RegionRef[];
  lastLoginAt: string | null;
  invitationSentAt: string | null;
  invitationConfirmedAt: string | null;
  removedAt: string | null;
  hasPassword: boolean;
  mustChangePassword: boolean;
};

export type UserDetail = UserSummary & { remarks: string | null };

export type UsersPage = { items: UserSummary[]; total: number };

export type UserFilters = {
  search: string;
  right: Right | null;
  regionId: string | null;
  status: UserStatus;
  page: number;
};

export type UserSetup =
  | { mode: 'invite' }
  | { mode: 'password'; password: string; mustChangePassword: boolean };

/** The editable data of a user, as `POST /api/users` and `PATCH /api/users/:id` take it. */
export type UserData = {
  username: string;
  firstName: string;
  lastName: string;
  jobTitle: string | null;
  phone: string | null;
  remarks: string | null;
  kind: UserKind;
  partnerCompany: string | null;
  rights: Right[];
  regionIds: string[];
};

export type NewUser = UserData & { email: string | null; setup: UserSetup };
