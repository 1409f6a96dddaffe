import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/shared/ui';
import { helpdeskKey, saveHelpdesk } from '../api/helpdesk-api';
import type { Helpdesk, HelpdeskInput } from '../api/types';
import { checkHelpdesk } from '../format/helpdesk-checks';
import { helpdeskFieldErrors } from '../format/helpdesk-errors';

type Props = { helpdesk: Helpdesk | null; onDone: () => void };

const empty: HelpdeskInput = { name: '', email: '', phone: '', hours: '', note: '' };

/** The user admin's form for the support contact. */
export function HelpdeskForm({ helpdesk, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<HelpdeskInput>(() => {
    if (!helpdesk) return empty;
    const { updatedAt: _, ...fields } = helpdesk;
    return fields;
  });
  const [checked, setChecked] = useState<ReturnType<typeof checkHelpdesk>>({});
  const save = useMutation({
    mutationFn: saveHelpdesk,
    onSuccess: async (answer) => {
      queryClient.setQueryData(helpdeskKey, answer);
      await queryClient.invalidateQueries({ queryKey: ['logbook'] });
      notifications.show({ color: 'veldwerk', message: t('companyLists.helpdesk.saved') });
      onDone();
    },
  });
  const errors = { ...helpdeskFieldErrors(save.error), ...checked };
  const errorOf = (field: keyof HelpdeskInput) =>
    errors[field] ? t(`companyLists.helpdesk.${errors[field]}`) : undefined;
  const field = (name: keyof HelpdeskInput) => ({
    value: values[name],
    error: errorOf(name),
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [name]: value }));
      setChecked((current) => ({ ...current, [name]: undefined }));
      save.reset();
    },
    'data-testid': `helpdesk-${name}`,
  });
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const problems = checkHelpdesk(values);
    setChecked(problems);
    if (Object.keys(problems).length === 0) save.mutate(values);
  };
  const fieldProblem = Object.values(errors).some(Boolean);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('companyLists.helpdesk.name')}
          placeholder={t('companyLists.helpdesk.namePlaceholder')}
          maxLength={100}
          {...field('name')}
        />
        <TextInput
          label={t('companyLists.helpdesk.email')}
          type="email"
          maxLength={254}
          autoComplete="off"
          {...field('email')}
        />
        <TextInput
          label={t('companyLists.helpdesk.phone')}
          type="tel"
          maxLength={30}
          autoComplete="off"
          {...field('phone')}
        />
        <TextInput
          label={t('companyLists.helpdesk.hours')}
          placeholder={t('companyLists.helpdesk.hoursPlaceholder')}
          maxLength={100}
          {...field('hours')}
        />
        <Textarea
          label={t('companyLists.helpdesk.note')}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={1000}
          {...field('note')}
        />
        <Text size="xs" c="dimmed">
          {t('companyLists.helpdesk.clearHint')}
        </Text>
        {save.error && !fieldProblem && <ErrorAlert error={save.error} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('companyLists.helpdesk.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="helpdesk-save">
            {t('companyLists.helpdesk.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
