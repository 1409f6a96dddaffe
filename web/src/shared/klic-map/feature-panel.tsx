import { CloseButton, Group, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type AttributeRow, typeName } from './feature-attributes';

/** The attributes of the clicked object, in Dutch. */
export function FeaturePanel({
  title,
  rows,
  onClose,
  touch = false,
}: {
  title: string;
  rows: AttributeRow[];
  onClose(): void;
  /** A bottom panel over the whole width with a close button for fingers (the field app). */
  touch?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      shadow="md"
      p="sm"
      maw={touch ? undefined : 380}
      mah={touch ? '45vh' : '60vh'}
      style={{ overflow: 'auto' }}
      data-testid="klic-map-feature"
    >
      <Group justify="space-between" wrap="nowrap" mb="xs">
        <Text fw={700}>{typeName(title)}</Text>
        <CloseButton size={touch ? 'xl' : 'md'} aria-label={t('klicMap.feature.close')} onClick={onClose} />
      </Group>
      <Table fz="sm" verticalSpacing={2} aria-label={t('klicMap.feature.title')}>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.name}>
              <Table.Th fw={500} style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                {row.name}
              </Table.Th>
              <Table.Td style={{ wordBreak: 'break-word' }}>{row.value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
