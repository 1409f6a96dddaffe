import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/shared/format/date-time';
import type { Intake } from '../api/types';
import { IntakeOutcomeText } from './intake-outcome-text';
import { IntakeStatusBadge } from './intake-status-badge';

/** The intakes, newest first: where each came from, its file, status, result and time. */
export function IntakesTable({ intakes }: { intakes: Intake[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" data-testid="klic-intakes-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('klic.intakes.columns.source')}</Table.Th>
            <Table.Th>{t('klic.intakes.columns.file')}</Table.Th>
            <Table.Th>{t('klic.intakes.columns.status')}</Table.Th>
            <Table.Th>{t('klic.intakes.columns.outcome')}</Table.Th>
            <Table.Th>{t('klic.intakes.columns.time')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {intakes.map((intake) => (
            <Table.Tr key={intake.id} data-testid="klic-intake-row" data-status={intake.status}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {t(`klic.intakes.source.${intake.source}`)}
              </Table.Td>
              <Table.Td maw={260}>
                <Text size="sm" truncate="end" title={intake.fileName}>
                  {intake.fileName}
                </Text>
              </Table.Td>
              <Table.Td>
                <IntakeStatusBadge status={intake.status} />
              </Table.Td>
              <Table.Td miw={280}>
                <IntakeOutcomeText intake={intake} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(intake.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
