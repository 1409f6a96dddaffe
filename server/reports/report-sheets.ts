import type { Language } from '../infra/i18n/language.ts';
import type { FilterLine, SheetColumn, SheetSpec } from './excel-workbook.ts';
import type { GroupBy, Period } from './report-params.ts';
import type { ReportScope } from './report-scope.ts';
import { type ReportTexts, reportTexts } from './report-texts.ts';

/** Who made the download and when: written on the filter sheet. */
export type ReportContext = { language: Language; scope: ReportScope; actorName: string; now: Date };
export type Workbook = { sheets: SheetSpec<unknown>[]; filters: FilterLine[]; title: string };

type Counted = { period: string; start: string; regionName?: string | null };

const amsterdam = (language: Language) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone: 'Europe/Amsterdam',
    dateStyle: 'short',
    timeStyle: 'short',
  });

/** 'maart 2026' or 'week 11 2026' (English: 'March 2026', 'week 11 2026'). */
export function periodLabel(period: string, groupBy: GroupBy, language: Language): string {
  if (groupBy === 'week') return `week ${Number(period.slice(6))} ${period.slice(0, 4)}`;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${period}-01T00:00:00Z`));
}

export function baseFilters(context: ReportContext, title: string): FilterLine[] {
  const { filters, values } = reportTexts(context.language);
  const region =
    context.scope.regions.find((r) => r.id === context.scope.regionId)?.name ?? values.allRegions;
  return [
    { label: filters.report, value: title },
    { label: filters.region, value: region },
  ];
}

export function closingFilters(context: ReportContext, rows: number, truncatedAt?: number): FilterLine[] {
  const { filters } = reportTexts(context.language);
  return [
    { label: filters.rows, value: rows },
    ...(truncatedAt !== undefined && rows >= truncatedAt
      ? [{ label: '', value: filters.truncated.replace('{limit}', String(truncatedAt)) }]
      : []),
    { label: filters.madeAt, value: amsterdam(context.language).format(context.now) },
    { label: filters.madeBy, value: context.actorName },
  ];
}

export function periodFilters(texts: ReportTexts, period: Period, groupBy: GroupBy): FilterLine[] {
  return [
    { label: texts.filters.from, value: period.from, type: 'date' },
    { label: texts.filters.to, value: period.to, type: 'date' },
    { label: texts.filters.groupBy, value: texts.values[groupBy] },
  ];
}

export function periodColumns<Row extends Counted>(
  texts: ReportTexts,
  groupBy: GroupBy,
  language: Language,
): SheetColumn<Row>[] {
  return [
    {
      header: texts.columns.period,
      type: 'text',
      width: 18,
      value: (row) => periodLabel(row.period, groupBy, language),
    },
    { header: texts.columns.start, type: 'date', width: 12, value: (row) => row.start },
  ];
}

export function regionColumn<Row extends { regionName: string | null }>(
  texts: ReportTexts,
): SheetColumn<Row> {
  return {
    header: texts.columns.region,
    type: 'text',
    width: 24,
    value: (row) => row.regionName ?? texts.values.noRegion,
  };
}

/** Projectnummer, Omschrijving, Startdatum. */
export function projectColumns<
  Row extends { projectNumber: string | null; projectDescription: string | null; startDate: string | null },
>(texts: ReportTexts): SheetColumn<Row>[] {
  return [
    { header: texts.columns.projectNumber, type: 'text', width: 18, value: (row) => row.projectNumber },
    {
      header: texts.columns.projectDescription,
      type: 'text',
      width: 36,
      value: (row) => row.projectDescription,
    },
    { header: texts.columns.startDate, type: 'date', width: 14, value: (row) => row.startDate },
  ];
}

export function countColumns<Row>(
  texts: ReportTexts,
  keys: readonly (keyof Row & keyof ReportTexts['columns'])[],
): SheetColumn<Row>[] {
  return keys.map((key) => ({
    header: texts.columns[key],
    type: 'number',
    width: 16,
    value: (row) => Number(row[key]),
  }));
}
