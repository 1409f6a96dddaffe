import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/shared/format/date-time';
import type { ImapSettings } from '../api/types';

/** When Veldwerk last read the mailbox, and the last problem it ran into. */
export function ImapStatus({ imap }: { imap: ImapSettings }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" data-testid="klic-imap-last-polled">
        {imap.lastPolledAt
          ? t('klic.mail.imap.lastPolled', { time: formatDateTime(imap.lastPolledAt) })
          : t('klic.mail.imap.neverPolled')}
      </Text>
      {imap.lastError && (
        <Alert
          color="red"
          variant="light"
          title={t('klic.mail.imap.lastError')}
          icon={<IconAlertTriangle aria-hidden />}
          data-testid="klic-imap-last-error"
        >
          {imap.lastError}
        </Alert>
      )}
    </>
  );
}
