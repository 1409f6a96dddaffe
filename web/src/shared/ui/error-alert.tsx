import { Alert, Button, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type Props = {
  title?: string;
  error: Error;
  onRetry?: () => void;
};

/** A failed load: the message (translated by the server or the API client) and a retry button. */
export function ErrorAlert({ title, error, onRetry }: Props) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle aria-hidden />} role="alert">
      <Text size="sm">{error.message}</Text>
      {onRetry && (
        <Button variant="default" size="xs" mt="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
