import {
  ActionIcon,
  Anchor,
  Group,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { notifications } from '@mantine/notifications';
import { IconFileUpload, IconTrash, IconX } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type InputHTMLAttributes, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/shared/format/date-time';
import { ErrorAlert, PageLoader } from '@/shared/ui';
import { ConfirmDialog } from '@/shared/ui/confirm-dialog';
import { attachmentsKey, attachmentsQuery, deleteAttachment } from '../api/klic-melding-api';
import type { OwnAttachment } from '../api/types';
import { attachmentAccept, formatFileSize } from '../format/attachment-file';
import { type UploadItem, useAttachmentUploads } from '../hooks/use-attachment-uploads';

const inputProps = { 'data-testid': 'attachment-input' } as InputHTMLAttributes<HTMLInputElement>;

function UploadRow({ item, onDismiss }: { item: UploadItem; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="sm" data-testid="attachment-upload">
      <Group justify="space-between" wrap="nowrap">
        <Stack gap={4} style={{ flex: 1 }}>
          <Text size="sm">
            {item.error ? item.name : t('klicMelding.attachments.uploading', { name: item.name })}
          </Text>
          {item.error ? (
            <Text size="sm" c="red.8" role="alert">
              {item.error}
            </Text>
          ) : (
            <Progress value={item.progress * 100} aria-label={item.name} />
          )}
        </Stack>
        {item.error && (
          <ActionIcon variant="subtle" color="gray" onClick={onDismiss} aria-label={t('common.close')}>
            <IconX size={16} aria-hidden />
          </ActionIcon>
        )}
      </Group>
    </Paper>
  );
}

/** "Eigen bijlagen": drop or choose Word, PDF, TIF and JPG files; download and remove them. */
export function AttachmentsTab({ meldingId }: { meldingId: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const attachments = useQuery(attachmentsQuery(meldingId));
  const uploads = useAttachmentUploads(meldingId);
  const [removing, setRemoving] = useState<OwnAttachment | null>(null);
  const remove = useMutation({
    mutationFn: (attachment: OwnAttachment) => deleteAttachment(meldingId, attachment.id),
    onSuccess: async (_, attachment) => {
      notifications.show({
        color: 'veldwerk',
        message: t('klicMelding.attachments.removed', { name: attachment.fileName }),
      });
      setRemoving(null);
      await queryClient.invalidateQueries({ queryKey: attachmentsKey(meldingId) });
    },
  });

  return (
    <Stack gap="md">
      <Text size="sm" maw={820}>
        {t('klicMelding.attachments.intro')}
      </Text>
      <Dropzone
        onDrop={uploads.add}
        onReject={(rejections) => uploads.add(rejections.map((rejection) => rejection.file))}
        accept={attachmentAccept}
        multiple
        useFsAccessApi={false}
        inputProps={inputProps}
        radius="md"
        data-testid="attachment-dropzone"
      >
        <Group justify="center" gap="lg" mih={110} wrap="nowrap" style={{ pointerEvents: 'none' }}>
          <IconFileUpload size={40} color="var(--mantine-color-dimmed)" stroke={1.5} aria-hidden />
          <Stack gap={4}>
            <Text fw={500}>{t('klicMelding.attachments.dropTitle')}</Text>
            <Text size="sm" c="dimmed">
              {t('klicMelding.attachments.dropHint')}
            </Text>
          </Stack>
        </Group>
      </Dropzone>
      {uploads.items.map((item) => (
        <UploadRow key={item.key} item={item} onDismiss={() => uploads.dismiss(item.key)} />
      ))}
      {attachments.isPending && <PageLoader />}
      {attachments.isError && (
        <ErrorAlert error={attachments.error} onRetry={() => void attachments.refetch()} />
      )}
      {attachments.data &&
        (attachments.data.length === 0 ? (
          <Text c="dimmed" data-testid="attachments-empty">
            {t('klicMelding.attachments.empty_list')}
          </Text>
        ) : (
          <Paper withBorder radius="md">
            <Table.ScrollContainer minWidth={600}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('klicMelding.attachments.name')}</Table.Th>
                    <Table.Th>{t('klicMelding.attachments.size')}</Table.Th>
                    <Table.Th>{t('klicMelding.attachments.uploadedBy')}</Table.Th>
                    <Table.Th>{t('klicMelding.attachments.createdAt')}</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>{t('klicMelding.attachments.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {attachments.data.map((attachment) => (
                    <Table.Tr key={attachment.id} data-testid="attachment-row">
                      <Table.Td>
                        <Anchor href={attachment.url} download={attachment.fileName} size="sm">
                          {attachment.fileName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{formatFileSize(attachment.size, i18n.language)}</Table.Td>
                      <Table.Td>{attachment.uploadedBy ?? '–'}</Table.Td>
                      <Table.Td>{formatDateTime(attachment.createdAt)}</Table.Td>
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="red.9"
                          onClick={() => {
                            remove.reset();
                            setRemoving(attachment);
                          }}
                          aria-label={t('klicMelding.attachments.removeLabel', { name: attachment.fileName })}
                          data-testid="attachment-remove"
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        ))}
      <ConfirmDialog
        opened={removing !== null}
        title={t('klicMelding.attachments.removeTitle')}
        confirmLabel={t('klicMelding.attachments.remove')}
        danger
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() => removing && remove.mutate(removing)}
        onCancel={() => setRemoving(null)}
      >
        <Text size="sm">{t('klicMelding.attachments.removeText', { name: removing?.fileName ?? '' })}</Text>
      </ConfirmDialog>
    </Stack>
  );
}
