import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/shared/i18n';
import { ErrorAlert } from '@/shared/ui';
import { consentKey, consentQuery, consentTextQuery, saveConsent } from '../api/notification-api';
import { useEnableNotifications } from '../hooks/use-enable-notifications';

/**
 * "Blijf op de hoogte" at the first login: the user must choose before doing anything else, so the
 * dialog has no close button and ignores Escape and clicks beside it.
 */
export function NotificationConsentDialog() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const queryClient = useQueryClient();
  const consent = useQuery(consentQuery);
  const opened = consent.data?.choice === null;
  const text = useQuery({ ...consentTextQuery(language), enabled: opened });
  const inform = useEnableNotifications();
  const decline = useMutation({
    mutationFn: () => saveConsent('declined', language),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consentKey }),
  });
  const pending = inform.isPending || decline.isPending;

  return (
    <Modal
      opened={opened}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      centered
      title={t('announcements.consent.title')}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
      data-testid="notification-consent-dialog"
    >
      <Stack gap="md">
        {text.data && <Text size="sm">{text.data.text}</Text>}
        {text.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
        {text.isError && <ErrorAlert error={text.error} onRetry={() => void text.refetch()} />}
        {(inform.isError || decline.isError) && (
          <Alert color="red" variant="light" role="alert">
            {t('announcements.consent.failed')}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button
            variant="default"
            disabled={!text.data || pending}
            loading={decline.isPending}
            onClick={() => decline.mutate()}
          >
            {t('announcements.consent.decline')}
          </Button>
          <Button
            disabled={!text.data || pending}
            loading={inform.isPending}
            onClick={() => inform.mutate()}
            data-autofocus
          >
            {t('announcements.consent.inform')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
