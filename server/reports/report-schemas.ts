import { z } from 'zod';
import { fieldRegistrationKinds } from '../infra/db/schema/index.ts';

const klicCounts = {
  requested: z.number(),
  partial: z.number(),
  complete: z.number(),
  linked: z.number(),
  unlinked: z.number(),
  total: z.number(),
};
const registrationCounts = {
  ...Object.fromEntries(fieldRegistrationKinds.map((kind) => [kind, z.number()])),
  total: z.number(),
} as Record<(typeof fieldRegistrationKinds)[number] | 'total', z.ZodNumber>;

const period = { period: z.string(), start: z.string() };
const region = { regionId: z.string().nullable(), regionName: z.string().nullable() };
const filters = z.object({
  from: z.string(),
  to: z.string(),
  regionId: z.string().nullable(),
  groupBy: z.enum(['month', 'week']),
});
const klicState = z.enum(['requested', 'partial', 'complete']);

export const klicStatusResponse = z.object({
  filters: filters.extend({ basis: z.enum(['melding', 'received']) }),
  byPeriod: z.array(z.object({ ...period, ...klicCounts })),
  byRegion: z.array(z.object({ ...region, ...klicCounts })),
  totals: z.object(klicCounts),
});

export const klicExpiryResponse = z.object({
  filters: z.object({ regionId: z.string().nullable(), withinWorkdays: z.number(), today: z.string() }),
  horizon: z.string(),
  items: z.array(
    z.object({
      meldingId: z.string(),
      meldnummer: z.string(),
      state: klicState,
      expiresOn: z.string(),
      expired: z.boolean(),
      workdaysLeft: z.number(),
      projectId: z.string(),
      projectNumber: z.string(),
      projectDescription: z.string(),
      startDate: z.string().nullable(),
      ...region,
    }),
  ),
  byRegion: z.array(z.object({ ...region, expired: z.number(), expiring: z.number() })),
  total: z.number(),
  expired: z.number(),
  expiring: z.number(),
});

export const openEvResponse = z.object({
  filters: z.object({ regionId: z.string().nullable(), today: z.string() }),
  items: z.array(
    z.object({
      id: z.string(),
      meldingId: z.string(),
      meldnummer: z.string(),
      expiresOn: z.string().nullable(),
      projectId: z.string().nullable(),
      projectNumber: z.string().nullable(),
      projectDescription: z.string().nullable(),
      startDate: z.string().nullable(),
      ...region,
      bronhoudercode: z.string(),
      operatorName: z.string(),
    }),
  ),
  byOperator: z.array(z.object({ operatorName: z.string(), count: z.number() })),
  total: z.number(),
});

export const fieldRegistrationResponse = z.object({
  filters,
  byPeriod: z.array(z.object({ ...period, ...registrationCounts })),
  byRegion: z.array(z.object({ ...region, ...registrationCounts })),
  totals: z.object(registrationCounts),
});
