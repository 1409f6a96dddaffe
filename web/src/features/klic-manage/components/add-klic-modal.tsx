import { Button, Group, Modal, Radio, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageLoader } from '@/shared/ui';
import { unlinkedKlicsQuery } from '../api/klic-manage-api';
import { matchesSearch } from '../format/klic-row';
import { useLinkKlics } from '../hooks/use-klic-mutations';

type Props = { project: { id: string; number: string }; onClose: () => void };

/** "+ Toevoegen": links one of the unlinked KLICs to this project. */
export function AddKlicModal({ project, onClose }: Props) {
  const { t } = useTranslation();
  const unlinked = useQuery(unlinkedKlicsQuery());
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const [subProject, setSubProject] = useState('');
  const link = useLinkKlics();
  const shown = (unlinked.data ?? []).filter((klic) => matchesSearch(klic, search));
  const picked = unlinked.data?.find((klic) => klic.id === chosen);
  const submit = () =>
    picked &&
    link.mutate(
      { meldingIds: [picked.id], projectId: project.id, subProject: subProject.trim() || null },
      {
        onSuccess: () => {
          notifications.show({
            color: 'veldwerk',
            message: t('klicManage.add.done', { meldnummer: picked.meldnummer }),
          });
          onClose();
        },
      },
    );
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t('klicManage.add.title', { project: project.number })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text size="sm">{t('klicManage.add.intro')}</Text>
        {unlinked.isPending && <PageLoader />}
        {unlinked.isError && <ErrorAlert error={unlinked.error} onRetry={() => void unlinked.refetch()} />}
        {unlinked.data?.length === 0 && <Text c="dimmed">{t('klicManage.add.none')}</Text>}
        {unlinked.data && unlinked.data.length > 0 && (
          <>
            <TextInput
              aria-label={t('klicManage.add.search')}
              placeholder={t('klicManage.add.search')}
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
              maxLength={100}
              data-autofocus
              data-testid="klic-add-search"
            />
            <ScrollArea.Autosize mah={320}>
              <Radio.Group
                value={chosen}
                onChange={setChosen}
                aria-label={t('klicManage.columns.meldnummer')}
              >
                <Stack gap="xs">
                  {shown.map((klic) => (
                    <Radio
                      key={klic.id}
                      value={klic.id}
                      label={klic.meldnummer}
                      description={
                        klic.referentie
                          ? t('klicManage.add.reference', { referentie: klic.referentie })
                          : undefined
                      }
                      data-testid="klic-add-option"
                    />
                  ))}
                </Stack>
              </Radio.Group>
              {shown.length === 0 && <Text c="dimmed">{t('klicManage.add.noMatch')}</Text>}
            </ScrollArea.Autosize>
            <TextInput
              label={t('klicManage.add.subProject')}
              value={subProject}
              onChange={(event) => setSubProject(event.currentTarget.value)}
              maxLength={100}
            />
          </>
        )}
        {link.error && <ErrorAlert error={link.error} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('account.common.cancel')}
          </Button>
          <Button onClick={submit} disabled={!picked} loading={link.isPending} data-testid="klic-add-submit">
            {t('klicManage.add.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
