import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/shared/format/date-time';
import { downloads } from '../api/klic-melding-api';
import type { Delivery, DeliveryFileKind, MeldingDetail } from '../api/types';
import { formatFileSize } from '../format/attachment-file';

const shownKinds = ['letter', 'ev', 'attachment', 'background'] as const satisfies DeliveryFileKind[];

function DownloadLink({ href, children, testId }: { href: string; children: string; testId?: string }) {
  return (
    <Anchor href={href} download size="sm" data-testid={testId}>
      <Group gap={6} wrap="nowrap">
        <IconDownload size={14} aria-hidden />
        {children}
      </Group>
    </Anchor>
  );
}

function DeliveryDocuments({ delivery }: { delivery: Delivery }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" data-testid={`delivery-${delivery.volgnummer}`}>
      <Stack gap="sm">
        <Group gap="sm">
          <Title order={3} size="h4">
            {t('klicMelding.overview.delivery', { volgnummer: delivery.volgnummer })}
          </Title>
          <Badge variant="light" color={delivery.complete ? 'veldwerk' : 'yellow'}>
            {t(delivery.complete ? 'klicMelding.overview.complete' : 'klicMelding.overview.partial')}
          </Badge>
          {delivery.current && <Badge variant="outline">{t('klicMelding.overview.current')}</Badge>}
          {delivery.composedAt && (
            <Text size="sm" c="dimmed">
              {t('klicMelding.overview.composedAt', { date: formatDateTime(delivery.composedAt) })}
            </Text>
          )}
        </Group>
        <DownloadLink href={downloads.zip(delivery.id)} testId="download-zip">
          {t('klicMelding.overview.zip', { size: formatFileSize(delivery.zipBytes, i18n.language) })}
        </DownloadLink>
        {shownKinds.map((kind) => {
          const files = delivery.files.filter((file) => file.kind === kind);
          if (files.length === 0) return null;
          return (
            <Stack key={kind} gap={4}>
              <Text size="sm" fw={600}>
                {t(`klicMelding.overview.kinds.${kind}`)}
              </Text>
              {files.map((file) => (
                <DownloadLink key={file.id} href={downloads.file(delivery.id, file.id)}>
                  {[file.bronhoudercode, file.path.slice(file.path.lastIndexOf('/') + 1)]
                    .filter(Boolean)
                    .join(' – ')}
                </DownloadLink>
              ))}
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}

/** "Overzicht": every delivery with its documents, the original ZIP and the receipt, as downloads. */
export function OverviewTab({ melding }: { melding: MeldingDetail }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {melding.hasReceipt && (
        <DownloadLink href={downloads.receipt(melding.id)} testId="download-receipt">
          {t('klicMelding.overview.receipt')}
        </DownloadLink>
      )}
      {melding.deliveries.length === 0 ? (
        <Text c="dimmed">{t('klicMelding.overview.noDeliveries')}</Text>
      ) : (
        melding.deliveries.map((delivery) => <DeliveryDocuments key={delivery.id} delivery={delivery} />)
      )}
    </Stack>
  );
}
