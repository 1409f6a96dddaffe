import { Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '@/shared/ui';
import { useUploadQueue } from '../hooks/use-upload-queue';
import { KlicDropzone } from './klic-dropzone';
import { RecentIntakes } from './recent-intakes';
import { UploadList } from './upload-list';

/** `/klic/uploaden`: drop delivery ZIPs and Kadaster mails, follow each one, and see what came in lately. */
export function KlicUploadPage() {
  const { t } = useTranslation();
  const { items, add } = useUploadQueue();
  return (
    <Container size="lg" py="md">
      <DocumentTitle title={t('klic.upload.title')} />
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('klic.upload.title')}</Title>
          <Text c="dimmed" mt={4} maw={760}>
            {t('klic.upload.intro')}
          </Text>
        </div>
        <KlicDropzone onFiles={add} />
        {items.length > 0 && <UploadList items={items} />}
        <RecentIntakes />
      </Stack>
    </Container>
  );
}
