import { Container, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentTitle, ErrorAlert, PageLoader } from '@/shared/ui';
import { Pager } from '@/shared/ui/pager';
import { announcementPageQuery, announcementPageSize } from '../api/announcement-queries';
import { AnnouncementAdminActions } from './announcement-admin-actions';
import { AnnouncementCard } from './announcement-card';
import { PublishAnnouncementForm } from './publish-announcement-form';

/** `/platform/mededelingen`: the platform operator publishes, ends and removes announcements. */
export function PublishAnnouncementsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const list = useQuery(announcementPageQuery(page, null));

  return (
    <Container size="md" py="md">
      <DocumentTitle title={t('announcements.publish.title')} />
      <Stack gap="md">
        <div>
          <Title order={1}>{t('announcements.publish.title')}</Title>
          <Text c="dimmed" mt={4}>
            {t('announcements.publish.intro')}
          </Text>
        </div>
        <PublishAnnouncementForm />
        <Title order={2} size="h3">
          {t('announcements.publish.existing')}
        </Title>
        {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
        {list.isPending && <PageLoader />}
        {list.data?.items.length === 0 && <Text c="dimmed">{t('announcements.empty')}</Text>}
        {list.data?.items.map((announcement) => (
          <AnnouncementCard
            key={announcement.id}
            announcement={announcement}
            actions={<AnnouncementAdminActions announcement={announcement} />}
          />
        ))}
        {list.data && (
          <Pager
            page={page}
            pageSize={announcementPageSize}
            total={list.data.total}
            rangeLabel={(range) => t('announcements.range', range)}
            navLabel={t('announcements.pagination')}
            onChange={setPage}
          />
        )}
      </Stack>
    </Container>
  );
}
