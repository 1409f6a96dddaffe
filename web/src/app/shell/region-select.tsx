import { Select } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSelectedRegion } from '@/shared/region/use-selected-region';
import { useSession } from '@/shared/session';

/** The region the user works in; absent for users without regions. */
export function RegionSelect({ withLabel = false }: { withLabel?: boolean }) {
  const { t } = useTranslation();
  const { regions } = useSession();
  const [selected, select] = useSelectedRegion(regions);
  if (regions.length === 0) return null;
  return (
    <Select
      label={withLabel ? t('shell.region') : undefined}
      aria-label={withLabel ? undefined : t('shell.region')}
      placeholder={t('shell.regionPlaceholder')}
      data={regions.map((region) => ({ value: region.id, label: region.name }))}
      value={selected?.id ?? null}
      onChange={select}
      allowDeselect={false}
      leftSection={<IconMapPin size={16} aria-hidden />}
      w={withLabel ? '100%' : 190}
      size="sm"
      data-testid="region-select"
    />
  );
}
