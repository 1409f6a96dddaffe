import { Container, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentTitle, ErrorAlert, PageLoader } from '@/shared/ui';
import { Pager } from '@/shared/ui/pager';
import { pageSize } from '../format/list-params';

type Props<Item> = {
  /** Where the page's texts are: klicStatus.status or klicStatus.receipts. */
  texts: 'status' | 'receipts';
  /** Prefix of the test ids: `<testId>-search`, `<testId>-empty`. */
  testId: string;
  search: string;
  onSearch: (search: string) => void;
  /** The page's own filter beside the search field. */
  filter: ReactNode;
  list: UseQueryResult<{ items: Item[]; total: number }>;
  table: (items: Item[]) => ReactNode;
  page: number;
  onPage: (page: number) => void;
};

/** A page listing KLICs: title and explanation, search and filter, the table or "none", and the pager. */
export function KlicListPage<Item>({
  texts,
  testId,
  search,
  onSearch,
  filter,
  list,
  table,
  page,
  onPage,
}: Props<Item>) {
  const { t } = useTranslation();
  return (
    <Container size="xl" py="md">
      <DocumentTitle title={t(`klicStatus.${texts}.title`)} />
      <Stack gap="md">
        <Title order={1}>{t(`klicStatus.${texts}.title`)}</Title>
        <Text c="dimmed">{t(`klicStatus.${texts}.intro`)}</Text>
        <Group gap="sm" wrap="wrap">
          <TextInput
            aria-label={t(`klicStatus.${texts}.search`)}
            placeholder={t(`klicStatus.${texts}.searchPlaceholder`)}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(event) => onSearch(event.currentTarget.value)}
            maxLength={100}
            w={260}
            data-testid={`${testId}-search`}
          />
          {filter}
        </Group>
        {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
        {list.isPending && <PageLoader />}
        {list.data && (
          <Paper withBorder radius="md">
            {list.data.items.length === 0 ? (
              <Text p="xl" ta="center" c="dimmed" data-testid={`${testId}-empty`}>
                {t(`klicStatus.${texts}.empty`)}
              </Text>
            ) : (
              table(list.data.items)
            )}
          </Paper>
        )}
        {list.data && (
          <Pager
            page={page}
            pageSize={pageSize}
            total={list.data.total}
            rangeLabel={(range) => t(`klicStatus.${texts}.range`, range)}
            navLabel={t(`klicStatus.${texts}.pages`)}
            onChange={onPage}
          />
        )}
      </Stack>
    </Container>
  );
}
