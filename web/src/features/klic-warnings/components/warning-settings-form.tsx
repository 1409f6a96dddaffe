import { Alert, Button, Group, MultiSelect, NumberInput, Paper, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api';
import { saveWarningSettings, warningSettingsQuery, warningsKey } from '../api/klic-warnings-api';
import type { WarningSettings } from '../api/types';
import {
  checkSettingsForm,
  type SettingsFormErrors,
  settingsErrorsFromServer,
  settingsFormValues,
  settingsInput,
} from '../format/settings-form';

/** N and the recipients; a refusal shows at its field and everything chosen stays. */
export function WarningSettingsForm({ settings }: { settings: WarningSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(() => settingsFormValues(settings));
  const [errors, setErrors] = useState<SettingsFormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: saveWarningSettings,
    onSuccess: (saved) => {
      queryClient.setQueryData(warningSettingsQuery().queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: warningsKey });
    },
  });
  // A recipient saved earlier who lost the right stays visible, so that it can be removed.
  const options = [
    ...settings.candidates.map((c) => ({ value: c.id, label: `${c.name} (${c.email})` })),
    ...values.recipientUserIds
      .filter((id) => !settings.candidates.some((c) => c.id === id))
      .map((id) => ({ value: id, label: id })),
  ];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const found = checkSettingsForm(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    save.mutate(settingsInput(values), {
      onSuccess: (saved) => {
        setValues(settingsFormValues(saved));
        notifications.show({ color: 'veldwerk', message: t('klicWarnings.settings.saved') });
      },
      onError: (error) => {
        const server = isApiError(error) && error.fields ? settingsErrorsFromServer(error.fields) : {};
        setErrors(server);
        if (Object.keys(server).length === 0) setFailure(error.message);
      },
    });
  }

  return (
    <Paper withBorder radius="md" p="md">
      <form onSubmit={submit} noValidate data-testid="klic-warning-settings-form">
        <Stack gap="md">
          {failure && (
            <Alert
              color="red"
              variant="light"
              role="alert"
              title={t('klicWarnings.settings.saveFailed')}
              icon={<IconAlertCircle aria-hidden />}
            >
              {failure}
            </Alert>
          )}
          <NumberInput
            label={t('klicWarnings.settings.workdays')}
            description={t('klicWarnings.settings.workdaysHint')}
            value={values.workdays}
            onChange={(workdays) => {
              setValues((current) => ({ ...current, workdays }));
              setErrors(({ workdays: _, ...rest }) => rest);
            }}
            min={1}
            max={20}
            allowDecimal={false}
            clampBehavior="none"
            required
            maw={420}
            error={errors.workdays ? t('klicWarnings.settings.errors.workdays') : undefined}
            data-testid="klic-warning-workdays"
          />
          <MultiSelect
            label={t('klicWarnings.settings.recipients')}
            description={t('klicWarnings.settings.recipientsHint')}
            placeholder={t('klicWarnings.settings.recipientsPlaceholder')}
            nothingFoundMessage={t('klicWarnings.settings.nobody')}
            data={options}
            value={values.recipientUserIds}
            onChange={(recipientUserIds) => {
              setValues((current) => ({ ...current, recipientUserIds }));
              setErrors(({ recipients: _, ...rest }) => rest);
            }}
            searchable
            clearable
            error={errors.recipients ? t('klicWarnings.settings.errors.recipients') : undefined}
            data-testid="klic-warning-recipients"
          />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} data-testid="klic-warning-settings-save">
              {t('klicWarnings.settings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
