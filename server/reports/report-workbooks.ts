import { sheet } from './excel-workbook.ts';
import type { fieldRegistrationReport } from './field-registration-report.ts';
import type { klicExpiryReport } from './klic-expiry-report.ts';
import type { KlicStatusOptions, klicStatusReport } from './klic-status-report.ts';
import type { openEvReport } from './open-ev-report.ts';
import type { GroupBy, Period } from './report-params.ts';
import {
  baseFilters,
  closingFilters,
  countColumns,
  periodColumns,
  periodFilters,
  type ReportContext,
  regionColumn,
  type Workbook,
} from './report-sheets.ts';
import { reportTexts } from './report-texts.ts';

const klicCountKeys = ['requested', 'partial', 'complete', 'linked', 'unlinked', 'total'] as const;
const registrationKeys = ['proefsleuf', 'graafschade', 'afwijkendeLigging', 'onbekendNet', 'total'] as const;

/** Klics per status: one sheet per period, one per region. */
export function klicStatusWorkbook(
  report: Awaited<ReturnType<typeof klicStatusReport>>,
  options: KlicStatusOptions,
  context: ReportContext,
): Workbook {
  const texts = reportTexts(context.language);
  type PeriodRow = (typeof report.byPeriod)[number];
  type RegionRow = (typeof report.byRegion)[number];
  return {
    title: texts.titles.klicStatus,
    sheets: [
      sheet<PeriodRow>({
        name: texts.sheets.byPeriod,
        columns: [
          ...periodColumns<PeriodRow>(texts, options.groupBy, context.language),
          ...countColumns<PeriodRow>(texts, klicCountKeys),
        ],
        rows: report.byPeriod,
      }),
      sheet<RegionRow>({
        name: texts.sheets.byRegion,
        columns: [regionColumn<RegionRow>(texts), ...countColumns<RegionRow>(texts, klicCountKeys)],
        rows: report.byRegion,
      }),
    ],
    filters: [
      ...baseFilters(context, texts.titles.klicStatus),
      ...periodFilters(texts, options, options.groupBy),
      { label: texts.filters.basis, value: texts.values[options.basis] },
      ...closingFilters(context, report.totals.total),
    ],
  };
}

/** Verlopende klics: one row per KLIC. */
export function klicExpiryWorkbook(
  report: Awaited<ReturnType<typeof klicExpiryReport>>,
  limit: number,
  context: ReportContext,
): Workbook {
  const texts = reportTexts(context.language);
  type Row = (typeof report.items)[number];
  return {
    title: texts.titles.klicExpiry,
    sheets: [
      sheet<Row>({
        name: texts.sheets.list,
        columns: [
          { header: texts.columns.meldnummer, type: 'text', width: 16, value: (row) => row.meldnummer },
          { header: texts.columns.expiresOn, type: 'date', width: 14, value: (row) => row.expiresOn },
          {
            header: texts.columns.expiry,
            type: 'text',
            width: 20,
            value: (row) => (row.expired ? texts.values.expired : texts.values.expiring),
          },
          { header: texts.columns.workdaysLeft, type: 'number', width: 14, value: (row) => row.workdaysLeft },
          { header: texts.columns.state, type: 'text', width: 18, value: (row) => texts.states[row.state] },
          { header: texts.columns.projectNumber, type: 'text', width: 18, value: (row) => row.projectNumber },
          {
            header: texts.columns.projectDescription,
            type: 'text',
            width: 36,
            value: (row) => row.projectDescription,
          },
          { header: texts.columns.startDate, type: 'date', width: 14, value: (row) => row.startDate },
          regionColumn<Row>(texts),
        ],
        rows: report.items,
      }),
    ],
    filters: [
      ...baseFilters(context, texts.titles.klicExpiry),
      { label: texts.filters.today, value: report.today, type: 'date' },
      { label: texts.filters.withinWorkdays, value: report.withinWorkdays },
      ...closingFilters(context, report.items.length, limit),
    ],
  };
}

/** Open EV's: one row per KLIC × operator. */
export function openEvWorkbook(
  report: Awaited<ReturnType<typeof openEvReport>>,
  limit: number,
  today: string,
  context: ReportContext,
): Workbook {
  const texts = reportTexts(context.language);
  type Row = (typeof report.items)[number];
  return {
    title: texts.titles.openEvs,
    sheets: [
      sheet<Row>({
        name: texts.sheets.list,
        columns: [
          { header: texts.columns.projectNumber, type: 'text', width: 18, value: (row) => row.projectNumber },
          {
            header: texts.columns.projectDescription,
            type: 'text',
            width: 36,
            value: (row) => row.projectDescription,
          },
          { header: texts.columns.startDate, type: 'date', width: 14, value: (row) => row.startDate },
          { header: texts.columns.meldnummer, type: 'text', width: 16, value: (row) => row.meldnummer },
          { header: texts.columns.operator, type: 'text', width: 32, value: (row) => row.operatorName },
          {
            header: texts.columns.bronhoudercode,
            type: 'text',
            width: 16,
            value: (row) => row.bronhoudercode,
          },
          { header: texts.columns.expiresOn, type: 'date', width: 14, value: (row) => row.expiresOn },
          regionColumn<Row>(texts),
        ],
        rows: report.items,
      }),
    ],
    filters: [
      ...baseFilters(context, texts.titles.openEvs),
      { label: texts.filters.today, value: today, type: 'date' },
      ...closingFilters(context, report.items.length, limit),
    ],
  };
}

/** Veldregistraties per soort: one sheet per period, one per region. */
export function fieldRegistrationWorkbook(
  report: Awaited<ReturnType<typeof fieldRegistrationReport>>,
  options: Period & { groupBy: GroupBy },
  context: ReportContext,
): Workbook {
  const texts = reportTexts(context.language);
  type PeriodRow = (typeof report.byPeriod)[number];
  type RegionRow = (typeof report.byRegion)[number];
  return {
    title: texts.titles.fieldRegistrations,
    sheets: [
      sheet<PeriodRow>({
        name: texts.sheets.byPeriod,
        columns: [
          ...periodColumns<PeriodRow>(texts, options.groupBy, context.language),
          ...countColumns<PeriodRow>(texts, registrationKeys),
        ],
        rows: report.byPeriod,
      }),
      sheet<RegionRow>({
        name: texts.sheets.byRegion,
        columns: [regionColumn<RegionRow>(texts), ...countColumns<RegionRow>(texts, registrationKeys)],
        rows: report.byRegion,
      }),
    ],
    filters: [
      ...baseFilters(context, texts.titles.fieldRegistrations),
      ...periodFilters(texts, options, options.groupBy),
      ...closingFilters(context, report.totals.total),
    ],
  };
}
