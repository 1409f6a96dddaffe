import { Group, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFile } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/shared/i18n';
import { formatFileSize } from '../format/klic-file';
import type { UploadItem } from '../hooks/use-upload-queue';
import { IntakeProgress } from './intake-progress';
import classes from './upload-row.module.css';

/** One dropped file: its name and size, then its upload, then what the server made of it. */
export function UploadRow({ item }: { item: UploadItem }) {
  const { language } = useLanguage();
  const { name, size } = item.file;
  return (
    <li className={classes.row} data-testid="klic-upload-row" data-phase={item.phase}>
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap" justify="space-between">
          <Group gap="xs" wrap="nowrap" miw={0}>
            <IconFile size={18} aria-hidden style={{ flexShrink: 0 }} />
            <Text size="sm" fw={500} truncate="end" title={name} data-testid="klic-upload-name">
              {name}
            </Text>
          </Group>
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {formatFileSize(size, language)}
          </Text>
        </Group>
        <RowState item={item} />
      </Stack>
    </li>
  );
}

function RowState({ item }: { item: UploadItem }) {
  const { t } = useTranslation();
  switch (item.phase) {
    case 'refused':
      return <RowError text={t('klic.upload.refused')} />;
    case 'waiting':
      return (
        <Text size="sm" c="dimmed">
          {t('klic.upload.waiting')}
        </Text>
      );
    case 'uploading': {
      const percent = Math.round(item.progress * 100);
      return (
        <Stack gap={4}>
          <Progress value={percent} aria-label={t('klic.upload.uploadProgress', { name: item.file.name })} />
          <Text size="xs" c="dimmed">
            {t('klic.upload.uploading', { percent })}
          </Text>
        </Stack>
      );
    }
    case 'failed':
      return <RowError text={item.error ?? ''} />;
    case 'sent':
      return item.intake && <IntakeProgress initial={item.intake} />;
  }
}

/** Why a file was not taken in: not a KLIC file, or the server refused the upload. */
function RowError({ text }: { text: string }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" role="alert">
      <IconAlertTriangle size={18} color="var(--mantine-color-red-9)" aria-hidden style={{ flexShrink: 0 }} />
      <Text size="sm" c="red.9" data-testid="klic-intake-outcome" data-tone="error">
        {text}
      </Text>
    </Group>
  );
}
