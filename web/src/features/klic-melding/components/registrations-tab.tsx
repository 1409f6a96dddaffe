import { Paper, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/shared/format/date-time';
import { ErrorAlert, PageLoader } from '@/shared/ui';
import { registrationsQuery } from '../api/klic-melding-api';

const detailText = (details: Record<string, unknown>) =>
  Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
    .join('; ');

/** "Preventie rapporten": what field workers registered at this KLIC, newest first. */
export function RegistrationsTab({ meldingId }: { meldingId: string }) {
  const { t } = useTranslation();
  const registrations = useQuery(registrationsQuery(meldingId));
  if (registrations.isPending) return <PageLoader />;
  if (registrations.isError) {
    return <ErrorAlert error={registrations.error} onRetry={() => void registrations.refetch()} />;
  }
  if (registrations.data.length === 0) {
    return (
      <Text c="dimmed" maw={720} data-testid="registrations-empty">
        {t('klicMelding.registrations.empty')}
      </Text>
    );
  }
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={600}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('klicMelding.registrations.kind')}</Table.Th>
              <Table.Th>{t('klicMelding.registrations.recordedAt')}</Table.Th>
              <Table.Th>{t('klicMelding.registrations.recordedBy')}</Table.Th>
              <Table.Th>{t('klicMelding.registrations.details')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {registrations.data.map((registration) => (
              <Table.Tr key={registration.id}>
                <Table.Td>{t(`klicMelding.registrations.kinds.${registration.kind}`)}</Table.Td>
                <Table.Td>{formatDateTime(registration.recordedAt)}</Table.Td>
                <Table.Td>{registration.recordedBy ?? t('klicMelding.registrations.unknownUser')}</Table.Td>
                <Table.Td>{detailText(registration.details)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
