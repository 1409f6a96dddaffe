import { Checkbox, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/shared/format/date-time';
import type { ProjectKlic } from '../api/types';
import { amsterdamToday, isExpired } from '../format/klic-row';

type Props = { klics: ProjectKlic[]; selected: string[]; onSelect: (ids: string[]) => void };

/** The seed's columns plus deelproject and delivery; the boxes select rows for the buttons above. */
export function KlicsTable({ klics, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const today = amsterdamToday();
  const toggle = (id: string) =>
    onSelect(selected.includes(id) ? selected.filter((other) => other !== id) : [...selected, id]);
  const yesNo = (value: boolean) => (value ? t('klicManage.yes') : t('klicManage.no'));
  const delivery = (klic: ProjectKlic) =>
    klic.state === 'requested'
      ? t('klicManage.delivery.requested')
      : t(`klicManage.delivery.${klic.state}`, { volgnummer: klic.volgnummer ?? '' });
  return (
    <Table.ScrollContainer minWidth={1200}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="klic-manage-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label={t('klicManage.columns.selectAll')}
                checked={klics.length > 0 && selected.length === klics.length}
                indeterminate={selected.length > 0 && selected.length < klics.length}
                onChange={() => onSelect(selected.length === klics.length ? [] : klics.map((k) => k.id))}
              />
            </Table.Th>
            <Table.Th>{t('klicManage.columns.meldnummer')}</Table.Th>
            <Table.Th>{t('klicManage.columns.subProject')}</Table.Th>
            <Table.Th>{t('klicManage.columns.delivery')}</Table.Th>
            <Table.Th>{t('klicManage.columns.toelichting')}</Table.Th>
            <Table.Th>{t('klicManage.columns.fieldWorkers')}</Table.Th>
            <Table.Th>{t('klicManage.columns.ev')}</Table.Th>
            <Table.Th>{t('klicManage.columns.evHandled')}</Table.Th>
            <Table.Th>{t('klicManage.columns.expiresOn')}</Table.Th>
            <Table.Th>{t('klicManage.columns.receivedAt')}</Table.Th>
            <Table.Th>{t('klicManage.columns.extraField')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {klics.map((klic) => {
            const expired = isExpired(klic.expiresOn, today);
            return (
              <Table.Tr
                key={klic.id}
                data-testid="klic-manage-row"
                data-meldnummer={klic.meldnummer}
                bg={selected.includes(klic.id) ? 'var(--mantine-primary-color-light)' : undefined}
                onClick={() => onSelect([klic.id])}
                style={{ cursor: 'pointer' }}
              >
                <Table.Td onClick={(event) => event.stopPropagation()}>
                  <Checkbox
                    aria-label={`${t('klicManage.columns.select')} ${klic.meldnummer}`}
                    checked={selected.includes(klic.id)}
                    onChange={() => toggle(klic.id)}
                  />
                </Table.Td>
                <Table.Td fw={500}>{klic.meldnummer}</Table.Td>
                <Table.Td>{klic.subProject ?? ''}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{delivery(klic)}</Table.Td>
                <Table.Td maw={280} style={{ whiteSpace: 'pre-line' }}>
                  {klic.toelichting}
                </Table.Td>
                <Table.Td>
                  {klic.fieldWorkers.map((worker) => (
                    <Text key={worker.userId} size="sm" c={worker.removedFromDevice ? 'dimmed' : undefined}>
                      {worker.name}
                      {worker.removedFromDevice && ` (${t('klicManage.removedFromDevice')})`}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td>
                  {klic.ev ? (
                    <Text span size="sm" c="red.9" fw={700}>
                      {t('klicManage.yes')}
                    </Text>
                  ) : (
                    t('klicManage.no')
                  )}
                </Table.Td>
                <Table.Td>{klic.ev ? yesNo(klic.evHandled) : ''}</Table.Td>
                <Table.Td
                  c={expired ? 'red.9' : undefined}
                  fw={expired ? 600 : undefined}
                  title={
                    expired && klic.expiresOn
                      ? t('klicManage.expired', { date: formatDate(klic.expiresOn) })
                      : undefined
                  }
                  data-expired={expired || undefined}
                >
                  {klic.expiresOn ? formatDate(klic.expiresOn) : ''}
                </Table.Td>
                <Table.Td>{klic.receivedAt ? formatDate(klic.receivedAt) : ''}</Table.Td>
                <Table.Td>{klic.extraField}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
