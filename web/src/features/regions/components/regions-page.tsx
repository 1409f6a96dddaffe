import { Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconHistory, IconPencil, IconTrash, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentTitle, ErrorAlert, PageLoader } from '@/shared/ui';
import { useOpenLogbook } from '@/shared/ui/logbook-opener';
import { type Region, regionsQuery } from '../api/regions-api';
import { RegionNameModal } from './region-name-modal';
import { RegionUsersModal } from './region-users-modal';
import { RegionsTable } from './regions-table';
import { RemoveRegionDialog } from './remove-region-dialog';

type Dialog = { kind: 'add' } | { kind: 'rename' | 'remove' | 'users'; region: Region };

/** `/mijn-bedrijf/regios`: the organisation's regions and who works in each. */
export function RegionsPage() {
  const { t } = useTranslation();
  const regions = useQuery(regionsQuery());
  const openLogbook = useOpenLogbook();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const items = regions.data?.items ?? [];
  const selected = items.find((region) => region.id === selectedId) ?? null;
  const open = (kind: 'rename' | 'remove' | 'users') => () =>
    selected && setDialog({ kind, region: selected });

  return (
    <Container size="lg" py="md">
      <DocumentTitle title={t('regions.title')} />
      <Stack gap="md">
        <div>
          <Title order={1}>{t('regions.title')}</Title>
          <Text c="dimmed" mt={4} maw={760}>
            {t('regions.intro')}
          </Text>
        </div>
        <Paper withBorder radius="md" p="sm" role="toolbar" aria-label={t('regions.actions.label')}>
          <Text
            size="sm"
            c={selected ? undefined : 'dimmed'}
            fw={selected ? 500 : undefined}
            mb="xs"
            aria-live="polite"
          >
            {selected
              ? t('regions.actions.selected', { name: selected.name })
              : t('regions.actions.noneSelected')}
          </Text>
          <Group gap="xs">
            <Button size="xs" onClick={() => setDialog({ kind: 'add' })} data-testid="regions-add">
              {t('regions.add')}
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPencil size={14} aria-hidden />}
              disabled={!selected}
              onClick={open('rename')}
            >
              {t('regions.actions.rename')}
            </Button>
            <Button
              size="xs"
              variant="default"
              c={selected ? 'red.9' : undefined}
              leftSection={<IconTrash size={14} aria-hidden />}
              disabled={!selected}
              onClick={open('remove')}
            >
              {t('regions.actions.remove')}
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconUsers size={14} aria-hidden />}
              disabled={!selected}
              onClick={open('users')}
              data-testid="region-users-open"
            >
              {t('regions.actions.users')}
            </Button>
            {openLogbook && (
              <Button
                size="xs"
                variant="default"
                leftSection={<IconHistory size={14} aria-hidden />}
                disabled={!selected}
                onClick={() =>
                  selected &&
                  openLogbook({ entityType: 'region', entityId: selected.id, label: selected.name })
                }
              >
                {t('regions.actions.logbook')}
              </Button>
            )}
          </Group>
        </Paper>
        {regions.isError && <ErrorAlert error={regions.error} onRetry={() => void regions.refetch()} />}
        {regions.isPending && <PageLoader />}
        {regions.data && (
          <Paper withBorder radius="md">
            {items.length === 0 ? (
              <Text p="xl" ta="center" c="dimmed">
                {t('regions.empty')}
              </Text>
            ) : (
              <RegionsTable
                regions={items}
                selectedId={selectedId}
                onSelect={setSelectedId}
                onOpen={(region) => setDialog({ kind: 'users', region })}
              />
            )}
          </Paper>
        )}
      </Stack>
      {dialog?.kind === 'add' && <RegionNameModal region={null} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'rename' && (
        <RegionNameModal region={dialog.region} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'remove' && (
        <RemoveRegionDialog region={dialog.region} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'users' && (
        <RegionUsersModal region={dialog.region} onClose={() => setDialog(null)} />
      )}
    </Container>
  );
}
