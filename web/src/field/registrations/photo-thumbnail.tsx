import { ActionIcon, Center, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormPhoto } from './form-photo';
import classes from './photo-field.module.css';

/** One photo of the form, small, with a button to remove it. */
export function PhotoThumbnail({
  photo,
  number,
  onRemove,
}: {
  photo: FormPhoto;
  number: number;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const url = useObjectUrl(photo.status === 'ready' ? photo.blob : null);
  return (
    <div className={classes.thumbnail} data-testid="field-reg-photo" data-status={photo.status}>
      {photo.status === 'compressing' && (
        <Center className={classes.state}>
          <Stack gap={4} align="center">
            <Loader size="sm" aria-hidden />
            <Text size="xs">{t('field.registration.photos.compressing')}</Text>
          </Stack>
        </Center>
      )}
      {photo.status === 'failed' && (
        <Center className={classes.state}>
          <Stack gap={4} align="center">
            <IconAlertTriangle size={20} aria-hidden color="var(--mantine-color-red-8)" />
            <Text size="xs">{t('field.registration.photos.failed')}</Text>
          </Stack>
        </Center>
      )}
      {url && (
        <img src={url} alt={t('field.registration.photos.alt', { number })} className={classes.image} />
      )}
      <ActionIcon
        className={classes.remove}
        size="xl"
        color="dark"
        variant="filled"
        aria-label={t('field.registration.photos.remove', { number })}
        onClick={onRemove}
        data-testid="field-reg-photo-remove"
      >
        <IconTrash size={20} aria-hidden />
      </ActionIcon>
    </div>
  );
}

/** An object URL for a Blob while the component shows it; released afterwards. */
function useObjectUrl(blob: Blob | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blob) return;
    const created = URL.createObjectURL(blob);
    setUrl(created);
    return () => {
      URL.revokeObjectURL(created);
      setUrl(null);
    };
  }, [blob]);
  return url;
}
