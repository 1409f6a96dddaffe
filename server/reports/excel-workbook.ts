import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';

export type ColumnType = 'text' | 'number' | 'date';
export type SheetColumn<Row> = {
  header: string;
  type: ColumnType;
  width: number;
  value: (row: Row) => string | number | null;
};
export type SheetSpec<Row> = { name: string; columns: SheetColumn<Row>[]; rows: readonly Row[] };
/** A line of the filter sheet: label and value (an ISO date 'YYYY-MM-DD' becomes a real date). */
export type FilterLine = { label: string; value: string | number; type?: ColumnType };

/** Sheets of different row types in one workbook. */
export function sheet<Row>(spec: SheetSpec<Row>): SheetSpec<unknown> {
  return spec as SheetSpec<unknown>;
}

const dateFormat = 'dd-mm-yyyy';
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** A real Excel date (a serial day number), for 'YYYY-MM-DD'; Excel has no time zone, so UTC midnight. */
function excelDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function cellValue(type: ColumnType, value: string | number | null): ExcelJS.CellValue {
  if (value === null) return null;
  if (type === 'date' && typeof value === 'string' && isoDay.test(value)) return excelDate(value);
  return value;
}

function writeSheet<Row>(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: SheetSpec<Row>): void {
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = sheet.columns.map((column, index) => ({
    header: column.header,
    key: String(index),
    width: column.width,
    ...(column.type === 'date' ? { style: { numFmt: dateFormat } } : {}),
  }));
  worksheet.getRow(1).font = { bold: true };
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  for (const row of sheet.rows) {
    worksheet.addRow(sheet.columns.map((column) => cellValue(column.type, column.value(row)))).commit();
  }
  worksheet.commit();
}

function writeFilters(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, lines: FilterLine[]): void {
  const worksheet = workbook.addWorksheet(name);
  worksheet.columns = [{ width: 28 }, { width: 40 }];
  for (const line of lines) {
    const row = worksheet.addRow([line.label, cellValue(line.type ?? 'text', line.value)]);
    row.getCell(1).font = { bold: true };
    if (line.type === 'date') row.getCell(2).numFmt = dateFormat;
    row.commit();
  }
  worksheet.commit();
}

/**
 * The workbook streamed as it is written: each data sheet with a frozen, filterable header row, then a
 * sheet with the filters the report was made with. The data is already in memory (bounded by the report's
 * row limit), so a failing query answers as an error before the first byte is sent.
 */
export function streamWorkbook(
  sheets: SheetSpec<unknown>[],
  filters: { name: string; lines: FilterLine[] },
): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
  workbook.creator = 'Veldwerk';
  const write = async () => {
    for (const each of sheets) writeSheet(workbook, each);
    writeFilters(workbook, filters.name, filters.lines);
    await workbook.commit();
  };
  write().catch((error: unknown) => output.destroy(error as Error));
  return output;
}
