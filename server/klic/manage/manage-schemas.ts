import { z } from 'zod';

const meldingIds = z.array(z.uuid()).min(1).max(500);
const userIds = z.array(z.string().min(1).max(100)).min(1).max(200);

/** "Wijzigen": the planner's note shown in the field app, and the organisation's own free field. */
export const meldingTextsBody = z
  .object({
    toelichting: z.string().trim().max(2000),
    extraField: z.string().trim().max(200),
  })
  .partial()
  .refine((body) => body.toelichting !== undefined || body.extraField !== undefined, {
    message: 'toelichting or extraField',
    path: ['toelichting'],
  });
export type MeldingTexts = z.infer<typeof meldingTextsBody>;

export const meldingTexts = z.object({ id: z.string(), toelichting: z.string(), extraField: z.string() });

/** "Veldmedewerker(s) toewijzen / loskoppelen" for the selected KLICs. */
export const fieldWorkersBody = z.object({
  meldingIds,
  userIds,
  action: z.enum(['assign', 'unassign']),
});
export type FieldWorkersChange = z.infer<typeof fieldWorkersBody>;

/** "Klics vrijgeven": the selected KLICs back on the devices of these workers. */
export const releaseBody = z.object({ meldingIds, userIds });
export type ReleaseInput = z.infer<typeof releaseBody>;
