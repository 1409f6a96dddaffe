import { ActionIcon, Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconCurrentLocation, IconMapPin, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PickOnMap } from './pick-on-map';
import { type PickedLocation, roughAccuracyM } from './picked-location';
import { useGpsPosition } from './use-gps-position';

type Props = {
  klicId: string;
  value: PickedLocation | null;
  onChange: (location: PickedLocation | null) => void;
};

const metres = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "Mijn positie (GPS)" or a tap on the map; without a location the worker is told what that means. */
export function LocationField({ klicId, value, onChange }: Props) {
  const { t } = useTranslation();
  const gps = useGpsPosition(onChange);
  const [mapOpen, setMapOpen] = useState(false);
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('field.registration.location.title')}
      </Title>
      <Stack gap="xs">
        <Button
          size="md"
          variant="light"
          leftSection={<IconCurrentLocation size={20} aria-hidden />}
          loading={gps.locating}
          onClick={() => void gps.locate()}
          data-testid="field-reg-gps"
        >
          {t('field.registration.location.gps')}
        </Button>
        <Button
          size="md"
          variant={mapOpen ? 'filled' : 'light'}
          leftSection={<IconMapPin size={20} aria-hidden />}
          onClick={() => setMapOpen((open) => !open)}
          data-testid="field-reg-map"
        >
          {mapOpen ? t('field.registration.location.mapDone') : t('field.registration.location.map')}
        </Button>
      </Stack>
      {gps.problem && (
        <Alert color="orange" data-testid="field-reg-gps-problem">
          {t(`field.registration.location.problems.${gps.problem}`)}
        </Alert>
      )}
      {mapOpen && (
        <PickOnMap
          klicId={klicId}
          picked={value?.position ?? null}
          onPick={(position) => onChange({ position, source: 'map', accuracyM: null })}
        />
      )}
      {value ? (
        <LocationSummary value={value} onClear={() => onChange(null)} />
      ) : (
        <Alert color="yellow" data-testid="field-reg-no-location">
          {t('field.registration.location.none')}
        </Alert>
      )}
    </Stack>
  );
}

function LocationSummary({ value, onClear }: { value: PickedLocation; onClear: () => void }) {
  const { t } = useTranslation();
  const rough = value.accuracyM !== null && value.accuracyM > roughAccuracyM;
  return (
    <Stack gap={4} data-testid="field-reg-location">
      <Group justify="space-between" wrap="nowrap">
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {value.source === 'gps'
              ? t('field.registration.location.fromGps', { accuracy: value.accuracyM })
              : t('field.registration.location.fromMap')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('field.registration.location.coordinates', {
              x: metres.format(value.position[0]),
              y: metres.format(value.position[1]),
            })}
          </Text>
        </Stack>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="xl"
          aria-label={t('field.registration.location.clear')}
          onClick={onClear}
          data-testid="field-reg-location-clear"
        >
          <IconX aria-hidden />
        </ActionIcon>
      </Group>
      {rough && (
        <Alert color="orange">{t('field.registration.location.rough', { accuracy: value.accuracyM })}</Alert>
      )}
    </Stack>
  );
}
