import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '@/shared/format/date-time';
import { useSession } from '@/shared/session';
import { ErrorAlert, PageLoader } from '@/shared/ui';
import { Pager } from '@/shared/ui/pager';
import { logbookPageSize, projectLogbookQuery } from '../api/projects-api';
import type { ProjectRow } from '../api/types';
import { changesOf, type LoggedValue } from '../format/log-entry';

/** "Logboek geselecteerde item": what was changed on the selected project, by whom and when. */
export function ProjectLogbook({ project }: { project: ProjectRow }) {
  const { t } = useTranslation();
  const regions = useSession().regions;
  const [page, setPage] = useState(1);
  const logbook = useQuery({ ...projectLogbookQuery(project.id, page), placeholderData: keepPreviousData });
  const show = (value: LoggedValue | null) => {
    if (!value || value.kind === 'empty') return '—';
    if (value.kind === 'date') return formatDate(value.date);
    if (value.kind === 'boolean') return value.value ? t('projects.yes') : t('projects.no');
    if (value.kind === 'status') return t(`projects.status.${value.status as ProjectRow['status']}`);
    if (value.kind === 'region') return regions.find((region) => region.id === value.regionId)?.name ?? '—';
    return value.text;
  };
  const eventLabel = (event: string) =>
    event === 'project.created' ||
    event === 'project.updated' ||
    event === 'project.status_changed' ||
    event === 'project.deleted'
      ? t(`projects.logbook.events.${event.slice('project.'.length) as 'created'}`)
      : event;
  return (
    <Paper withBorder radius="md" p="md" data-testid="project-logbook">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('projects.logbook.title', { number: project.number })}
        </Title>
        {logbook.isPending && <PageLoader />}
        {logbook.isError && <ErrorAlert error={logbook.error} onRetry={() => void logbook.refetch()} />}
        {logbook.data?.items.length === 0 && <Text c="dimmed">{t('projects.logbook.empty')}</Text>}
        {logbook.data && logbook.data.items.length > 0 && (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('projects.logbook.when')}</Table.Th>
                  <Table.Th>{t('projects.logbook.who')}</Table.Th>
                  <Table.Th>{t('projects.logbook.what')}</Table.Th>
                  <Table.Th>{t('projects.logbook.changes')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {logbook.data.items.map((entry) => (
                  <Table.Tr key={entry.id} data-testid="project-logbook-entry">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.createdAt)}</Table.Td>
                    <Table.Td>{entry.actorName ?? t('projects.logbook.system')}</Table.Td>
                    <Table.Td>{eventLabel(entry.event)}</Table.Td>
                    <Table.Td>
                      {changesOf(entry).map((change) => (
                        <Text key={change.field} size="sm">
                          {t(`projects.logbook.fields.${change.field}`)}:{' '}
                          {change.before
                            ? `${show(change.before)} → ${show(change.after)}`
                            : show(change.after)}
                        </Text>
                      ))}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {logbook.data && (
          <Pager
            page={page}
            pageSize={logbookPageSize}
            total={logbook.data.total}
            rangeLabel={(range) => t('projects.logbook.range', range)}
            navLabel={t('projects.logbook.pages')}
            onChange={setPage}
          />
        )}
      </Stack>
    </Paper>
  );
}
