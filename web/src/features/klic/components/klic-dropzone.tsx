import { Box, Group, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFileZip, IconUpload } from '@tabler/icons-react';
import type { InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { klicFileExtensions } from '../format/klic-file';

// The picker offers only these; a dropped file of another kind gets its own refusal in the list.
const inputProps = {
  accept: klicFileExtensions.join(','),
  'data-testid': 'klic-upload-input',
} as InputHTMLAttributes<HTMLInputElement>;

/** Drop or choose delivery ZIPs and Kadaster mails; every file is passed on, the list checks its kind. */
export function KlicDropzone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { t } = useTranslation();
  return (
    <Dropzone
      onDrop={onFiles}
      multiple
      useFsAccessApi={false}
      inputProps={inputProps}
      radius="md"
      data-testid="klic-dropzone"
    >
      <Group justify="center" gap="lg" mih={150} wrap="nowrap" style={{ pointerEvents: 'none' }}>
        <Box style={{ flexShrink: 0 }} visibleFrom="xs">
          <Dropzone.Accept>
            <IconUpload size={48} color="var(--mantine-color-veldwerk-7)" stroke={1.5} aria-hidden />
          </Dropzone.Accept>
          <Dropzone.Idle>
            <IconFileZip size={48} color="var(--mantine-color-dimmed)" stroke={1.5} aria-hidden />
          </Dropzone.Idle>
        </Box>
        <Stack gap={6} maw={560}>
          <Text size="lg" fw={500}>
            {t('klic.upload.dropTitle')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('klic.upload.dropHint')}
          </Text>
          <Text size="sm">{t('klic.upload.mailHint')}</Text>
        </Stack>
      </Group>
    </Dropzone>
  );
}
