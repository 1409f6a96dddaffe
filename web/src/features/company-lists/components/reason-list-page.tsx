import { Container, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentTitle, ErrorAlert, PageLoader } from '@/shared/ui';
import { ConfirmDialog } from '@/shared/ui/confirm-dialog';
import { reasonListQuery } from '../api/reason-lists-api';
import type { ReasonItem, ReasonList } from '../api/types';
import { reasonTextError } from '../format/reason-errors';
import { useReasonMutations } from '../hooks/use-reason-mutations';
import { AddReasonForm } from './add-reason-form';
import { ReasonRow } from './reason-row';

/** `/mijn-bedrijf/redenen/:list`: one of the four reason lists the field app offers, kept by planners and user admins. */
export function ReasonListPage({ list }: { list: ReasonList }) {
  const { t } = useTranslation();
  const title = t(`companyLists.lists.${list}`);
  const reasons = useQuery(reasonListQuery(list));
  const { add, update, remove } = useReasonMutations(list);
  const [removing, setRemoving] = useState<ReasonItem | null>(null);
  const items = reasons.data?.items ?? [];
  return (
    <Container size="md" py="md">
      <DocumentTitle title={title} />
      <Stack gap="md">
        <Title order={1}>{title}</Title>
        <Text c="dimmed">{t('companyLists.reasons.intro')}</Text>
        <AddReasonForm add={add} />
        {update.error && reasonTextError(update.error) === null && <ErrorAlert error={update.error} />}
        {reasons.isError && <ErrorAlert error={reasons.error} onRetry={() => void reasons.refetch()} />}
        {reasons.isPending && <PageLoader />}
        {reasons.data && (
          <Paper withBorder radius="md">
            {items.length === 0 ? (
              <Text p="xl" ta="center" c="dimmed" data-testid="reasons-empty">
                {t('companyLists.reasons.empty')}
              </Text>
            ) : (
              <Table verticalSpacing="xs" data-testid="reasons-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('companyLists.reasons.columns.text')}</Table.Th>
                    <Table.Th ta="right" w={170}>
                      {t('companyLists.reasons.columns.actions')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((item, index) => (
                    <ReasonRow
                      key={item.id}
                      item={item}
                      index={index}
                      count={items.length}
                      update={update}
                      onRemove={(target) => {
                        remove.reset();
                        setRemoving(target);
                      }}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Paper>
        )}
      </Stack>
      <ConfirmDialog
        opened={removing !== null}
        title={t('companyLists.reasons.removeTitle')}
        confirmLabel={t('companyLists.reasons.removeConfirm')}
        danger
        pending={remove.isPending}
        error={remove.error}
        onCancel={() => setRemoving(null)}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.id, {
            onSuccess: () => {
              setRemoving(null);
              notifications.show({ color: 'veldwerk', message: t('companyLists.reasons.removed') });
            },
          })
        }
      >
        <Text size="sm">{t('companyLists.reasons.removeText', { text: removing?.text ?? '' })}</Text>
      </ConfirmDialog>
    </Container>
  );
}
