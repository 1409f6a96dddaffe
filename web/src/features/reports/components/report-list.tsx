import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { ListNote } from './list-note';

type Column<Row> = { label: string; align?: 'right'; cell: (row: Row) => ReactNode };

type Props<Row> = {
  testId: string;
  columns: ReadonlyArray<Column<Row>>;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** How many the report holds; the screen gets the first ones. */
  total: number;
};

/** The rows of a list report, and under them how many of all are shown. */
export function ReportList<Row>({ testId, columns, rows, rowKey, total }: Props<Row>) {
  return (
    <>
      <Table.ScrollContainer minWidth={640} mah={440}>
        <Table striped stickyHeader data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column.label} ta={column.align}>
                  {column.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={rowKey(row)}>
                {columns.map((column) => (
                  <Table.Td key={column.label} ta={column.align}>
                    {column.cell(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ListNote shown={rows.length} total={total} />
    </>
  );
}
