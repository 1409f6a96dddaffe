import { Button, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LogbookPageFilters } from '../hooks/use-logbook-filters';
import { DateField } from './date-field';

const kinds = [
  'user',
  'region',
  'organisation',
  'announcement',
  'notificationConsent',
  'pushSubscription',
] as const;

type Props = {
  filters: LogbookPageFilters;
  onChange: (changes: Partial<LogbookPageFilters>) => void;
};

/** Soort and periode; the period's dates are typed the Dutch way. */
export function LogbookFilters({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const toBeforeFrom = filters.from !== null && filters.to !== null && filters.to < filters.from;
  const any = filters.kind !== null || filters.from !== null || filters.to !== null;
  return (
    <Group gap="sm" align="flex-start" role="group" aria-label={t('logbook.filters.label')}>
      <Select
        label={t('logbook.filters.kind')}
        placeholder={t('logbook.filters.anyKind')}
        data={kinds.map((kind) => ({ value: kind, label: t(`logbook.kinds.${kind}`) }))}
        value={filters.kind}
        onChange={(kind) => onChange({ kind })}
        clearable
        style={{ flex: '1 1 220px', maxWidth: 240 }}
        size="sm"
        data-testid="logbook-filter-kind"
      />
      <DateField
        key={`from-${filters.from}`}
        label={t('logbook.filters.from')}
        value={filters.from}
        onChange={(from) => onChange({ from })}
        testId="logbook-filter-from"
      />
      <DateField
        key={`to-${filters.to}`}
        label={t('logbook.filters.to')}
        value={filters.to}
        onChange={(to) => onChange({ to })}
        error={toBeforeFrom ? t('logbook.filters.toBeforeFrom') : undefined}
        testId="logbook-filter-to"
      />
      {any && (
        <Button
          variant="subtle"
          size="sm"
          mt={25}
          onClick={() => onChange({ kind: null, from: null, to: null })}
        >
          {t('logbook.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
