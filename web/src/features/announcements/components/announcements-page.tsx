import { Container, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DocumentTitle, ErrorAlert, PageLoader } from '@/shared/ui';
import { Pager } from '@/shared/ui/pager';
import { announcementPageQuery, announcementPageSize } from '../api/announcement-queries';
import { type AnnouncementKind, announcementKinds } from '../api/types';
import { AnnouncementCard } from './announcement-card';

const pageParam = 'pagina';
const kindParam = 'soort';

function kindFrom(value: string | null): AnnouncementKind | null {
  return announcementKinds.find((kind) => kind === value) ?? null;
}

/** `/mededelingen`: every notice of the platform operator, newest first; page and kind are in the URL. */
export function AnnouncementsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const page = Math.max(1, Number.parseInt(search.get(pageParam) ?? '1', 10) || 1);
  const kind = kindFrom(search.get(kindParam));
  const list = useQuery(announcementPageQuery(page, kind));

  const show = (next: { page?: number; kind?: AnnouncementKind | null }) => {
    const params = new URLSearchParams();
    const nextKind = next.kind === undefined ? kind : next.kind;
    if (nextKind) params.set(kindParam, nextKind);
    if (next.page && next.page > 1) params.set(pageParam, String(next.page));
    setSearch(params);
  };

  return (
    <Container size="md" py="md">
      <DocumentTitle title={t('announcements.title')} />
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={1}>{t('announcements.title')}</Title>
            <Text c="dimmed" mt={4}>
              {t('announcements.intro')}
            </Text>
          </div>
          <Select
            label={t('announcements.filterLabel')}
            value={kind ?? ''}
            onChange={(value) => show({ kind: kindFrom(value) })}
            data={[
              { value: '', label: t('announcements.allKinds') },
              ...announcementKinds.map((value) => ({ value, label: t(`announcements.kind.${value}`) })),
            ]}
            allowDeselect={false}
            w={200}
          />
        </Group>
        {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
        {list.isPending && <PageLoader />}
        {list.data?.items.length === 0 && (
          <Paper withBorder radius="md" p="xl">
            <Text ta="center" c="dimmed">
              {t('announcements.empty')}
            </Text>
          </Paper>
        )}
        {list.data?.items.map((announcement) => (
          <AnnouncementCard key={announcement.id} announcement={announcement} />
        ))}
        {list.data && (
          <Pager
            page={page}
            pageSize={announcementPageSize}
            total={list.data.total}
            rangeLabel={(range) => t('announcements.range', range)}
            navLabel={t('announcements.pagination')}
            onChange={(next) => show({ page: next })}
          />
        )}
      </Stack>
    </Container>
  );
}
