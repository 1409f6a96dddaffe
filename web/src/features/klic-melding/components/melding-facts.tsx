import { Badge, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/shared/format/date-time';
import { aanvraagQuery } from '../api/klic-melding-api';
import type { MeldingDetail } from '../api/types';
import { todayInAmsterdam } from '../format/ev-form';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text component="div" size="sm" data-testid={testId}>
        {children}
      </Text>
    </Stack>
  );
}

/** The header of a KLIC: project, reference, kind of request, its dates, expiry and delivery state. */
export function MeldingFacts({ melding }: { melding: MeldingDetail }) {
  const { t } = useTranslation();
  const aanvraag = useQuery(aanvraagQuery(melding.id)).data;
  const date = (value: string | null | undefined) => (value ? formatDate(value) : '–');
  const expired = aanvraag?.expiresOn ? aanvraag.expiresOn < todayInAmsterdam() : false;
  const project = melding.projectNumber
    ? [melding.projectNumber, melding.subProject].filter(Boolean).join(' – ')
    : t('klicMelding.facts.noProject');
  return (
    <Paper withBorder radius="md" p="md">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
        <Fact label={t('klicMelding.facts.project')}>{project}</Fact>
        <Fact label={t('klicMelding.facts.referentie')}>{melding.referentie ?? '–'}</Fact>
        <Fact label={t('klicMelding.facts.soort')}>
          {melding.aanvraagSoort ? t(`klicMelding.soort.${melding.aanvraagSoort}`) : '–'}
        </Fact>
        <Fact label={t('klicMelding.facts.state')} testId="klic-melding-state">
          <Badge variant="light" color={melding.state === 'complete' ? 'veldwerk' : 'yellow'}>
            {t(`klicMelding.state.${melding.state}`, { volgnummer: melding.volgnummer ?? '' })}
          </Badge>
        </Fact>
        <Fact label={t('klicMelding.facts.aanvraagDatum')}>{date(aanvraag?.aanvraagDatum)}</Fact>
        <Fact label={t('klicMelding.facts.meldingDate')}>{date(aanvraag?.meldingDate)}</Fact>
        <Fact label={t('klicMelding.facts.expiresOn')} testId="klic-melding-expires">
          <Text span size="sm" c={expired ? 'red.8' : undefined} fw={expired ? 600 : undefined}>
            {date(aanvraag?.expiresOn)}
            {expired && ` (${t('klicMelding.facts.expired')})`}
          </Text>
        </Fact>
        <Fact label={t('klicMelding.facts.work')}>
          {aanvraag?.startDatum
            ? t('klicMelding.facts.workPeriod', {
                start: date(aanvraag.startDatum),
                end: date(aanvraag.eindDatum),
              })
            : '–'}
        </Fact>
        {aanvraag?.locatie && <Fact label={t('klicMelding.facts.locatie')}>{aanvraag.locatie}</Fact>}
        {aanvraag?.toelichting && (
          <Fact label={t('klicMelding.facts.toelichting')}>{aanvraag.toelichting}</Fact>
        )}
      </SimpleGrid>
    </Paper>
  );
}
