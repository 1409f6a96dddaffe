import { Alert, Button, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconCamera, IconPhoto } from '@tabler/icons-react';
import { type ChangeEvent, type Dispatch, type SetStateAction, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compressPhoto } from './compress-photo';
import { type FormPhoto, maxPhotosPerRegistration } from './form-photo';
import classes from './photo-field.module.css';
import { PhotoThumbnail } from './photo-thumbnail';

type Props = { photos: FormPhoto[]; onChange: Dispatch<SetStateAction<FormPhoto[]>> };

/** Take or choose photos; each is reduced on the phone right away, shown small and can be removed. */
export function PhotoField({ photos, onChange }: Props) {
  const { t } = useTranslation();
  const [tooMany, setTooMany] = useState(false);

  const addFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.currentTarget.files ?? [])];
    // Empty the input, so that the same photo can be chosen again after removing it.
    event.currentTarget.value = '';
    const room = Math.max(0, maxPhotosPerRegistration - photos.length);
    setTooMany(files.length > room);
    const added = files.slice(0, room).map((file) => ({ file, key: crypto.randomUUID() }));
    onChange((current) => [...current, ...added.map(({ key }) => ({ key, status: 'compressing' as const }))]);
    // One at a time: a phone has little memory for several decoded photos.
    for (const { file, key } of added) {
      const done: FormPhoto = await compressPhoto(file).then(
        (blob) => ({ key, status: 'ready', blob }),
        () => ({ key, status: 'failed' }),
      );
      onChange((current) => current.map((photo) => (photo.key === key ? done : photo)));
    }
  };

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
          size="md"
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
              onChange={(event) => void addFiles(event)}
              data-testid="field-reg-photo-input"
            />
          </VisuallyHidden>
        </Button>
        <Button component="label" size="md" variant="light" leftSection={<IconPhoto size={20} aria-hidden />}>
          {t('field.registration.photos.choose')}
          <VisuallyHidden>
            <input
              type="file"
              accept="image/*"
              multiple
              onChange={(event) => void addFiles(event)}
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
