import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentsKey } from '../api/klic-melding-api';
import { uploadAttachment } from '../api/upload-attachment';
import { attachmentProblem } from '../format/attachment-file';

export type UploadItem = { key: number; name: string; progress: number; error: string | null };

/** Uploads the chosen files one after the other, with their progress; refused files stay listed with why. */
export function useAttachmentUploads(meldingId: string) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [items, setItems] = useState<UploadItem[]>([]);
  const queue = useRef(Promise.resolve());
  const nextKey = useRef(0);

  const update = useCallback((key: number, change: Partial<UploadItem>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }, []);

  const add = useCallback(
    (files: File[]) => {
      for (const file of files) {
        const key = nextKey.current++;
        const problem = attachmentProblem(file);
        const error = problem ? t(`klicMelding.attachments.${problem}`, { name: file.name }) : null;
        setItems((current) => [...current, { key, name: file.name, progress: 0, error }]);
        if (problem) continue;
        queue.current = queue.current.then(async () => {
          try {
            await uploadAttachment(meldingId, file, (progress) => update(key, { progress }));
            setItems((current) => current.filter((item) => item.key !== key));
            notifications.show({
              color: 'veldwerk',
              message: t('klicMelding.attachments.uploaded', { name: file.name }),
            });
            await queryClient.invalidateQueries({ queryKey: attachmentsKey(meldingId) });
          } catch (cause) {
            update(key, { error: cause instanceof Error ? cause.message : String(cause) });
          }
        });
      }
    },
    [meldingId, queryClient, t, update],
  );

  const dismiss = useCallback((key: number) => {
    setItems((current) => current.filter((item) => item.key !== key));
  }, []);

  return { items, add, dismiss };
}
