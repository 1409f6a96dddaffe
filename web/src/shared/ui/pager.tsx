import { Box, Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = {
  page: number;
  pageSize: number;
  total: number;
  /** e.g. "26–50 van 112" in the list's own words. */
  rangeLabel: (range: { from: number; to: number; total: number }) => string;
  navLabel: string;
  onChange: (page: number) => void;
};

/** Which rows are shown, and the page buttons when there is more than one page. */
export function Pager({ page, pageSize, total, rangeLabel, navLabel, onChange }: Props) {
  const { t } = useTranslation();
  if (total === 0) return null;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(page, pages);
  const from = (current - 1) * pageSize + 1;
  const to = Math.min(total, current * pageSize);
  return (
    <Group justify="space-between" gap="sm">
      <Text size="sm" c="dimmed">
        {rangeLabel({ from, to, total })}
      </Text>
      {pages > 1 && (
        <Box component="nav" aria-label={navLabel}>
          <Pagination
            total={pages}
            value={current}
            onChange={onChange}
            size="sm"
            getControlProps={(control) => ({
              'aria-label': t(control === 'next' ? 'common.nextPage' : 'common.previousPage'),
            })}
            getItemProps={(number) => ({ 'aria-label': t('common.page', { page: number }) })}
          />
        </Box>
      )}
    </Group>
  );
}
