import { Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageLoader } from '@/shared/ui';
import { outboxMailQuery } from '../api/outbox-queries';
import type { OutboxItem } from '../api/types';
import { MailDetail } from './mail-detail';

type Props = { item: OutboxItem | null; onClose: () => void };

/** Reads one mail; full screen on a phone. */
export function MailDetailModal({ item, onClose }: Props) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const mail = useQuery({ ...outboxMailQuery(item?.id ?? ''), enabled: item !== null });
  return (
    <Modal
      opened={item !== null}
      onClose={onClose}
      title={item?.subject || t('mail.outbox.noSubject')}
      size="xl"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {mail.data ? (
        <MailDetail mail={mail.data} />
      ) : mail.isError ? (
        <ErrorAlert error={mail.error} onRetry={() => void mail.refetch()} />
      ) : (
        <PageLoader />
      )}
    </Modal>
  );
}
