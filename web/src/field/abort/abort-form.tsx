import { Alert, Button, NativeSelect, Radio, Stack, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '@/shared/api';
import { useSession } from '@/shared/session';
import { ErrorAlert } from '@/shared/ui';
import type { FieldKlicDetail } from '../api/field-api';
import { focusFirstInvalid } from '../app/focus-first-invalid';
import { fieldPaths } from '../app/paths';
import { type AbortKind, addToOutbox } from '../outbox';
import { type AbortFormErrors, type AbortFormValues, buildAbortBody } from './abort-body';
import { abortReasonsQuery } from './abort-reasons';

/** "Uitvoering / schouw afbreken" with a reason of the organisation's list; it goes out through the outbox. */
export function AbortForm({ klic }: { klic: FieldKlicDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const [values, setValues] = useState<AbortFormValues>({ kind: '', reasonId: '', note: '' });
  const [errors, setErrors] = useState<AbortFormErrors>({});
  const [saving, setSaving] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const reasons = useQuery({ ...abortReasonsQuery(values.kind || 'execution'), enabled: values.kind !== '' });
  const items = reasons.data ?? [];
  // Never loaded and no connection: offline the query waits ('paused') or fails without reaching the server.
  const reasonsNotOnDevice =
    (reasons.isPending && reasons.fetchStatus === 'paused') ||
    (reasons.isError && isApiError(reasons.error) && reasons.error.status === 0);
  const errorText = (error: AbortFormErrors[keyof AbortFormErrors]) =>
    error === 'tooLong'
      ? t('field.registration.errors.tooLong', { max: 2000 })
      : error && t('field.registration.errors.chooseOne');

  const save = async () => {
    const result = buildAbortBody(values, {
      idempotencyKey: crypto.randomUUID(),
      recordedAt: new Date(),
      reasonIds: items.map((item) => item.id),
    });
    if (!result.ok) {
      setErrors(result.errors);
      focusFirstInvalid(formRef.current);
      return;
    }
    setSaving(true);
    setSaveFailed(false);
    try {
      await addToOutbox({
        kind: 'abort',
        klicId: klic.id,
        meldnummer: klic.meldnummer,
        user: { id: session.user.id, name: session.user.name },
        body: result.body,
        reasonText: items.find((item) => item.id === values.reasonId)?.text ?? '',
      });
      navigate(fieldPaths.klic(klic.id), { replace: true });
    } catch {
      setSaveFailed(true);
      setSaving(false);
    }
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="md">
        <Radio.Group
          label={t('field.registration.abort.what')}
          size="md"
          required
          value={values.kind}
          onChange={(kind) => {
            setValues((current) => ({ ...current, kind: kind as AbortKind, reasonId: '' }));
            setErrors({});
          }}
          error={errorText(errors.kind)}
        >
          <Stack gap="sm" mt={6}>
            <Radio
              value="execution"
              label={t('field.registration.abort.execution')}
              data-testid="field-abort-execution"
            />
            <Radio
              value="inspection"
              label={t('field.registration.abort.inspection')}
              data-testid="field-abort-inspection"
            />
          </Stack>
        </Radio.Group>
        {values.kind !== '' && reasonsNotOnDevice && (
          <Alert color="yellow" data-testid="field-abort-reasons-offline">
            {t('field.registration.abort.reasonsOffline')}
          </Alert>
        )}
        {reasons.isError && !reasonsNotOnDevice && (
          <ErrorAlert error={reasons.error} onRetry={() => void reasons.refetch()} />
        )}
        {reasons.data?.length === 0 && (
          <Alert color="yellow">{t('field.registration.abort.noReasons')}</Alert>
        )}
        {values.kind !== '' && (
          <NativeSelect
            label={t('field.registration.abort.reason')}
            size="md"
            required
            disabled={items.length === 0}
            value={values.reasonId}
            onChange={(event) => {
              const reasonId = event.currentTarget.value;
              setValues((current) => ({ ...current, reasonId }));
              setErrors((current) => ({ ...current, reasonId: undefined }));
            }}
            error={errorText(errors.reasonId)}
            data-testid="field-abort-reason"
            data={[
              { value: '', label: t('field.registration.abort.reasonPlaceholder'), disabled: true },
              ...items.map((item) => ({ value: item.id, label: item.text })),
            ]}
          />
        )}
        <Textarea
          label={t('field.registration.abort.note')}
          size="md"
          autosize
          minRows={2}
          maxRows={6}
          value={values.note}
          onChange={(event) => {
            const note = event.currentTarget.value;
            setValues((current) => ({ ...current, note }));
          }}
          error={errorText(errors.note)}
          data-testid="field-abort-note"
        />
        {saveFailed && (
          <Alert color="red" role="alert">
            {t('field.registration.form.saveFailed')}
          </Alert>
        )}
        <Button type="submit" size="lg" color="red.8" loading={saving} data-testid="field-abort-save">
          {t('field.registration.abort.save')}
        </Button>
      </Stack>
    </form>
  );
}
