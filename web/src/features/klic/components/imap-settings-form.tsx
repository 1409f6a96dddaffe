import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api';
import type { ImapSettings } from '../api/types';
import {
  checkImapForm,
  type ImapFormErrors,
  type ImapFormValues,
  imapErrorsFromServer,
  imapFormValues,
  imapInput,
} from '../format/imap-form';
import { useSaveImap } from '../hooks/use-save-imap';
import { ImapFields } from './imap-fields';
import { ImapStatus } from './imap-status';

/** The IMAP mailbox Veldwerk reads; problems appear at their field and everything typed stays. */
export function ImapSettingsForm({ imap }: { imap: ImapSettings }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => imapFormValues(imap));
  const [errors, setErrors] = useState<ImapFormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const save = useSaveImap();

  // After a failed attempt, move to the first field that needs attention.
  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  function change(changes: Partial<ImapFormValues>) {
    setValues((current) => ({ ...current, ...changes }));
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(changes)) delete next[key as keyof ImapFormErrors];
      return next;
    });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const found = checkImapForm(values, imap.passwordSet);
    setErrors(found);
    if (Object.keys(found).length > 0) return setAttempt((n) => n + 1);
    save.mutate(imapInput(values), {
      onSuccess: (settings) => {
        setValues(imapFormValues(settings.imap));
        notifications.show({ color: 'veldwerk', message: t('klic.mail.imap.saved') });
      },
      onError: (error) => {
        const server = isApiError(error) && error.fields ? imapErrorsFromServer(error.fields) : null;
        setErrors(server?.errors ?? {});
        if (!server || server.rest.length > 0 || Object.keys(server.errors).length === 0)
          setFailure(error.message);
        setAttempt((n) => n + 1);
      },
    });
  }

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="klic-imap-title">
      <form ref={formRef} onSubmit={submit} noValidate data-testid="klic-imap-form">
        <Stack gap="md">
          <div>
            <Title order={2} size="h3" id="klic-imap-title">
              {t('klic.mail.imap.title')}
            </Title>
            <Text size="sm" c="dimmed" mt={4}>
              {t('klic.mail.imap.intro')}
            </Text>
          </div>
          <ImapStatus imap={imap} />
          {failure && (
            <Alert
              color="red"
              variant="light"
              role="alert"
              title={t('klic.mail.imap.saveFailed')}
              icon={<IconAlertCircle aria-hidden />}
            >
              {failure}
            </Alert>
          )}
          <ImapFields values={values} errors={errors} passwordSet={imap.passwordSet} onChange={change} />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} data-testid="klic-imap-save">
              {t('klic.mail.imap.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
