import { Paper, Stack, Table, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/shared/format/date-time';
import type { OutboxMail } from '../api/types';
import classes from './mail-detail.module.css';
import { MailStatusBadge } from './mail-status-badge';

/**
 * One mail: its facts, the text version, and the HTML version in a sandboxed frame (no scripts, no
 * forms, its own origin), so that nothing in a mail can act inside Veldwerk.
 */
export function MailDetail({ mail }: { mail: OutboxMail }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Table variant="vertical" layout="fixed" withTableBorder>
        <Table.Tbody>
          <Fact label={t('mail.outbox.to')}>{mail.to}</Fact>
          <Fact label={t('mail.outbox.status')}>
            <MailStatusBadge status={mail.status} />
          </Fact>
          <Fact label={t('mail.outbox.createdAt')}>{formatDateTime(mail.createdAt)}</Fact>
          {mail.sentAt && <Fact label={t('mail.outbox.sentAt')}>{formatDateTime(mail.sentAt)}</Fact>}
          <Fact label={t('mail.outbox.attempts')}>{mail.attempts}</Fact>
          {mail.status === 'queued' && mail.nextAttemptAt && (
            <Fact label={t('mail.outbox.nextAttemptAt')}>{formatDateTime(mail.nextAttemptAt)}</Fact>
          )}
          {mail.lastError && <Fact label={t('mail.outbox.lastError')}>{mail.lastError}</Fact>}
        </Table.Tbody>
      </Table>
      <Tabs defaultValue={mail.html ? 'html' : 'text'}>
        <Tabs.List>
          <Tabs.Tab value="html">{t('mail.detail.html')}</Tabs.Tab>
          <Tabs.Tab value="text">{t('mail.detail.text')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="html" pt="sm">
          {mail.html ? (
            <iframe
              title={t('mail.detail.htmlFrame')}
              sandbox=""
              srcDoc={mail.html}
              className={classes.frame}
            />
          ) : (
            <Text c="dimmed">{t('mail.detail.noHtml')}</Text>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="text" pt="sm">
          {mail.text ? (
            <Paper withBorder p="md" className={classes.text}>
              {mail.text}
            </Paper>
          ) : (
            <Text c="dimmed">{t('mail.detail.noText')}</Text>
          )}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={160}>{label}</Table.Th>
      <Table.Td className={classes.value}>{children}</Table.Td>
    </Table.Tr>
  );
}
