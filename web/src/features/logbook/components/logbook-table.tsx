import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/shared/format/date-time';
import type { LogAction, LogEntry } from '../api/logbook-api';
import { entityTypeText, eventText } from './describe-entry';
import classes from './logbook.module.css';
import { LogbookChanges } from './logbook-changes';

const actionColors: Record<LogAction, string> = {
  create: 'veldwerk.7',
  update: 'blue.9',
  delete: 'red.9',
  security: 'orange.9',
};

type Props = {
  entries: LogEntry[];
  /** Off in the drawer, where every row is about the same item. */
  showItem: boolean;
};

/** Wanneer, Wie, Wat, Item, Wijzigingen: one row per logbook entry. */
export function LogbookTable({ entries, showItem }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={showItem ? 900 : 640}>
      <Table verticalSpacing="sm" striped data-testid="logbook-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('logbook.columns.when')}</Table.Th>
            <Table.Th>{t('logbook.columns.who')}</Table.Th>
            <Table.Th>{t('logbook.columns.what')}</Table.Th>
            {showItem && <Table.Th>{t('logbook.columns.item')}</Table.Th>}
            <Table.Th>{t('logbook.columns.changes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id} data-testid="logbook-row">
              <Table.Td className={classes.nowrap}>
                <Text size="sm">{formatDateTime(entry.createdAt)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={entry.actorName ? undefined : 'dimmed'}>
                  {entry.actorName ?? t('logbook.unknownActor')}
                </Text>
                {entry.ipAddress && (
                  <Text size="xs" c="dimmed">
                    {t('logbook.fromAddress', { ip: entry.ipAddress })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge color={actionColors[entry.action]} variant="light" tt="none" radius="sm" mb={4}>
                  {t(`logbook.actions.${entry.action}`)}
                </Badge>
                <Text size="sm">{eventText(t, i18n, entry)}</Text>
              </Table.Td>
              {showItem && (
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {entityTypeText(i18n, entry.entityType)}
                  </Text>
                  <Text size="sm">{entry.entityLabel ?? '—'}</Text>
                </Table.Td>
              )}
              <Table.Td maw={420}>
                <LogbookChanges entry={entry} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
