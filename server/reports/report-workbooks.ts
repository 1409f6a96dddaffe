import { type FilterLine, sheet } from './excel-workbook.ts';
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
  projectColumns,
  type ReportContext,
  regionColumn,
  type Workbook,
} from './report-sheets.ts';
import { type ReportTexts, reportTexts } from './report-texts.ts';

const klicCountKeys = ['requested', 'partial', 'complete', 'linked', 'unlinked', 'total'] as const;
const registrationKeys = ['proefsleuf', 'graafschade', 'afwijkendeLigging', 'onbekendNet', 'total'] as const;
type CountKey = keyof ReportTexts['columns'];

type PeriodCounts<Key extends CountKey> = {
  byPeriod: ReadonlyArray<Record<Key, number> & { period: string; start: string }>;
  byRegion: ReadonlyArray<Record<Key, number> & { regionName: string | null }>;
  totals: { total: number };
};

/** A report counted per period and region: one sheet per period, one per region. */
function periodCountWorkbook<Key extends CountKey>(spec: {
  title: string;
  keys: readonly Key[];
  report: PeriodCounts<Key>;
  period: Period & { groupBy: GroupBy };
  /** Filter lines of the report's own, after the period. */
  filters?: FilterLine[];
  context: ReportContext;
}): Workbook {
  const { title, keys, report, period, context } = spec;
  const texts = reportTexts(context.language);
  type PeriodRow = PeriodCounts<Key>['byPeriod'][number];
  type RegionRow = PeriodCounts<Key>['byRegion'][number];
  return {
    title,
    sheets: [
      sheet<PeriodRow>({
        name: texts.sheets.byPeriod,
        columns: [
          ...periodColumns<PeriodRow>(texts, period.groupBy, context.language),
          ...countColumns<PeriodRow>(texts, keys),
        ],
        rows: report.byPeriod,
      }),
      sheet<RegionRow>({
        name: texts.sheets.byRegion,
        columns: [regionColumn<RegionRow>(texts), ...countColumns<RegionRow>(texts, keys)],
        rows: report.byRegion,
      }),
    ],
    filters: [
      ...baseFilters(context, title),
      ...periodFilters(texts, period, period.groupBy),
      ...(spec.filters ?? []),
      ...closingFilters(context, report.totals.total),
    ],
  };
}

/** Klics per status. */
export function klicStatusWorkbook(
  report: Awaited<ReturnType<typeof klicStatusReport>>,
  options: KlicStatusOptions,
  context: ReportContext,
): Workbook {
  const texts = reportTexts(context.language);
  return periodCountWorkbook({
    title: texts.titles.klicStatus,
    keys: klicCountKeys,
    report,
    period: options,
    filters: [{ label: texts.filters.basis, value: texts.values[options.basis] }],
    context,
  });
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
          ...projectColumns<Row>(texts),
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
          ...projectColumns<Row>(texts),
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

/** Veldregistraties per soort. */
export function fieldRegistrationWorkbook(
  report: Awaited<ReturnType<typeof fieldRegistrationReport>>,
  options: Period & { groupBy: GroupBy },
  context: ReportContext,
): Workbook {
  return periodCountWorkbook({
    title: reportTexts(context.language).titles.fieldRegistrations,
    keys: registrationKeys,
    report,
    period: options,
    context,
  });
}
