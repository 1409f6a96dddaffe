import { z } from 'zod';
import { projectStatuses } from '../infra/db/schema/index.ts';

export const projectSorts = ['number', 'description', 'status', 'startDate', 'updatedAt', 'klics'] as const;

// ';' separates project and sub-project in a KLIC reference, so a number with one could never link.
const projectNumber = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[^;]+$/);
const startDate = z.iso.date().nullable();
/** "Veldmedewerkers": users of the organisation with the right 'fieldWorker'. */
const fieldWorkerIds = z.array(z.string().min(1).max(100)).max(500);

export const projectRow = z.object({
  id: z.string(),
  number: z.string(),
  description: z.string(),
  regionId: z.string().nullable(),
  status: z.enum(projectStatuses),
  startDate: z.string().nullable(),
  klicValidityOverride: z.boolean(),
  updatedAt: z.date(),
  klics: z.number(),
});

export const listQuery = z.object({
  regionId: z.string().min(1).max(100),
  search: z.string().trim().max(100).default(''),
  status: z.enum(['open', 'all', ...projectStatuses]).default('open'),
  sort: z.enum(projectSorts).default('number'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListQuery = z.infer<typeof listQuery>;

export const createBody = z.object({
  number: projectNumber,
  description: z.string().trim().max(500).default(''),
  regionId: z.string().min(1).max(100),
  status: z.enum(projectStatuses).default('new'),
  startDate: startDate.default(null),
  klicValidityOverride: z.boolean().default(false),
  fieldWorkerIds: fieldWorkerIds.default([]),
});
export type CreateInput = z.infer<typeof createBody>;

export const updateBody = z
  .object({
    number: projectNumber,
    description: z.string().trim().max(500),
    regionId: z.string().min(1).max(100),
    status: z.enum(projectStatuses),
    startDate,
    klicValidityOverride: z.boolean(),
    fieldWorkerIds,
  })
  .partial();
export type UpdateInput = z.infer<typeof updateBody>;

export const statusBody = z.object({
  ids: z.array(z.uuid()).min(1).max(500),
  status: z.enum(projectStatuses),
});

export const fieldWorkerRef = z.object({ userId: z.string(), name: z.string() });

export const projectDetail = projectRow.extend({ fieldWorkers: z.array(fieldWorkerRef) });

export const savedProject = projectRow.extend({
  linkedKlics: z.number(),
  fieldWorkers: z.array(fieldWorkerRef),
});

export const fieldWorkerOption = fieldWorkerRef.extend({
  regions: z.array(z.object({ id: z.string(), name: z.string() })),
});

export const logbookQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(10),
});

export const logbookEntry = z.object({
  id: z.number().int(),
  createdAt: z.iso.datetime(),
  actorName: z.string().nullable(),
  action: z.enum(['create', 'update', 'delete', 'security']),
  event: z.string(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
