import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../infra/db/database.ts';
import { requireActor } from '../infra/http/authenticate.ts';
import { languageFromHeader } from '../infra/i18n/language.ts';
import { streamWorkbook } from './excel-workbook.ts';
import { fieldRegistrationListWorkbook } from './field-registration-list-workbook.ts';
import { expiryQuery, groupedQuery, klicStatusQuery, periodQuery, regionQuery } from './report-params.ts';
import {
  fieldRegistrationResponse,
  klicExpiryResponse,
  klicStatusResponse,
  openEvResponse,
} from './report-schemas.ts';
import type { ReportScope } from './report-scope.ts';
import type { ReportContext, Workbook } from './report-sheets.ts';
import { reportTexts } from './report-texts.ts';
import {
  fieldRegistrationWorkbook,
  klicExpiryWorkbook,
  klicStatusWorkbook,
  openEvWorkbook,
} from './report-workbooks.ts';
import {
  runFieldRegistrationList,
  runFieldRegistrations,
  runKlicExpiry,
  runKlicStatus,
  runOpenEvs,
} from './run-reports.ts';

/**
 * Reports read KLIC, project and field data, which only work planners handle; user admins manage people
 * and regions and get the right themselves when they need the figures.
 */
const access = { access: ['workPlanner'] } as const;
/** Rows of a list report on screen; the Excel file takes many more. */
const screenRows = 500;
const excelRows = 50_000;

const tags = ['reports'];

function context(request: FastifyRequest, scope: ReportScope): ReportContext {
  const actor = requireActor(request);
  return {
    language: languageFromHeader(request.headers['accept-language']),
    scope,
    actorName: actor.name,
    now: new Date(),
  };
}

/** dd-mm-jjjj, as in the file name. */
const dutchDay = (day: string) => day.split('-').reverse().join('-');

function sendWorkbook(reply: FastifyReply, workbook: Workbook, ctx: ReportContext, fileName: string) {
  const texts = reportTexts(ctx.language);
  reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  reply.header(
    'content-disposition',
    `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  );
  reply.header('cache-control', 'no-store');
  return reply.send(streamWorkbook(workbook.sheets, { name: texts.sheets.filters, lines: workbook.filters }));
}

const files = reportTexts('nl').files;
const periodFile = (name: string, period: { from: string; to: string }) =>
  `${name}_${dutchDay(period.from)}_${files.until}_${dutchDay(period.to)}.xlsx`;

/** Rapportages: each report as JSON for the screen and as an Excel download with the same numbers. */
export function reportRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    const spreadsheet = { summary: 'The same report as an Excel workbook (.xlsx), streamed', tags };

    app.get(
      '/api/reports/klic-status',
      {
        config: access,
        schema: {
          tags,
          summary:
            'KLICs by status (requested/partial/complete, linked/unlinked) per month or week and region',
          querystring: klicStatusQuery,
          response: { 200: klicStatusResponse },
        },
      },
      async (request) => {
        const { report, filters } = await runKlicStatus(db, requireActor(request), request.query);
        return { filters, ...report };
      },
    );
    app.get(
      '/api/reports/klic-status.xlsx',
      { config: access, schema: { ...spreadsheet, querystring: klicStatusQuery } },
      async (request, reply) => {
        const run = await runKlicStatus(db, requireActor(request), request.query);
        const ctx = context(request, run.scope);
        const workbook = klicStatusWorkbook(run.report, run.options, ctx);
        return sendWorkbook(reply, workbook, ctx, periodFile(files.klicStatus, run.options));
      },
    );

    app.get(
      '/api/reports/klic-expiry',
      {
        config: access,
        schema: {
          tags,
          summary: 'Expired KLICs and those expiring within N working days, on active projects',
          querystring: expiryQuery,
          response: { 200: klicExpiryResponse },
        },
      },
      async (request) => {
        const { report, filters } = await runKlicExpiry(db, requireActor(request), request.query, screenRows);
        return { filters, ...report };
      },
    );
    app.get(
      '/api/reports/klic-expiry.xlsx',
      { config: access, schema: { ...spreadsheet, querystring: expiryQuery } },
      async (request, reply) => {
        const run = await runKlicExpiry(db, requireActor(request), request.query, excelRows);
        const ctx = context(request, run.scope);
        const workbook = klicExpiryWorkbook(run.report, excelRows, ctx);
        return sendWorkbook(reply, workbook, ctx, `${files.klicExpiry}_${dutchDay(run.report.today)}.xlsx`);
      },
    );

    app.get(
      '/api/reports/open-evs',
      {
        config: access,
        schema: {
          tags,
          summary: 'EVs not handled yet: one row per KLIC and operator, with project and start date',
          querystring: regionQuery,
          response: { 200: openEvResponse },
        },
      },
      async (request) => {
        const { report, filters } = await runOpenEvs(db, requireActor(request), request.query, screenRows);
        return { filters, ...report };
      },
    );
    app.get(
      '/api/reports/open-evs.xlsx',
      { config: access, schema: { ...spreadsheet, querystring: regionQuery } },
      async (request, reply) => {
        const run = await runOpenEvs(db, requireActor(request), request.query, excelRows);
        const ctx = context(request, run.scope);
        const workbook = openEvWorkbook(run.report, excelRows, run.filters.today, ctx);
        return sendWorkbook(reply, workbook, ctx, `${files.openEvs}_${dutchDay(run.filters.today)}.xlsx`);
      },
    );

    app.get(
      '/api/reports/field-registrations',
      {
        config: access,
        schema: {
          tags,
          summary: 'Field registrations by type (trial trench, damage, deviating position, unknown network)',
          querystring: groupedQuery,
          response: { 200: fieldRegistrationResponse },
        },
      },
      async (request) => {
        const { report, filters } = await runFieldRegistrations(db, requireActor(request), request.query);
        return { filters, ...report };
      },
    );
    app.get(
      '/api/reports/field-registrations.xlsx',
      { config: access, schema: { ...spreadsheet, querystring: groupedQuery } },
      async (request, reply) => {
        const run = await runFieldRegistrations(db, requireActor(request), request.query);
        const ctx = context(request, run.scope);
        const workbook = fieldRegistrationWorkbook(run.report, run.options, ctx);
        return sendWorkbook(reply, workbook, ctx, periodFile(files.fieldRegistrations, run.options));
      },
    );
    app.get(
      '/api/reports/field-registrations-list.xlsx',
      {
        config: access,
        schema: {
          tags,
          summary:
            'Every field registration in the period: KLIC, project, worker, RD position, details, photos',
          querystring: periodQuery,
        },
      },
      async (request, reply) => {
        const run = await runFieldRegistrationList(db, requireActor(request), request.query, excelRows);
        const ctx = context(request, run.scope);
        const workbook = fieldRegistrationListWorkbook(run.rows, run.period, excelRows, ctx);
        return sendWorkbook(reply, workbook, ctx, periodFile(files.fieldRegistrationList, run.period));
      },
    );
  };
}
