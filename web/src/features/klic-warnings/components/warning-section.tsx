import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/shared/format/date-time';
import type { KlicWarning, WarningKind } from '../api/types';
import { projectKlicsPath } from '../paths';

type Props = { kind: WarningKind; warnings: KlicWarning[]; count: number; expiringWithinWorkdays: number };

/** One kind of warning: what to do about it, and its KLICs with a link to their project's Klics beheren. */
export function WarningSection({ kind, warnings, count, expiringWithinWorkdays }: Props) {
  const { t } = useTranslation();
  const titleId = `klic-warnings-${kind}`;
  const showsExpiry = kind !== 'evOpen';
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={titleId} data-testid={titleId}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3" id={titleId}>
            {t(`klicWarnings.kind.${kind}`)} ({count})
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            {t(`klicWarnings.todo.${kind}`, { count: expiringWithinWorkdays })}
          </Text>
          {count > warnings.length && (
            <Text size="sm" mt={4}>
              {t('klicWarnings.moreThanListed', { listed: warnings.length, count })}
            </Text>
          )}
        </div>
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('klicWarnings.columns.klic')}</Table.Th>
                <Table.Th>{t('klicWarnings.columns.project')}</Table.Th>
                <Table.Th>{t('klicWarnings.columns.subProject')}</Table.Th>
                {showsExpiry && <Table.Th>{t('klicWarnings.columns.expiresOn')}</Table.Th>}
                {showsExpiry && <Table.Th>{t('klicWarnings.columns.workdaysLeft')}</Table.Th>}
                {!showsExpiry && <Table.Th>{t('klicWarnings.columns.startDate')}</Table.Th>}
                {!showsExpiry && <Table.Th>{t('klicWarnings.columns.operators')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {warnings.map((w) => (
                <Table.Tr key={w.meldingId}>
                  <Table.Td>{w.meldnummer}</Table.Td>
                  <Table.Td>
                    {w.projectId ? (
                      <Anchor
                        component={Link}
                        to={projectKlicsPath(w.projectId)}
                        aria-label={t('klicWarnings.openProject', { number: w.projectNumber })}
                      >
                        {w.projectNumber}
                      </Anchor>
                    ) : (
                      <Text span c="dimmed">
                        {t('klicWarnings.unlinked')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{w.subProject ?? ''}</Table.Td>
                  {showsExpiry && <Table.Td>{w.expiresOn ? formatDate(w.expiresOn) : ''}</Table.Td>}
                  {showsExpiry && (
                    <Table.Td>
                      <WorkdaysLeft left={w.workdaysLeft} />
                    </Table.Td>
                  )}
                  {!showsExpiry && <Table.Td>{w.startDate ? formatDate(w.startDate) : ''}</Table.Td>}
                  {!showsExpiry && <Table.Td>{w.operators.join(', ')}</Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}

function WorkdaysLeft({ left }: { left: number | null }) {
  const { t } = useTranslation();
  if (left === null) return null;
  if (left === 0) return t('klicWarnings.workdays.lastDay');
  return left > 0
    ? t('klicWarnings.workdays.left', { count: left })
    : t('klicWarnings.workdays.ago', { count: -left });
}
