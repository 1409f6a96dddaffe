import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { keptKlicCount } from '../offline';
import { useOutbox } from '../outbox';
import { useLogout } from './use-logout';
import { useOnline } from './use-online';

/** Asks before logging out: what leaves the device, what stays; says so when logging out failed. */
export function LogoutDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const online = useOnline();
  const logout = useLogout();
  const waiting = useOutbox().entries.length;
  const klics = opened ? keptKlicCount() : 0;
  const close = () => {
    logout.reset();
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('field.logoutDialog.title')}
      closeButtonProps={{ 'aria-label': t('common.close'), size: 'xl' }}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <Stack gap="md">
        <Text data-testid="field-logout-klics">
          {klics > 0 ? t('field.logoutDialog.klics', { count: klics }) : t('field.logoutDialog.noKlics')}
        </Text>
        {waiting > 0 && (
          <Text data-testid="field-logout-outbox">{t('field.logoutDialog.outbox', { count: waiting })}</Text>
        )}
        {!online && (
          <Alert color="yellow" role="alert" data-testid="field-logout-offline">
            {t('field.logoutOfflineRefused')}
          </Alert>
        )}
        {logout.isError && online && (
          <Alert color="red" role="alert" data-testid="field-logout-failed">
            {t('field.logoutFailed')}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm" grow>
          <Button variant="default" size="lg" onClick={close}>
            {t('field.logoutDialog.cancel')}
          </Button>
          <Button
            color="red.9"
            size="lg"
            loading={logout.isPending}
            disabled={!online}
            onClick={() => logout.mutate()}
            data-testid="field-logout-confirm"
          >
            {t('field.logout')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
