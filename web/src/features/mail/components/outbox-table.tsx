import { Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/shared/format/date-time';
import type { OutboxItem } from '../api/types';
import { MailStatusBadge } from './mail-status-badge';
import classes from './outbox-table.module.css';

type Props = { items: OutboxItem[]; onOpen: (id: string) => void };

/** The outbox rows; a click anywhere on a row (or Enter on its subject) opens the mail. */
export function OutboxTable({ items, onOpen }: Props) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table highlightOnHover verticalSpacing="sm" data-testid="outbox-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('mail.outbox.to')}</Table.Th>
            <Table.Th>{t('mail.outbox.subject')}</Table.Th>
            <Table.Th>{t('mail.outbox.status')}</Table.Th>
            <Table.Th ta="right">{t('mail.outbox.attempts')}</Table.Th>
            <Table.Th>{t('mail.outbox.createdAt')}</Table.Th>
            <Table.Th>{t('mail.outbox.lastError')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const subject = item.subject || t('mail.outbox.noSubject');
            return (
              <Table.Tr key={item.id} className={classes.row} onClick={() => onOpen(item.id)}>
                <Table.Td className={classes.nowrap}>{item.to}</Table.Td>
                <Table.Td>
                  <UnstyledButton
                    className={classes.subject}
                    fz="sm"
                    onClick={() => onOpen(item.id)}
                    aria-label={t('mail.outbox.open', { subject })}
                  >
                    {subject}
                  </UnstyledButton>
                </Table.Td>
                <Table.Td>
                  <MailStatusBadge status={item.status} />
                </Table.Td>
                <Table.Td ta="right">{item.attempts}</Table.Td>
                <Table.Td className={classes.nowrap}>{formatDateTime(item.createdAt)}</Table.Td>
                <Table.Td>
                  {item.lastError && (
                    <Text size="sm" c="red.9" lineClamp={2} title={item.lastError}>
                      {item.lastError}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
