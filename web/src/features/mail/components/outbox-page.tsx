import { Box, Container, Group, Pagination, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DocumentTitle, ErrorAlert, PageLoader } from '@/shared/ui';
import { outboxPageQuery, outboxPageSize } from '../api/outbox-queries';
import type { OutboxItem } from '../api/types';
import { MailDetailModal } from './mail-detail-modal';
import { OutboxTable } from './outbox-table';

const pageParam = 'pagina';

/** `/mijn-bedrijf/uitgaande-email`: every mail Veldwerk sends, with its status; the page is in the URL. */
export function OutboxPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const page = Math.max(1, Number.parseInt(search.get(pageParam) ?? '1', 10) || 1);
  const outbox = useQuery(outboxPageQuery(page));
  const [opened, setOpened] = useState<OutboxItem | null>(null);

  const total = outbox.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / outboxPageSize));
  const first = (page - 1) * outboxPageSize + 1;
  const last = Math.min(total, page * outboxPageSize);

  return (
    <Container size="xl" py="md">
      <DocumentTitle title={t('mail.outbox.title')} />
      <Stack gap="md">
        <div>
          <Title order={1}>{t('mail.outbox.title')}</Title>
          <Text c="dimmed" mt={4} maw={760}>
            {t('mail.outbox.explanation')}
          </Text>
        </div>
        {outbox.isError && <ErrorAlert error={outbox.error} onRetry={() => void outbox.refetch()} />}
        {outbox.isPending && <PageLoader />}
        {outbox.data && (
          <Paper withBorder radius="md">
            {outbox.data.items.length === 0 ? (
              <Text p="xl" ta="center" c="dimmed">
                {t('mail.outbox.empty')}
              </Text>
            ) : (
              <OutboxTable
                items={outbox.data.items}
                onOpen={(id) => setOpened(outbox.data.items.find((item) => item.id === id) ?? null)}
              />
            )}
          </Paper>
        )}
        {outbox.data && total > 0 && (
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('mail.outbox.range', { from: first, to: last, total })}
            </Text>
            {pages > 1 && (
              <Box component="nav" aria-label={t('mail.outbox.pagination')}>
                <Pagination
                  total={pages}
                  value={Math.min(page, pages)}
                  onChange={(next) => setSearch({ [pageParam]: String(next) })}
                  getControlProps={(control) => ({
                    'aria-label': t(control === 'next' ? 'common.nextPage' : 'common.previousPage'),
                  })}
                  getItemProps={(number) => ({ 'aria-label': t('common.page', { page: number }) })}
                />
              </Box>
            )}
          </Group>
        )}
      </Stack>
      <MailDetailModal item={opened} onClose={() => setOpened(null)} />
    </Container>
  );
}
