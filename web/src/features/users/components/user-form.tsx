import { Alert, Button, Divider, Group, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api';
import type { RegionRef } from '../api/types';
import { UserAccessFields } from './user-access-fields';
import {
  checkUserForm,
  formErrorsFromServer,
  type UserFormErrors,
  type UserFormValues,
} from './user-form-values';
import { UserIdentityFields } from './user-identity-fields';
import { UserSetupFields } from './user-setup-fields';

type Props = {
  initial: UserFormValues;
  isNew: boolean;
  regions: RegionRef[];
  /** Rejects with the server's error; the form then shows it and keeps every value. */
  onSubmit: (values: UserFormValues) => Promise<unknown>;
  onCancel: () => void;
};

/** Adding or editing a user. Problems appear at their field; the first one gets the focus. */
export function UserForm({ initial, isNew, regions, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<UserFormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  // After a failed attempt, move to the first field that needs attention.
  useEffect(() => {
    if (attempt === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  }, [attempt]);

  function change(changes: Partial<UserFormValues>) {
    setValues((current) => ({ ...current, ...changes }));
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(changes) as (keyof UserFormValues)[]) delete next[key];
      return next;
    });
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const found = checkUserForm(values, isNew);
    setErrors(found);
    if (Object.keys(found).length > 0) return setAttempt((n) => n + 1);
    setPending(true);
    try {
      await onSubmit(values);
    } catch (error) {
      const fields = isApiError(error) && error.fields ? formErrorsFromServer(error.fields) : {};
      setErrors(fields);
      if (Object.keys(fields).length === 0)
        setFailure(error instanceof Error ? error.message : String(error));
      setAttempt((n) => n + 1);
    } finally {
      setPending(false);
    }
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid="user-form">
      <Stack gap="lg">
        {failure && (
          <Alert
            color="red"
            variant="light"
            role="alert"
            title={t('users.form.saveFailed')}
            icon={<IconAlertCircle aria-hidden />}
          >
            {failure}
          </Alert>
        )}
        <UserIdentityFields values={values} errors={errors} isNew={isNew} onChange={change} />
        <Divider />
        <UserAccessFields values={values} errors={errors} regions={regions} onChange={change} />
        {isNew && (
          <>
            <Divider />
            <UserSetupFields values={values} errors={errors} onChange={change} />
          </>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('users.form.cancel')}
          </Button>
          <Button type="submit" loading={pending} data-testid="user-form-submit">
            {isNew ? t('users.form.add') : t('users.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
