import { Badge, Button, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '@/shared/format/date-time';
import type { ReceiptRow } from '../api/types';
import { klicStatusPaths } from '../paths';

/** The receipts, each with its delivery (awaited or arrived), the working days and the PDF. */
export function ReceiptsTable({ rows }: { rows: ReceiptRow[] }) {
  const { t } = useTranslation();
  const none = t('klicStatus.receipts.none');
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table verticalSpacing="sm" data-testid="klic-receipts-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('klicStatus.receipts.columns.meldnummer')}</Table.Th>
            <Table.Th>{t('klicStatus.receipts.columns.referentie')}</Table.Th>
            <Table.Th>{t('klicStatus.receipts.columns.project')}</Table.Th>
            <Table.Th>{t('klicStatus.receipts.columns.requestedAt')}</Table.Th>
            <Table.Th>{t('klicStatus.receipts.columns.delivery')}</Table.Th>
            <Table.Th ta="right">{t('klicStatus.receipts.columns.waiting')}</Table.Th>
            <Table.Th>{t('klicStatus.receipts.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr
              key={row.id}
              data-testid="klic-receipt-row"
              data-meldnummer={row.meldnummer}
              data-awaiting={row.awaiting}
            >
              <Table.Td fw={500}>{row.meldnummer}</Table.Td>
              <Table.Td>{row.referentie ?? none}</Table.Td>
              <Table.Td>
                {row.projectNumber ? [row.projectNumber, row.subProject].filter(Boolean).join(' · ') : none}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {row.requestedAt ? formatDateTime(row.requestedAt) : none}
              </Table.Td>
              <Table.Td>
                {row.awaiting ? (
                  <Badge color="orange.8" tt="none" radius="sm" variant="light">
                    {t('klicStatus.receipts.awaiting')}
                  </Badge>
                ) : (
                  <Badge
                    color={row.state === 'complete' ? 'green.9' : 'orange.8'}
                    tt="none"
                    radius="sm"
                    variant="outline"
                  >
                    {t(
                      row.state === 'complete'
                        ? 'klicStatus.receipts.delivered'
                        : 'klicStatus.receipts.partial',
                      {
                        date: row.deliveredAt ? formatDate(row.deliveredAt) : none,
                      },
                    )}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right">
                {row.workingDaysWaiting === null ? (
                  none
                ) : (
                  <Text
                    span
                    size="sm"
                    title={t(
                      row.awaiting
                        ? 'klicStatus.receipts.waitingTitleAwaiting'
                        : 'klicStatus.receipts.waitingTitleDelivered',
                    )}
                  >
                    {t('klicStatus.receipts.waitingDays', { count: row.workingDaysWaiting })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Button
                  component="a"
                  href={klicStatusPaths.receiptPdf(row.id)}
                  download
                  size="xs"
                  variant="default"
                  leftSection={<IconDownload size={14} aria-hidden />}
                  aria-label={t('klicStatus.receipts.downloadLabel', { meldnummer: row.meldnummer })}
                  data-testid="klic-receipt-download"
                >
                  {t('klicStatus.receipts.download')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
