import { z } from 'zod';
import { rights } from '../rights.ts';
import { userFields } from './user-fields.ts';

/** The contract's UserSummary (docs: accounts API, section Users). */
export const userSummarySchema = z.object({
  id: z.string(),
  username: z.string(),
  email: z.string().nullable(),
  firstName: z.string(),
  lastName: z.string(),
  name: z.string(),
  jobTitle: z.string().nullable(),
  phone: z.string().nullable(),
  kind: z.enum(['internal', 'partner']),
  partnerCompany: z.string().nullable(),
  rights: z.array(z.enum(rights)),
  regions: z.array(z.object({ id: z.string(), name: z.string() })),
  lastLoginAt: z.iso.datetime().nullable(),
  invitationSentAt: z.iso.datetime().nullable(),
  invitationConfirmedAt: z.iso.datetime().nullable(),
  removedAt: z.iso.datetime().nullable(),
  hasPassword: z.boolean(),
  mustChangePassword: z.boolean(),
});

export type UserSummary = z.infer<typeof userSummarySchema>;

export const userDetailSchema = userSummarySchema.extend({ remarks: z.string().nullable() });

export type UserDetail = z.infer<typeof userDetailSchema>;

export const userStatuses = ['active', 'removed', 'all'] as const;

export const listUsersQuerySchema = z.object({
  search: z.string().trim().max(200).optional(),
  right: z.enum(rights).optional(),
  regionId: z.string().max(100).optional(),
  status: z.enum(userStatuses).default('active'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export type ListUsersQuery = z.infer<typeof listUsersQuerySchema>;

const setupSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('invite') }),
  z.object({
    mode: z.literal('password'),
    password: userFields.password,
    mustChangePassword: z.boolean(),
  }),
]);

export const addUserBodySchema = z.object({
  username: userFields.username,
  email: userFields.email,
  firstName: userFields.firstName,
  lastName: userFields.lastName,
  jobTitle: userFields.jobTitle,
  phone: userFields.phone,
  remarks: userFields.remarks,
  kind: userFields.kind,
  partnerCompany: userFields.partnerCompany,
  rights: userFields.rights,
  regionIds: userFields.regionIds,
  setup: setupSchema,
});

export type AddUserInput = z.infer<typeof addUserBodySchema>;

/**
 * Any of the editable fields. `email` is accepted here only to be refused with a clear field error:
 * a new address means a new user (seed 002).
 */
export const updateUserBodySchema = z.object({
  username: userFields.username.optional(),
  firstName: userFields.firstName.optional(),
  lastName: userFields.lastName.optional(),
  jobTitle: userFields.jobTitle.optional(),
  phone: userFields.phone.optional(),
  remarks: userFields.remarks.optional(),
  kind: userFields.kind.optional(),
  partnerCompany: userFields.partnerCompany.optional(),
  rights: userFields.rights.optional(),
  regionIds: userFields.regionIds.optional(),
  email: z.unknown().optional(),
});

export type UpdateUserInput = z.infer<typeof updateUserBodySchema>;

export const setPasswordBodySchema = z.object({
  password: userFields.password,
  mustChangePassword: z.boolean(),
});

export const userIdParamsSchema = z.object({ id: z.string().min(1).max(100) });
