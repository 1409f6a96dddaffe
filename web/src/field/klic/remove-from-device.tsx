import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconSend, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '@/shared/api';
import { useSession } from '@/shared/session';
import { type FieldKlic, fieldKeys, removeFieldKlic } from '../api/field-api';
import { fieldPaths } from '../app/paths';
import { useOnline } from '../app/use-online';
import { forgetKlicOffline } from '../offline';
import { savedByOther, sendOutboxNow, useOutbox } from '../outbox';

/**
 * "Verwijderen van dit apparaat": asks first, needs a connection, then back to the list. Not while the
 * worker's registrations for this KLIC still wait: the server would refuse them once it is removed.
 */
export function RemoveFromDevice({ klicId, meldnummer }: { klicId: string; meldnummer: string }) {
  const { t } = useTranslation();
  const online = useOnline();
  const session = useSession();
  const outbox = useOutbox();
  const mine = outbox.entries.filter(
    (entry) => entry.klicId === klicId && !savedByOther(entry, session.user.id),
  );
  const waiting = mine.length;
  const refused = mine.some((entry) => entry.stopped);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const remove = useMutation({
    mutationFn: () => removeFieldKlic(klicId),
    onSuccess: async () => {
      // What was kept for offline use goes as well; a failure there must not keep the worker on this page.
      await forgetKlicOffline(klicId).catch(() => undefined);
      // Gone from the list at once; its own data is dropped once this page has left the screen.
      queryClient.setQueryData<FieldKlic[]>(fieldKeys.klics, (klics) =>
        klics?.filter((klic) => klic.id !== klicId),
      );
      navigate(fieldPaths.list, { replace: true });
      await queryClient.invalidateQueries({ queryKey: fieldKeys.klics, exact: true });
      queryClient.removeQueries({ queryKey: fieldKeys.klic(klicId) });
    },
  });
  const offline = !online || (isApiError(remove.error) && remove.error.status === 0);
  const close = () => {
    setOpened(false);
    remove.reset();
  };
  return (
    <>
      <Button
        variant="subtle"
        color="red.9"
        size="lg"
        leftSection={<IconTrash aria-hidden />}
        onClick={() => setOpened(true)}
        data-testid="field-remove"
      >
        {t('field.klic.remove.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('field.klic.remove.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
      >
        <Stack gap="md">
          <Text>{t('field.klic.remove.text', { meldnummer })}</Text>
          {waiting > 0 && (
            <Alert color="yellow" role="alert" data-testid="field-remove-waiting">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{t('field.klic.remove.waiting', { count: waiting })}</Text>
                <Button
                  size="lg"
                  leftSection={<IconSend size={20} aria-hidden />}
                  loading={outbox.status.sending}
                  onClick={sendOutboxNow}
                  data-testid="field-remove-send"
                >
                  {t('field.klic.remove.sendNow')}
                </Button>
                {refused && (
                  <>
                    <Text size="sm">{t('field.klic.remove.refused')}</Text>
                    <Button
                      component={Link}
                      to={fieldPaths.outbox}
                      size="lg"
                      variant="default"
                      data-testid="field-remove-outbox"
                    >
                      {t('field.klic.remove.toOutbox')}
                    </Button>
                  </>
                )}
              </Stack>
            </Alert>
          )}
          {offline && (
            <Alert color="yellow" role="alert" data-testid="field-remove-offline">
              {t('field.klic.remove.offline')}
            </Alert>
          )}
          {remove.error && !offline && (
            <Alert color="red" role="alert">
              {remove.error.message}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm" grow>
            <Button variant="default" size="lg" onClick={close}>
              {t('field.klic.remove.cancel')}
            </Button>
            <Button
              color="red.9"
              size="lg"
              loading={remove.isPending}
              disabled={!online || waiting > 0}
              onClick={() => remove.mutate()}
              data-testid="field-remove-confirm"
            >
              {t('field.klic.remove.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
