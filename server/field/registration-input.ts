import { z } from 'zod';

const text = (max = 2000) => z.string().trim().max(max);
const centimetres = (max: number) => z.number().int().min(0).max(max);
const bronhoudercode = z.string().trim().min(1).max(100).nullable();

const common = z.object({
  idempotencyKey: z.uuid(),
  /** RD New metres; null when the worker had no position. */
  position: z.tuple([z.number(), z.number()]).nullable(),
  recordedAt: z.iso.datetime({ offset: true }),
  note: text().default(''),
});

/** A registration with the fields of its kind, as the field app sends it. */
export const registrationBody = z.discriminatedUnion('kind', [
  common.extend({
    kind: z.literal('proefsleuf'),
    details: z.strictObject({ depthCm: centimetres(1000), found: text() }),
  }),
  common.extend({
    kind: z.literal('graafschade'),
    details: z.strictObject({
      hit: text().min(1),
      bronhoudercode,
      reportedToOperator: z.boolean(),
      reportedAt: z.iso.datetime({ offset: true }).nullable(),
    }),
  }),
  common.extend({
    kind: z.literal('afwijkendeLigging'),
    details: z.strictObject({ bronhoudercode, offsetCm: centimetres(10_000), description: text() }),
  }),
  common.extend({
    kind: z.literal('onbekendNet'),
    details: z.strictObject({ description: text().min(1), depthCm: centimetres(1000).nullable() }),
  }),
]);
export type RegistrationInput = z.infer<typeof registrationBody>;

export const abortBody = z.object({
  idempotencyKey: z.uuid(),
  kind: z.enum(['execution', 'inspection']),
  reasonId: z.uuid(),
  note: text().default(''),
  recordedAt: z.iso.datetime({ offset: true }),
});
export type AbortInput = z.infer<typeof abortBody>;
