import { z } from 'zod';

const search = z.string().trim().max(100).default('');
const page = z.coerce.number().int().min(1).max(1_000_000).default(1);
const pageSize = z.coerce.number().int().min(1).max(100).default(25);
const state = z.enum(['requested', 'partial', 'complete']);

export const statusFilters = [
  'all',
  'requested',
  'partial',
  'complete',
  'linked',
  'unlinked',
  'expired',
] as const;
export const statusSorts = [
  'meldnummer',
  'referentie',
  'project',
  'state',
  'expiresOn',
  'receivedAt',
] as const;

export const statusQuery = z.object({
  search,
  state: z.enum(statusFilters).default('all'),
  sort: z.enum(statusSorts).default('receivedAt'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  page,
  pageSize,
});
export type StatusQuery = z.infer<typeof statusQuery>;

export const statusRow = z.object({
  id: z.string(),
  meldnummer: z.string(),
  referentie: z.string().nullable(),
  state,
  volgnummer: z.number().nullable(),
  projectId: z.string().nullable(),
  projectNumber: z.string().nullable(),
  subProject: z.string().nullable(),
  linked: z.boolean(),
  expiresOn: z.string().nullable(),
  expired: z.boolean(),
  requestedAt: z.date().nullable(),
  /** Ontvangstdatum: when the current delivery arrived; null while only the receipt is there. */
  receivedAt: z.date().nullable(),
});
export type StatusRow = z.infer<typeof statusRow>;

export const receiptsQuery = z.object({
  search,
  status: z.enum(['awaiting', 'delivered', 'all']).default('all'),
  page,
  pageSize,
});
export type ReceiptsQuery = z.infer<typeof receiptsQuery>;

export const receiptRow = z.object({
  id: z.string(),
  meldnummer: z.string(),
  referentie: z.string().nullable(),
  projectNumber: z.string().nullable(),
  subProject: z.string().nullable(),
  state,
  requestedAt: z.date().nullable(),
  /** The delivery is still awaited (only the receipt came in). */
  awaiting: z.boolean(),
  deliveredAt: z.date().nullable(),
  volgnummer: z.number().nullable(),
  /** Working days from the request to today (awaited) or to the delivery; null without a request date. */
  workingDaysWaiting: z.number().nullable(),
});
export type ReceiptRow = z.infer<typeof receiptRow>;
