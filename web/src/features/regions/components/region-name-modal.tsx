import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api';
import { ErrorAlert } from '@/shared/ui';
import type { Region } from '../api/regions-api';
import { useCreateRegion, useRenameRegion } from '../hooks/use-region-mutations';

type Props = { region: Region | null; onClose: () => void };

const nameErrors: Record<string, 'regions.form.exists' | 'regions.form.required' | 'regions.form.tooLong'> = {
  already_exists: 'regions.form.exists',
  too_small: 'regions.form.required',
  required: 'regions.form.required',
  too_big: 'regions.form.tooLong',
};

/** Adds a region (region null) or renames one; the typed name stays on an error. */
export function RegionNameModal({ region, onClose }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(region?.name ?? '');
  const [nameError, setNameError] = useState<string | null>(null);
  const create = useCreateRegion();
  const rename = useRenameRegion(region?.id ?? '');
  const mutation = region ? rename : create;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setNameError('required');
    setNameError(null);
    mutation.mutate(trimmed, {
      onSuccess: (saved) => {
        notifications.show({
          color: 'veldwerk',
          message: region
            ? t('regions.form.renamed', { name: saved.name })
            : t('regions.form.added', { name: saved.name }),
        });
        onClose();
      },
      onError: (error) => setNameError(isApiError(error) ? (error.fields?.name ?? null) : null),
    });
  }

  const errorKey = nameError ? nameErrors[nameError] : undefined;
  const otherError = mutation.error && !errorKey ? mutation.error : null;
  return (
    <Modal
      opened
      onClose={onClose}
      title={region ? t('regions.form.renameTitle', { name: region.name }) : t('regions.form.addTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {otherError && <ErrorAlert error={otherError} />}
          <TextInput
            label={t('regions.form.name')}
            description={t('regions.form.nameHelp')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errorKey ? t(errorKey) : nameError ? t('regions.form.required') : undefined}
            maxLength={100}
            withAsterisk
            data-autofocus
            data-testid="region-name"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('regions.form.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="region-name-submit">
              {region ? t('regions.form.save') : t('regions.form.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
