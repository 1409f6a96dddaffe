import { formatValue, noteKey, noteOf } from '../klic/prevention-report/registration-details.ts';
import { registrationTexts } from '../klic/prevention-report/registration-texts.ts';
import { type SheetColumn, sheet } from './excel-workbook.ts';
import type { FieldRegistrationListRow } from './field-registration-list.ts';
import type { Period } from './report-params.ts';
import {
  baseFilters,
  closingFilters,
  type ReportContext,
  regionColumn,
  type Workbook,
} from './report-sheets.ts';
import { reportTexts } from './report-texts.ts';

type Row = FieldRegistrationListRow;

/** One column per detail the registrations of the period carry (depth, operator …), in order of appearance. */
function detailColumns(rows: readonly Row[], context: ReportContext): SheetColumn<Row>[] {
  const words = registrationTexts(context.language);
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row.details)))].filter((key) => key !== noteKey);
  return keys.map((key) => ({
    header: words.details[key] ?? key,
    type: 'text',
    width: 20,
    value: (row) => {
      const value = row.details[key];
      if (typeof value === 'number') return value;
      const text = formatValue(value, words, context.language);
      return text === '' ? null : text;
    },
  }));
}

/** "Alle registraties": one row per field registration in the period. */
export function fieldRegistrationListWorkbook(
  rows: readonly Row[],
  period: Period,
  limit: number,
  context: ReportContext,
): Workbook {
  const texts = reportTexts(context.language);
  const words = registrationTexts(context.language);
  const columns = texts.registrationColumns;
  const title = texts.titles.fieldRegistrationList;
  return {
    title,
    sheets: [
      sheet<Row>({
        name: texts.sheets.list,
        columns: [
          { header: columns.date, type: 'date', width: 12, value: (row) => row.day },
          { header: columns.time, type: 'text', width: 8, value: (row) => row.time },
          {
            header: columns.kind,
            type: 'text',
            width: 20,
            value: (row) => words.kinds[row.kind] ?? row.kind,
          },
          { header: texts.columns.meldnummer, type: 'text', width: 14, value: (row) => row.meldnummer },
          { header: texts.columns.projectNumber, type: 'text', width: 16, value: (row) => row.projectNumber },
          {
            header: texts.columns.projectDescription,
            type: 'text',
            width: 30,
            value: (row) => row.projectDescription,
          },
          { header: columns.subProject, type: 'text', width: 16, value: (row) => row.subProject },
          regionColumn<Row>(texts),
          { header: columns.worker, type: 'text', width: 24, value: (row) => row.worker },
          { header: columns.x, type: 'number', width: 12, value: (row) => row.position?.[0] ?? null },
          { header: columns.y, type: 'number', width: 12, value: (row) => row.position?.[1] ?? null },
          ...detailColumns(rows, context),
          { header: columns.note, type: 'text', width: 40, value: (row) => noteOf(row.details) || null },
          { header: columns.photos, type: 'number', width: 10, value: (row) => row.photos },
        ],
        rows,
      }),
    ],
    filters: [
      ...baseFilters(context, title),
      { label: texts.filters.from, value: period.from, type: 'date' },
      { label: texts.filters.to, value: period.to, type: 'date' },
      ...closingFilters(context, rows.length, limit),
    ],
  };
}
