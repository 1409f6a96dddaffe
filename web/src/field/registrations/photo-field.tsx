import { Alert, Button, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconCamera, IconPhoto } from '@tabler/icons-react';
import { type ChangeEvent, type Dispatch, type SetStateAction, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compressPhoto } from './compress-photo';
import { type FormPhoto, maxPhotosPerRegistration } from './form-photo';
import classes from './photo-field.module.css';
import { PhotoThumbnail } from './photo-thumbnail';

type Props = { photos: FormPhoto[]; onChange: Dispatch<SetStateAction<FormPhoto[]>> };

/**
 * Take or choose photos; each is reduced on the phone right away, one at a time (a phone has little
 * memory for several decoded photos), shown small and can be removed.
 */
export function PhotoField({ photos, onChange }: Props) {
  const { t } = useTranslation();
  const [tooMany, setTooMany] = useState(false);
  // The photo being reduced now (its key).
  const reducing = useRef<string | null>(null);

  const addFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const picked = [...(event.currentTarget.files ?? [])].map(
      (file): FormPhoto => ({ key: crypto.randomUUID(), status: 'compressing', file }),
    );
    // Empty the input, so that the same photo can be chosen again after removing it.
    event.currentTarget.value = '';
    setTooMany(photos.length + picked.length > maxPhotosPerRegistration);
    // The room is counted on the latest list: two quick picks must not pass the maximum together.
    onChange((current) => [
      ...current,
      ...picked.slice(0, Math.max(0, maxPhotosPerRegistration - current.length)),
    ]);
  };

  useEffect(() => {
    if (reducing.current !== null) return;
    const next = photos.find((photo) => photo.status === 'compressing');
    if (!next) return;
    const { key } = next;
    reducing.current = key;
    void compressPhoto(next.file)
      .then(
        (blob): FormPhoto => ({ key, status: 'ready', blob }),
        (): FormPhoto => ({ key, status: 'failed' }),
      )
      .then((done) => {
        reducing.current = null;
        onChange((current) => current.map((photo) => (photo.key === key ? done : photo)));
      });
  }, [photos, onChange]);

  const remove = (key: string) => {
    setTooMany(false);
    onChange((current) => current.filter((photo) => photo.key !== key));
  };

  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('field.registration.photos.title')}
      </Title>
      <Group gap="xs" grow>
        <Button
          component="label"
          size="lg"
          variant="light"
          leftSection={<IconCamera size={20} aria-hidden />}
        >
          {t('field.registration.photos.take')}
          <VisuallyHidden>
            <input
              type="file"
              accept="image/*"
              capture="environment"
              multiple
              onChange={addFiles}
              data-testid="field-reg-photo-input"
            />
          </VisuallyHidden>
        </Button>
        <Button component="label" size="lg" variant="light" leftSection={<IconPhoto size={20} aria-hidden />}>
          {t('field.registration.photos.choose')}
          <VisuallyHidden>
            <input
              type="file"
              accept="image/*"
              multiple
              onChange={addFiles}
              data-testid="field-reg-photo-choose"
            />
          </VisuallyHidden>
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('field.registration.photos.hint')}
      </Text>
      {tooMany && (
        <Alert color="orange">
          {t('field.registration.photos.tooMany', { max: maxPhotosPerRegistration })}
        </Alert>
      )}
      {photos.length > 0 && (
        <ul className={classes.grid}>
          {photos.map((photo, index) => (
            <li key={photo.key}>
              <PhotoThumbnail photo={photo} number={index + 1} onRemove={() => remove(photo.key)} />
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}
