import { Badge, Button, Table, Text } from '@mantine/core';
import { IconFolderShare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/shared/format/date-time';
import type { MeldingRow } from '../api/types';

type Props = { meldingen: MeldingRow[]; onMove: (melding: MeldingRow) => void };

/** The unlinked meldingen with what a planner needs to recognise them, each with "Verplaatsen naar project". */
export function UnlinkedKlicsTable({ meldingen, onMove }: Props) {
  const { t } = useTranslation();
  const none = t('klic.unlinked.none');
  const delivery = (melding: MeldingRow) =>
    melding.state === 'requested'
      ? t('klic.unlinked.state.requested')
      : t(`klic.unlinked.state.${melding.state}`, { volgnummer: melding.volgnummer ?? none });
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table verticalSpacing="sm" data-testid="klic-unlinked-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('klic.unlinked.columns.meldnummer')}</Table.Th>
            <Table.Th>{t('klic.unlinked.columns.referentie')}</Table.Th>
            <Table.Th>{t('klic.unlinked.columns.soort')}</Table.Th>
            <Table.Th>{t('klic.unlinked.columns.levering')}</Table.Th>
            <Table.Th ta="right">{t('klic.unlinked.columns.netbeheerders')}</Table.Th>
            <Table.Th>{t('klic.unlinked.columns.ev')}</Table.Th>
            <Table.Th>{t('klic.unlinked.columns.received')}</Table.Th>
            <Table.Th>{t('klic.unlinked.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meldingen.map((melding) => (
            <Table.Tr key={melding.id} data-testid="klic-unlinked-row" data-meldnummer={melding.meldnummer}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {melding.meldnummer}
                </Text>
              </Table.Td>
              <Table.Td>{melding.referentie ?? none}</Table.Td>
              <Table.Td>
                {melding.aanvraagSoort ? t(`klic.unlinked.soort.${melding.aanvraagSoort}`) : none}
              </Table.Td>
              <Table.Td>{delivery(melding)}</Table.Td>
              <Table.Td ta="right">{melding.netbeheerders}</Table.Td>
              <Table.Td>
                {melding.ev && (
                  <Badge color="red.9" tt="none" radius="sm" title={t('klic.unlinked.evTitle')}>
                    {t('klic.unlinked.ev')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(melding.updatedAt)}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconFolderShare size={14} aria-hidden />}
                  onClick={() => onMove(melding)}
                  aria-label={t('klic.unlinked.moveLabel', { meldnummer: melding.meldnummer })}
                  data-testid="klic-move-open"
                >
                  {t('klic.unlinked.move')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
