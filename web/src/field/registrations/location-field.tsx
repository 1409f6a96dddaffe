import { ActionIcon, Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconCurrentLocation, IconMapPin, IconX } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { interfaceLocale } from './interface-locale';
import { PickOnMap } from './pick-on-map';
import { type PickedLocation, roughAccuracyM } from './picked-location';
import { useGpsPosition } from './use-gps-position';

type Props = {
  klicId: string;
  value: PickedLocation | null;
  onChange: (location: PickedLocation | null) => void;
  /** Why the location cannot be saved (e.g. outside the Netherlands). */
  error?: string | undefined;
};

/**
 * "Mijn positie (GPS)" or a tap on the map; without a location the worker is told what that means. A
 * problem with the location marks the GPS button, where a refused save puts the focus.
 */
export function LocationField({ klicId, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const gps = useGpsPosition(onChange);
  const [mapOpen, setMapOpen] = useState(false);
  const errorId = useId();
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('field.registration.location.title')}
      </Title>
      <Stack gap="xs">
        <Button
          size="lg"
          variant="light"
          leftSection={<IconCurrentLocation size={20} aria-hidden />}
          loading={gps.locating}
          onClick={() => void gps.locate()}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          data-testid="field-reg-gps"
        >
          {t('field.registration.location.gps')}
        </Button>
        <Button
          size="lg"
          variant={mapOpen ? 'filled' : 'light'}
          leftSection={<IconMapPin size={20} aria-hidden />}
          onClick={() => setMapOpen((open) => !open)}
          data-testid="field-reg-map"
        >
          {mapOpen ? t('field.registration.location.mapDone') : t('field.registration.location.map')}
        </Button>
      </Stack>
      {error && (
        <Alert color="red" id={errorId} data-testid="field-reg-location-error">
          {error}
        </Alert>
      )}
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
  const metres = new Intl.NumberFormat(interfaceLocale(), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
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
