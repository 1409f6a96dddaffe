import '@mantine/charts/styles.css';
import { Container, Stack, Tabs, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '@/shared/session';
import { DocumentTitle } from '@/shared/ui';
import type { ReportFilters, ReportName } from '../api/types';
import { defaultFilters } from '../format/report-query';
import { FieldRegistrationReport } from './field-registration-report';
import { KlicExpiryReport } from './klic-expiry-report';
import { KlicStatusReport } from './klic-status-report';
import { OpenEvReport } from './open-ev-report';
import { ReportFilterBar } from './report-filter-bar';

const tabs = [
  { name: 'klic-status', label: 'klicStatus', Report: KlicStatusReport },
  { name: 'klic-expiry', label: 'klicExpiry', Report: KlicExpiryReport },
  { name: 'open-evs', label: 'openEvs', Report: OpenEvReport },
  { name: 'field-registrations', label: 'fieldRegistrations', Report: FieldRegistrationReport },
] as const satisfies ReadonlyArray<{ name: ReportName; label: string; Report: unknown }>;

function isReport(value: string | null): value is ReportName {
  return tabs.some((tab) => tab.name === value);
}

/**
 * `/rapportages`: the four reports as tabs over one set of filters; the tab is in the address so that a
 * report can be bookmarked. Loaded on its own (lazy), so the chart library stays out of the main bundle.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const { regions } = useSession();
  const [search, setSearch] = useSearchParams();
  const requested = search.get('rapport');
  const active: ReportName = isReport(requested) ? requested : 'klic-status';
  const [filters, setFilters] = useState<ReportFilters>(() => defaultFilters());
  const [debounced] = useDebouncedValue(filters, 400);
  return (
    <Container size="xl" py="md">
      <DocumentTitle title={t('reports.title')} />
      <Stack gap="md">
        <Title order={1}>{t('reports.title')}</Title>
        <Tabs
          value={active}
          onChange={(value) => value && setSearch({ rapport: value }, { replace: true })}
          keepMounted={false}
        >
          <Tabs.List>
            {tabs.map((tab) => (
              <Tabs.Tab key={tab.name} value={tab.name}>
                {t(`reports.tabs.${tab.label}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Stack gap={0} pt="md">
            <ReportFilterBar
              report={active}
              filters={filters}
              regions={regions}
              onChange={(change) => setFilters((current) => ({ ...current, ...change }))}
            />
            {tabs.map(({ name, Report }) => (
              <Tabs.Panel key={name} value={name}>
                <Report filters={debounced} />
              </Tabs.Panel>
            ))}
          </Stack>
        </Tabs>
      </Stack>
    </Container>
  );
}
