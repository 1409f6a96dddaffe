import { Drawer, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageLoader } from '@/shared/ui';
import { LogbookOpenerContext, type LogbookSubject } from '@/shared/ui/logbook-opener';
import { Pager } from '@/shared/ui/pager';
import { logbookQuery } from '../api/logbook-api';
import { LogbookTable } from './logbook-table';

const pageSize = 20;

/**
 * Gives the pages inside it "Logboek geselecteerde item": a drawer with the history of one item.
 * The app puts it around the pages, so that lists open it without knowing this feature.
 */
export function LogbookDrawerProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  const [subject, setSubject] = useState<LogbookSubject | null>(null);
  return (
    <LogbookOpenerContext value={setSubject}>
      {children}
      <Drawer
        opened={subject !== null}
        onClose={() => setSubject(null)}
        position="right"
        size={phone ? '100%' : 'xl'}
        title={subject ? t('logbook.drawerTitle', { label: subject.label }) : ''}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
        data-testid="logbook-drawer"
      >
        {subject && <SubjectLogbook key={`${subject.entityType}:${subject.entityId}`} subject={subject} />}
      </Drawer>
    </LogbookOpenerContext>
  );
}

function SubjectLogbook({ subject }: { subject: LogbookSubject }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const logbook = useQuery({
    ...logbookQuery({ entityType: subject.entityType, entityId: subject.entityId, page, pageSize }),
    staleTime: 0,
  });
  if (logbook.isError) return <ErrorAlert error={logbook.error} onRetry={() => void logbook.refetch()} />;
  if (!logbook.data) return <PageLoader />;
  return (
    <Stack gap="md">
      {logbook.data.items.length === 0 ? (
        <Text c="dimmed">{t('logbook.emptyItem')}</Text>
      ) : (
        <LogbookTable entries={logbook.data.items} showItem={false} />
      )}
      <Pager
        page={page}
        pageSize={pageSize}
        total={logbook.data.total}
        rangeLabel={(range) => t('logbook.range', range)}
        navLabel={t('logbook.pagination')}
        onChange={setPage}
      />
    </Stack>
  );
}
