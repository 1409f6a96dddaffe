import { Group, NumberInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Region } from '@/shared/session';
import type { GroupBy, ReportFilters, ReportName } from '../api/types';
import { reportUses } from '../format/report-query';

type Props = {
  report: ReportName;
  filters: ReportFilters;
  regions: Region[];
  onChange: (change: Partial<ReportFilters>) => void;
};

/** The filters the shown report takes: period, region, grouping, and the report's own. */
export function ReportFilterBar({ report, filters, regions, onChange }: Props) {
  const { t } = useTranslation();
  const uses = new Set(reportUses[report]);
  const reversed = filters.from !== '' && filters.to !== '' && filters.from > filters.to;
  const labelled = (label: string, control: React.ReactNode) => (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      {control}
    </Stack>
  );
  return (
    <Group align="flex-start" gap="md" wrap="wrap" data-testid="report-filters">
      {uses.has('from') && (
        <TextInput
          type="date"
          label={t('reports.filters.from')}
          value={filters.from}
          onChange={(event) => onChange({ from: event.currentTarget.value })}
        />
      )}
      {uses.has('to') && (
        <TextInput
          type="date"
          label={t('reports.filters.to')}
          value={filters.to}
          error={reversed ? t('reports.fieldErrors.before_from') : undefined}
          onChange={(event) => onChange({ to: event.currentTarget.value })}
        />
      )}
      <Select
        label={t('reports.filters.region')}
        value={filters.regionId}
        allowDeselect={false}
        data={[
          { value: '', label: t('reports.filters.allRegions') },
          ...regions.map((region) => ({ value: region.id, label: region.name })),
        ]}
        onChange={(regionId) => onChange({ regionId: regionId ?? '' })}
      />
      {uses.has('groupBy') &&
        labelled(
          t('reports.filters.groupBy'),
          <SegmentedControl
            value={filters.groupBy}
            onChange={(groupBy) => onChange({ groupBy: groupBy as GroupBy })}
            data={[
              { value: 'month', label: t('reports.filters.month') },
              { value: 'week', label: t('reports.filters.week') },
            ]}
          />,
        )}
      {uses.has('basis') &&
        labelled(
          t('reports.filters.basis'),
          <SegmentedControl
            value={filters.basis}
            onChange={(basis) => onChange({ basis: basis as ReportFilters['basis'] })}
            data={[
              { value: 'melding', label: t('reports.filters.melding') },
              { value: 'received', label: t('reports.filters.received') },
            ]}
          />,
        )}
      {uses.has('withinWorkdays') && (
        <NumberInput
          label={t('reports.filters.withinWorkdays')}
          description={t('reports.filters.withinWorkdaysHint')}
          min={1}
          max={60}
          allowDecimal={false}
          allowNegative={false}
          value={filters.withinWorkdays}
          onChange={(value) => onChange({ withinWorkdays: value === '' ? '' : String(value) })}
        />
      )}
    </Group>
  );
}
