import { Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UploadItem } from '../hooks/use-upload-queue';
import { UploadRow } from './upload-row';

/** The files dropped on this page, in the order they were dropped, each with its upload and processing state. */
export function UploadList({ items }: { items: UploadItem[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="klic-upload-list-title">
      <Title order={2} size="h3" id="klic-upload-list-title" mb="sm">
        {t('klic.upload.listLabel')}
      </Title>
      <Paper withBorder radius="md">
        <Stack
          gap={0}
          component="ul"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          data-testid="klic-upload-list"
        >
          {items.map((item) => (
            <UploadRow key={item.key} item={item} />
          ))}
        </Stack>
      </Paper>
    </section>
  );
}
