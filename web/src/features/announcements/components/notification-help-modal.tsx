import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AddressBarExample } from './address-bar-example';

type Props = { reason: 'blocked' | 'unsupported' | null; onClose: () => void };

/** How to allow blocked notifications in Chrome and Edge, or why this browser cannot show them. */
export function NotificationHelpModal({ reason, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={reason !== null}
      onClose={onClose}
      title={t(reason === 'unsupported' ? 'announcements.unsupported.title' : 'announcements.blocked.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <Stack gap="md">
        {reason === 'unsupported' ? (
          <Text size="sm">{t('announcements.unsupported.text')}</Text>
        ) : (
          <>
            <Text size="sm">{t('announcements.blocked.intro')}</Text>
            <List type="ordered" size="sm" spacing="xs">
              <List.Item>{t('announcements.blocked.step1')}</List.Item>
              <List.Item>{t('announcements.blocked.step2')}</List.Item>
              <List.Item>{t('announcements.blocked.step3')}</List.Item>
            </List>
            <AddressBarExample />
            <Text size="xs" c="dimmed">
              {t('announcements.blocked.otherBrowsers')}
            </Text>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
