import { Affix, Button, Notification, Stack, Text } from '@mantine/core';
import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { newVersionStore } from './service-worker-registration';

/** "Nieuwe versie beschikbaar – herladen", when a new release took over while the app was open. */
export function NewVersionToast() {
  const { t } = useTranslation();
  const available = useSyncExternalStore(newVersionStore.subscribe, newVersionStore.get);
  const [dismissed, setDismissed] = useState(false);
  if (!available || dismissed) return null;
  return (
    <Affix position={{ bottom: 16, left: 16, right: 16 }}>
      <Notification
        title={t('field.offlineData.newVersion')}
        onClose={() => setDismissed(true)}
        closeButtonProps={{ 'aria-label': t('common.close'), size: 'xl' }}
        data-testid="field-new-version"
      >
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('field.offlineData.newVersionText')}</Text>
          <Button size="lg" onClick={() => window.location.reload()} data-testid="field-new-version-reload">
            {t('field.offlineData.reload')}
          </Button>
        </Stack>
      </Notification>
    </Affix>
  );
}
