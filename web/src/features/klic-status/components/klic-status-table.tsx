import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDate, formatDateTime } from '@/shared/format/date-time';
import type { StatusListState, StatusRow, StatusSort } from '../api/types';
import { klicStatusPaths } from '../paths';
import { SortHeader } from './sort-header';
import { StateBadges } from './state-badges';

type Props = { rows: StatusRow[]; state: StatusListState; onSort: (sort: StatusSort) => void };

/** "Status klics": a row opens the melding; an expired Verloopdatum is red. */
export function KlicStatusTable({ rows, state, onSort }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const none = t('klicStatus.status.none');
  const header = (column: StatusSort) => (
    <SortHeader key={column} column={column} state={state} onSort={onSort} />
  );
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="klic-status-table">
        <Table.Thead>
          <Table.Tr>
            {(['meldnummer', 'referentie', 'project', 'state', 'expiresOn', 'receivedAt'] as const).map(
              header,
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr
              key={row.id}
              style={{ cursor: 'pointer' }}
              onClick={() => navigate(klicStatusPaths.melding(row.id))}
              data-testid="klic-status-row"
              data-meldnummer={row.meldnummer}
            >
              <Table.Td>
                <Anchor
                  component={Link}
                  to={klicStatusPaths.melding(row.id)}
                  fw={500}
                  size="sm"
                  aria-label={t('klicStatus.status.open', { meldnummer: row.meldnummer })}
                  onClick={(event) => event.stopPropagation()}
                >
                  {row.meldnummer}
                </Anchor>
              </Table.Td>
              <Table.Td>{row.referentie ?? none}</Table.Td>
              <Table.Td>
                {row.projectNumber ? (
                  <>
                    {row.projectNumber}
                    {row.subProject && (
                      <Text span size="sm" c="dimmed">
                        {' '}
                        · {row.subProject}
                      </Text>
                    )}
                  </>
                ) : (
                  none
                )}
              </Table.Td>
              <Table.Td>
                <StateBadges row={row} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {row.expiresOn ? (
                  <Text
                    span
                    size="sm"
                    c={row.expired ? 'red.9' : undefined}
                    fw={row.expired ? 600 : undefined}
                    data-testid="expires-on"
                  >
                    {formatDate(row.expiresOn)}
                  </Text>
                ) : (
                  none
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {row.receivedAt ? (
                  formatDateTime(row.receivedAt)
                ) : (
                  <Text span size="sm" c="dimmed">
                    {t('klicStatus.status.notReceived')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
