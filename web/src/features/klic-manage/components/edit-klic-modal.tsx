import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api';
import { ErrorAlert } from '@/shared/ui';
import type { ProjectKlic } from '../api/types';
import { useSaveTexts } from '../hooks/use-klic-mutations';

const limits = { toelichting: 2000, extraField: 200 } as const;

/** "Wijzigen": the toelichting shown in the field app and the extra free field. */
export function EditKlicModal({ klic, onClose }: { klic: ProjectKlic; onClose: () => void }) {
  const { t } = useTranslation();
  const [texts, setTexts] = useState({ toelichting: klic.toelichting, extraField: klic.extraField });
  const save = useSaveTexts();
  const fields = isApiError(save.error) ? (save.error.fields ?? {}) : {};
  const fieldError = (field: keyof typeof limits) =>
    fields[field] || texts[field].trim().length > limits[field] ? t('klicManage.edit.tooLong') : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate(
      { meldingId: klic.id, texts },
      {
        onSuccess: () => {
          notifications.show({
            color: 'veldwerk',
            message: t('klicManage.edit.done', { meldnummer: klic.meldnummer }),
          });
          onClose();
        },
      },
    );
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('klicManage.edit.title', { meldnummer: klic.meldnummer })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {save.error && Object.keys(fields).length === 0 && <ErrorAlert error={save.error} />}
          <Textarea
            label={t('klicManage.edit.toelichting')}
            description={t('klicManage.edit.toelichtingHelp')}
            value={texts.toelichting}
            onChange={(event) => setTexts({ ...texts, toelichting: event.currentTarget.value })}
            error={fieldError('toelichting')}
            maxLength={limits.toelichting}
            autosize
            minRows={3}
            data-autofocus
            data-testid="klic-edit-toelichting"
          />
          <TextInput
            label={t('klicManage.edit.extraField')}
            description={t('klicManage.edit.extraFieldHelp')}
            value={texts.extraField}
            onChange={(event) => setTexts({ ...texts, extraField: event.currentTarget.value })}
            error={fieldError('extraField')}
            maxLength={limits.extraField}
            data-testid="klic-edit-extra-field"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('account.common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="klic-edit-submit">
              {t('klicManage.edit.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
