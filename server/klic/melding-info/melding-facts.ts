import { z } from 'zod';
import type { MeldingWithSummary } from './current-summary.ts';

export const meldingFactsSchema = z.object({
  meldingDate: z.string().nullable(),
  /** Verloopdatum: 20 working days after the melding date. */
  expiresOn: z.string().nullable(),
  toelichting: z.string(),
  aanvraagDatum: z.string().nullable(),
  startDatum: z.string().nullable(),
  eindDatum: z.string().nullable(),
  soortWerkzaamheden: z.array(z.string()),
  locatie: z.string().nullable(),
});

/** The dates and the request details the page of one KLIC shows in its header. */
export function meldingFacts({ melding, summary }: MeldingWithSummary): z.infer<typeof meldingFactsSchema> {
  const aanvraag = summary?.aanvraag;
  return {
    meldingDate: melding.meldingDate,
    expiresOn: melding.expiresOn,
    toelichting: melding.toelichting,
    aanvraagDatum: aanvraag?.aanvraagDatum ?? null,
    startDatum: aanvraag?.startDatum ?? null,
    eindDatum: aanvraag?.eindDatum ?? null,
    soortWerkzaamheden: aanvraag?.soortWerkzaamheden ?? [],
    locatie: aanvraag?.locatie ?? null,
  };
}
