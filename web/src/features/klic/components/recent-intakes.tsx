import { Paper, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageLoader } from '@/shared/ui';
import { intakesQuery, isFinished } from '../api/klic-api';
import { IntakesTable } from './intakes-table';

const refreshMs = 5000;

/** "Recent binnengekomen": the last intakes of every source, refreshed while any is still running. */
export function RecentIntakes() {
  const { t } = useTranslation();
  const intakes = useQuery({
    ...intakesQuery(),
    refetchInterval: (query) =>
      query.state.data?.intakes.some((intake) => !isFinished(intake)) ? refreshMs : false,
  });
  return (
    <section aria-labelledby="klic-intakes-title">
      <Title order={2} size="h3" id="klic-intakes-title">
        {t('klic.intakes.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('klic.intakes.intro')}
      </Text>
      {intakes.isError && <ErrorAlert error={intakes.error} onRetry={() => void intakes.refetch()} />}
      {intakes.isPending && <PageLoader />}
      {intakes.data && (
        <Paper withBorder radius="md">
          {intakes.data.intakes.length === 0 ? (
            <Text p="xl" ta="center" c="dimmed">
              {t('klic.intakes.empty')}
            </Text>
          ) : (
            <IntakesTable intakes={intakes.data.intakes} />
          )}
        </Paper>
      )}
    </section>
  );
}
