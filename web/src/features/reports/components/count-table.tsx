import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../format/period-label';

type Props<Row> = {
  label: string;
  columns: ReadonlyArray<{ key: keyof Row & string; label: string }>;
  rows: readonly Row[];
  rowLabel: (row: Row) => ReactNode;
  rowKey: (row: Row) => string;
  /** Shown as the last line. */
  totals?: Row;
  testId: string;
};

/** Counts per period or region: the label column, then one right-aligned number column per kind. */
export function CountTable<Row>({ label, columns, rows, rowLabel, rowKey, totals, testId }: Props<Row>) {
  const { t, i18n } = useTranslation();
  const cells = (row: Row) =>
    columns.map((column) => (
      <Table.Td key={column.key} ta="right">
        {formatCount(Number(row[column.key]), i18n.language)}
      </Table.Td>
    ));
  return (
    <Table.ScrollContainer minWidth={520} mah={440}>
      <Table striped stickyHeader data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{label}</Table.Th>
            {columns.map((column) => (
              <Table.Th key={column.key} ta="right">
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              <Table.Td>{rowLabel(row)}</Table.Td>
              {cells(row)}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {totals && (
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Td>{t('reports.total')}</Table.Td>
              {cells(totals)}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
