import { z } from 'zod';
import { reasonLists } from '../infra/db/schema/index.ts';

/** At most this many reasons per list: the field app shows them as one pick list. */
export const maxReasonsPerList = 100;

// One line of text: control characters (new lines, tabs, NUL) have no place in a pick list.
const reasonText = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^\p{Cc}]*$/u);

export const listParams = z.object({ list: z.enum(reasonLists) });
export const itemParams = listParams.extend({ id: z.uuid() });

export const reasonItem = z.object({ id: z.string(), text: z.string(), position: z.number() });
export type ReasonItem = z.infer<typeof reasonItem>;

export const addBody = z.object({ text: reasonText });
export const updateBody = z
  .object({ text: reasonText, position: z.number().int().min(0).max(maxReasonsPerList) })
  .partial()
  .refine((body) => body.text !== undefined || body.position !== undefined, { path: ['text'] });
export type UpdateInput = z.infer<typeof updateBody>;
