import { buffer } from 'node:stream/consumers';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../infra/db/database.ts';
import type { BlobStore } from '../../infra/files/index.ts';
import { requireActor } from '../../infra/http/authenticate.ts';
import { languageFromHeader } from '../../infra/i18n/language.ts';
import { loadPreventionReport, loadReportFeatures } from './load-prevention-report.ts';
import { preventionReportTexts } from './prevention-report-texts.ts';
import { renderPreventionReport } from './render-prevention-report.ts';

const meldingParams = z.object({ id: z.uuid() });

/** "Preventie rapporten": the PDF of a KLIC's field registrations. */
export function preventionReportRoutes(deps: { db: Database; blobs: BlobStore }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/klic/meldingen/:id/prevention-report.pdf',
      {
        config: { access: ['workPlanner'] },
        schema: {
          tags: ['klic'],
          summary:
            'Preventierapport (PDF): map extract, registrations with their details and photos; streamed',
          params: meldingParams,
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const data = await loadPreventionReport(deps.db, actor.organisationId, request.params.id);
        const deliveryId = data.melding.currentDeliveryId;
        const withPosition = data.registrations.some((registration) => registration.position !== null);
        const features =
          deliveryId && withPosition
            ? await loadReportFeatures(deps.db, actor.organisationId, deliveryId)
            : [];
        const language = languageFromHeader(request.headers['accept-language']);
        const document = renderPreventionReport({
          data,
          features,
          language,
          generatedBy: actor.name,
          now: new Date(),
          // A missing or unreadable photo is named in the report; it never breaks the download.
          readPhoto: (key) =>
            deps.blobs
              .get(key)
              .then(buffer)
              .catch(() => null),
        });
        // The file name stays Dutch, like the reports: it is the organisation's document.
        const fileName = `${preventionReportTexts('nl').title}_${data.melding.meldnummer}.pdf`;
        reply.header('content-type', 'application/pdf');
        reply.header('content-disposition', `attachment; filename="${fileName}"`);
        reply.header('cache-control', 'no-store');
        return reply.send(document);
      },
    );
  };
}
