import { Anchor, Button, Group, Image, Paper, Stack, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/shared/format/date-time';
import { ErrorAlert, PageLoader } from '@/shared/ui';
import { downloadPreventionReport, registrationsQuery } from '../api/klic-melding-api';
import type { Registration } from '../api/types';

/** The registration's details as the PDF shows them, its note and its photos (each opens full size). */
function RegistrationDetails({ registration }: { registration: Registration }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      {registration.lines.map((line) => (
        <Text key={line.key} size="sm">
          <Text span fw={600}>
            {line.label}:
          </Text>{' '}
          {line.value}
        </Text>
      ))}
      {registration.note && (
        <Text size="sm" fs="italic">
          {registration.note}
        </Text>
      )}
      {registration.photos.length > 0 && (
        <Group gap="xs" data-testid="registration-photos">
          {registration.photos.map((photo, index) => (
            <Anchor key={photo.id} href={photo.url} target="_blank" rel="noopener">
              <Image
                src={photo.url}
                alt={t('klicMelding.registrations.photo', { number: index + 1 })}
                w={96}
                h={72}
                fit="cover"
                radius="sm"
                loading="lazy"
              />
            </Anchor>
          ))}
        </Group>
      )}
    </Stack>
  );
}

/** The Preventierapport as a PDF: also without registrations (the PDF then says so). */
function PdfDownload({ meldingId }: { meldingId: string }) {
  const { t } = useTranslation();
  const download = useMutation({ mutationFn: () => downloadPreventionReport(meldingId) });
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text c="dimmed" size="sm" maw={720}>
          {t('klicMelding.registrations.pdfExplanation')}
        </Text>
        <Button
          leftSection={<IconDownload size={16} aria-hidden />}
          variant="light"
          loading={download.isPending}
          onClick={() => download.mutate()}
          data-testid="download-prevention-report"
        >
          {t('klicMelding.registrations.downloadPdf')}
        </Button>
      </Group>
      {download.error && (
        <ErrorAlert title={t('klicMelding.registrations.downloadPdfFailed')} error={download.error} />
      )}
    </Stack>
  );
}

/** "Preventie rapporten": what field workers registered at this KLIC, newest first. */
export function RegistrationsTab({ meldingId }: { meldingId: string }) {
  return (
    <Stack gap="md">
      <PdfDownload meldingId={meldingId} />
      <RegistrationList meldingId={meldingId} />
    </Stack>
  );
}

function RegistrationList({ meldingId }: { meldingId: string }) {
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
              <Table.Tr key={registration.id} data-testid="registration-row" data-kind={registration.kind}>
                <Table.Td>{t(`klicMelding.registrations.kinds.${registration.kind}`)}</Table.Td>
                <Table.Td>{formatDateTime(registration.recordedAt)}</Table.Td>
                <Table.Td>{registration.recordedBy ?? t('klicMelding.registrations.unknownUser')}</Table.Td>
                <Table.Td>
                  <RegistrationDetails registration={registration} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
