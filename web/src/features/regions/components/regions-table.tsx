import { Radio, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Region } from '../api/regions-api';
import classes from './regions-table.module.css';

type Props = {
  regions: Region[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onOpen: (region: Region) => void;
};

/** The regions with their number of assigned users; a double click opens the assignment. */
export function RegionsTable({ regions, selectedId, onSelect, onOpen }: Props) {
  const { t } = useTranslation();
  return (
    <Table highlightOnHover verticalSpacing="sm" data-testid="regions-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={44}>
            <VisuallyHidden>{t('regions.columns.select')}</VisuallyHidden>
          </Table.Th>
          <Table.Th>{t('regions.columns.name')}</Table.Th>
          <Table.Th>{t('regions.columns.users')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {regions.map((region) => (
          <Table.Tr
            key={region.id}
            className={classes.row}
            data-selected={region.id === selectedId || undefined}
            onClick={() => onSelect(region.id)}
            onDoubleClick={() => onOpen(region)}
            data-testid="region-row"
          >
            <Table.Td>
              <Radio
                name="selected-region"
                value={region.id}
                checked={region.id === selectedId}
                onChange={() => onSelect(region.id)}
                aria-label={t('regions.selectRow', { name: region.name })}
              />
            </Table.Td>
            <Table.Td>
              <Text size="sm" fw={500}>
                {region.name}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" c={region.userCount === 0 ? 'dimmed' : undefined}>
                {t('regions.userCount', { count: region.userCount })}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
