import { Alert, Badge, Card, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconChevronRight } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/shared/format/date-time';
import { DocumentTitle, ErrorAlert } from '@/shared/ui';
import { type FieldKlic, fetchFieldKlics, fieldKeys, fieldKlicsUrl } from '../api/field-api';
import { fieldPaths } from '../app/paths';
import { KeptAgeNote, KlicOfflineBadge, OfflineSyncLine, useKeepKlicsOffline } from '../offline';
import { isExpired } from './klic-expiry';
import classes from './klic-list-page.module.css';

/** "Mijn KLIC's": every KLIC of the worker's projects, EVs first so that none is missed. */
export function KlicListPage() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: fieldKeys.klics, queryFn: ({ signal }) => fetchFieldKlics(signal) });
  useKeepKlicsOffline(query.data);
  return (
    <Stack gap="sm">
      <DocumentTitle title={t('field.list.title')} />
      <Title order={2} size="h3">
        {t('field.list.title')}
      </Title>
      <KeptAgeNote path={fieldKlicsUrl} />
      <OfflineSyncLine />
      {query.isPending && (
        <Center py="xl">
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.data?.length === 0 && <Alert color="gray">{t('field.list.empty')}</Alert>}
      {query.data && (
        <Stack gap="sm" component="ul" className={classes.list}>
          {sortedForTheField(query.data).map((klic) => (
            <li key={klic.id}>
              <KlicCard klic={klic} />
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/**
 * The EVs the card shows: all but those the planner marked as of no interest (handled ones too: the
 * measures still apply on site).
 */
const shownEvs = (klic: FieldKlic) => klic.ev.filter((ev) => ev.status !== 'noInterest');

/** KLICs with an EV the card shows first, then by start date (soonest first), then by meldnummer. */
function sortedForTheField(klics: FieldKlic[]): FieldKlic[] {
  const hasShownEv = (klic: FieldKlic) => shownEvs(klic).length > 0;
  return [...klics].sort(
    (a, b) =>
      Number(hasShownEv(b)) - Number(hasShownEv(a)) ||
      (a.projectStartDate ?? '9999').localeCompare(b.projectStartDate ?? '9999') ||
      a.meldnummer.localeCompare(b.meldnummer),
  );
}

function KlicCard({ klic }: { klic: FieldKlic }) {
  const { t } = useTranslation();
  const evs = shownEvs(klic);
  const expired = isExpired(klic.expiresOn);
  return (
    <Card
      component={Link}
      to={fieldPaths.klic(klic.id)}
      withBorder
      padding="sm"
      className={classes.card}
      data-testid="field-klic-card"
      data-meldnummer={klic.meldnummer}
    >
      {evs.length > 0 && (
        <Group gap={6} className={classes.ev} wrap="nowrap" data-testid="field-klic-ev">
          <IconAlertTriangle size={18} aria-hidden />
          <Text size="sm" fw={700}>
            {t('field.list.evCount', { count: evs.length })}
          </Text>
        </Group>
      )}
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2} className={classes.body}>
          <Group gap="xs">
            <Text fw={700} size="lg">
              {klic.meldnummer}
            </Text>
            <Badge variant="light" color={klic.state === 'complete' ? 'veldwerk' : 'orange'}>
              {t(`field.list.state.${klic.state}`)}
            </Badge>
            <KlicOfflineBadge klicId={klic.id} />
          </Group>
          <Text size="sm">
            {klic.projectNumber
              ? t('field.list.project', { number: klic.projectNumber })
              : t('field.list.noProject')}
            {klic.subProject ? ` · ${klic.subProject}` : ''}
          </Text>
          {klic.toelichting && (
            <Text size="sm" c="dimmed" lineClamp={2}>
              {klic.toelichting}
            </Text>
          )}
          <Group gap="md">
            {klic.projectStartDate && (
              <Text size="sm">{t('field.list.startDate', { date: formatDate(klic.projectStartDate) })}</Text>
            )}
            <Text
              size="sm"
              c={expired ? 'red.8' : undefined}
              fw={expired ? 700 : undefined}
              data-testid="field-klic-card-expires"
              data-expired={expired}
            >
              {klic.expiresOn
                ? t(expired ? 'field.list.expired' : 'field.list.expiresOn', {
                    date: formatDate(klic.expiresOn),
                  })
                : t('field.list.noExpiry')}
            </Text>
          </Group>
        </Stack>
        <IconChevronRight aria-hidden className={classes.chevron} />
      </Group>
    </Card>
  );
}
