import { Progress, Stack } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { intakeQuery, intakesKey, isFinished, meldingenKey } from '../api/klic-api';
import type { Intake } from '../api/types';
import { IntakeOutcomeText } from './intake-outcome-text';

const pollMs = 1000;

/** Follows an uploaded file's intake every second until it is done or failed, then tells the outcome. */
export function IntakeProgress({ initial }: { initial: Intake }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery({
    ...intakeQuery(initial.id),
    initialData: initial,
    staleTime: 0,
    refetchInterval: (current) => (current.state.data && isFinished(current.state.data) ? false : pollMs),
  });
  const intake = query.data;
  const finished = isFinished(intake);

  // A finished intake changes the list below and possibly the unlinked KLICs.
  useEffect(() => {
    if (!finished) return;
    void queryClient.invalidateQueries({ queryKey: intakesKey, exact: true });
    void queryClient.invalidateQueries({ queryKey: meldingenKey });
  }, [finished, queryClient]);

  return (
    <Stack gap={4} data-status={intake.status}>
      {!finished && (
        <Progress
          // Until the job reports how far it is (queued, or a small file), the bar only says it is busy.
          value={intake.progress ?? 100}
          striped
          animated
          color="blue.8"
          aria-label={t('klic.upload.processingProgress', { name: intake.fileName })}
          data-progress={intake.progress ?? undefined}
        />
      )}
      <IntakeOutcomeText intake={intake} withIcon withLinks />
    </Stack>
  );
}
