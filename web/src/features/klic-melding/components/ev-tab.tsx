import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageLoader } from '@/shared/ui';
import { evQuery } from '../api/klic-melding-api';
import { type EvStatus, evStatuses } from '../api/types';
import { useSetEvStatus } from '../hooks/use-ev-mutations';
import { EvOperatorCard } from './ev-operator-card';

/** "EV afhandelen": one card per operator with an EV, and one status for all of them at once. */
export function EvTab({ meldingId }: { meldingId: string }) {
  const { t } = useTranslation();
  const ev = useQuery(evQuery(meldingId));
  const setAll = useSetEvStatus(meldingId);
  if (ev.isPending) return <PageLoader />;
  if (ev.isError) return <ErrorAlert error={ev.error} onRetry={() => void ev.refetch()} />;
  if (ev.data.length === 0) {
    return (
      <Text c="dimmed" data-testid="ev-none">
        {t('klicMelding.ev.none')}
      </Text>
    );
  }
  const applyToAll = (status: EvStatus) =>
    setAll.mutate(status, {
      onSuccess: () => notifications.show({ color: 'veldwerk', message: t('klicMelding.ev.allSet') }),
    });
  return (
    <Stack gap="md">
      <Text size="sm" maw={820}>
        {t('klicMelding.ev.intro')}
      </Text>
      {ev.data.length > 1 && (
        <Paper withBorder radius="md" p="sm">
          <Group gap="sm">
            <Text size="sm" fw={600}>
              {t('klicMelding.ev.allLabel')}
            </Text>
            {evStatuses.map((status) => (
              <Button
                key={status}
                size="xs"
                variant="default"
                loading={setAll.isPending && setAll.variables === status}
                disabled={setAll.isPending}
                onClick={() => applyToAll(status)}
                data-testid={`ev-all-${status}`}
              >
                {t(`klicMelding.ev.action.${status}`)}
              </Button>
            ))}
          </Group>
        </Paper>
      )}
      {setAll.error && <ErrorAlert error={setAll.error} />}
      {ev.data.map((operator) => (
        <EvOperatorCard key={operator.bronhoudercode} meldingId={meldingId} operator={operator} />
      ))}
    </Stack>
  );
}
