import { Button, Group, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/shared/ui';
import { reasonTextError } from '../format/reason-errors';
import type { useReasonMutations } from '../hooks/use-reason-mutations';

type Props = { add: ReturnType<typeof useReasonMutations>['add'] };

/** One line to add a reason at the end of the list. */
export function AddReasonForm({ add }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [local, setLocal] = useState<'required' | null>(null);
  const fieldError = local ?? reasonTextError(add.error);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setLocal('required');
    setLocal(null);
    add.mutate(text.trim(), {
      onSuccess: () => {
        setText('');
        notifications.show({ color: 'veldwerk', message: t('companyLists.reasons.added') });
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <TextInput
          label={t('companyLists.reasons.newReason')}
          placeholder={t('companyLists.reasons.newPlaceholder')}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setLocal(null);
            add.reset();
          }}
          maxLength={200}
          error={fieldError ? t(`companyLists.reasons.${fieldError}`) : undefined}
          style={{ flex: 1 }}
          data-testid="reason-new"
        />
        <Button
          type="submit"
          mt={25}
          loading={add.isPending}
          leftSection={<IconPlus size={16} aria-hidden />}
          data-testid="reason-add"
        >
          {t('companyLists.reasons.add')}
        </Button>
      </Group>
      {add.error && !fieldError && <ErrorAlert error={add.error} />}
    </form>
  );
}
