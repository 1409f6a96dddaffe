import { Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DocumentTitle, ErrorAlert, PageLoader } from '@/shared/ui';
import { ConfirmDialog } from '@/shared/ui/confirm-dialog';
import { projectKlicsQuery } from '../api/klic-manage-api';
import type { EvStatus, ProjectKlics } from '../api/types';
import { useLinkKlics, useSetEvStatus } from '../hooks/use-klic-mutations';
import { projectsListPath } from '../paths';
import { AddKlicModal } from './add-klic-modal';
import { EditKlicModal } from './edit-klic-modal';
import { FieldWorkersModal } from './field-workers-modal';
import { type KlicDialog, KlicToolbar } from './klic-toolbar';
import { KlicsTable } from './klics-table';
import { ReleaseModal } from './release-modal';

/** `/klic/projecten/:projectId/klics`: "Klics beheren – <projectnummer>". */
export function KlicManagePage() {
  const { t } = useTranslation();
  const projectId = useParams().projectId ?? '';
  const query = useQuery(projectKlicsQuery(projectId));
  return (
    <Container size="xl" py="md">
      <DocumentTitle title={t('klicManage.documentTitle')} />
      <Stack gap="md">
        <Group>
          <Button
            component={Link}
            to={projectsListPath}
            variant="subtle"
            size="xs"
            leftSection={<IconArrowLeft size={14} aria-hidden />}
            data-testid="klic-manage-back"
          >
            {t('klicManage.back')}
          </Button>
        </Group>
        {query.isPending && <PageLoader />}
        {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
        {query.data && <KlicManager data={query.data} />}
      </Stack>
    </Container>
  );
}

function KlicManager({ data }: { data: ProjectKlics }) {
  const { t } = useTranslation();
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [dialog, setDialog] = useState<KlicDialog | null>(null);
  const evStatus = useSetEvStatus();
  const unlink = useLinkKlics();
  // Rows that left the project (unlinked elsewhere) drop out of the selection by themselves.
  const selected = data.klics.filter((klic) => selectedIds.includes(klic.id));
  const close = () => setDialog(null);
  const setEv = (status: EvStatus) =>
    evStatus.mutate(
      { meldingIds: selected.map((klic) => klic.id), status },
      {
        onSuccess: (count) =>
          notifications.show({ color: 'veldwerk', message: t('klicManage.evChanged', { count }) }),
      },
    );
  const removeSelected = () =>
    unlink.mutate(
      { meldingIds: selected.map((klic) => klic.id), projectId: null, subProject: null },
      {
        onSuccess: (count) => {
          notifications.show({ color: 'veldwerk', message: t('klicManage.remove.done', { count }) });
          setSelectedIds([]);
          close();
        },
      },
    );
  return (
    <>
      <Title order={1}>{t('klicManage.title', { project: data.project.number })}</Title>
      <KlicToolbar selected={selected} evPending={evStatus.isPending} onOpen={setDialog} onEvStatus={setEv} />
      {evStatus.error && <ErrorAlert error={evStatus.error} />}
      <Paper withBorder radius="md">
        {data.klics.length === 0 ? (
          <Text p="xl" ta="center" c="dimmed" data-testid="klic-manage-empty">
            {t('klicManage.empty')}
          </Text>
        ) : (
          <KlicsTable klics={data.klics} selected={selectedIds} onSelect={setSelectedIds} />
        )}
      </Paper>
      {dialog === 'add' && <AddKlicModal project={data.project} onClose={close} />}
      {dialog === 'edit' && selected[0] && <EditKlicModal klic={selected[0]} onClose={close} />}
      {(dialog === 'assign' || dialog === 'unassign') && (
        <FieldWorkersModal action={dialog} klics={selected} onClose={close} />
      )}
      {dialog === 'release' && <ReleaseModal klics={selected} onClose={close} />}
      <ConfirmDialog
        opened={dialog === 'remove'}
        title={t('klicManage.remove.title')}
        confirmLabel={t('klicManage.remove.confirm')}
        danger
        pending={unlink.isPending}
        error={unlink.error}
        onConfirm={removeSelected}
        onCancel={() => {
          unlink.reset();
          close();
        }}
      >
        <Text size="sm">
          {t('klicManage.remove.text', { meldnummers: selected.map((klic) => klic.meldnummer).join(', ') })}
        </Text>
      </ConfirmDialog>
    </>
  );
}
