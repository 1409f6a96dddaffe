import { Group, NativeSelect, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegistrationKind } from '../outbox';
import type { FormErrors, RegistrationFormValues } from './registration-body';
import { unknownOperator } from './registration-body';
import { useFieldErrorText } from './use-field-error';

export type Operator = { bronhoudercode: string; name: string | null };

type Props = {
  kind: RegistrationKind;
  values: RegistrationFormValues;
  errors: FormErrors;
  onChange: (field: keyof RegistrationFormValues, value: string) => void;
  operators: Operator[];
};

/** The fields that fit each kind of registration. */
export function KindFields({ kind, values, errors, onChange, operators }: Props) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const centimetres = (
    field: 'depthCm' | 'offsetCm',
    label: string,
    testId: string,
    required: boolean,
    hint?: string,
  ) => (
    <TextInput
      label={label}
      description={hint}
      inputMode="numeric"
      size="md"
      required={required}
      value={values[field]}
      onChange={(event) => onChange(field, event.currentTarget.value)}
      error={errorText(errors[field])}
      data-testid={testId}
    />
  );
  const text = (
    field: 'found' | 'hit' | 'description',
    label: string,
    placeholder: string,
    testId: string,
  ) => (
    <Textarea
      label={label}
      placeholder={placeholder}
      size="md"
      autosize
      minRows={2}
      maxRows={6}
      required={field !== 'found'}
      value={values[field]}
      onChange={(event) => onChange(field, event.currentTarget.value)}
      error={errorText(errors[field])}
      data-testid={testId}
    />
  );
  const operator = (
    <NativeSelect
      label={t('field.registration.form.operator')}
      size="md"
      required
      value={values.operator}
      onChange={(event) => onChange('operator', event.currentTarget.value)}
      error={errorText(errors.operator)}
      data-testid="field-reg-operator"
      data={[
        { value: '', label: t('field.registration.form.operatorPlaceholder'), disabled: true },
        ...operators.map((item) => ({ value: item.bronhoudercode, label: item.name ?? item.bronhoudercode })),
        { value: unknownOperator, label: t('field.registration.form.operatorUnknown') },
      ]}
    />
  );

  switch (kind) {
    case 'proefsleuf':
      return (
        <Stack gap="sm">
          {centimetres('depthCm', t('field.registration.form.depthCm'), 'field-reg-depth', true)}
          {text(
            'found',
            t('field.registration.form.found'),
            t('field.registration.form.foundPlaceholder'),
            'field-reg-found',
          )}
        </Stack>
      );
    case 'graafschade':
      return (
        <Stack gap="sm">
          {text(
            'hit',
            t('field.registration.form.hit'),
            t('field.registration.form.hitPlaceholder'),
            'field-reg-hit',
          )}
          {operator}
          <Radio.Group
            label={t('field.registration.form.reportedToOperator')}
            size="md"
            required
            value={values.reportedToOperator}
            onChange={(value) => onChange('reportedToOperator', value)}
            error={errorText(errors.reportedToOperator)}
          >
            <Group gap="xl" mt={6}>
              <Radio
                value="yes"
                label={t('field.registration.form.yes')}
                data-testid="field-reg-reported-yes"
              />
              <Radio value="no" label={t('field.registration.form.no')} data-testid="field-reg-reported-no" />
            </Group>
          </Radio.Group>
          {values.reportedToOperator === 'yes' && (
            <TextInput
              type="datetime-local"
              label={t('field.registration.form.reportedAt')}
              size="md"
              required
              value={values.reportedAt}
              onChange={(event) => onChange('reportedAt', event.currentTarget.value)}
              error={errorText(errors.reportedAt)}
              data-testid="field-reg-reported-at"
            />
          )}
        </Stack>
      );
    case 'afwijkendeLigging':
      return (
        <Stack gap="sm">
          {operator}
          {centimetres(
            'offsetCm',
            t('field.registration.form.offsetCm'),
            'field-reg-offset',
            true,
            t('field.registration.form.offsetHint'),
          )}
          {text(
            'description',
            t('field.registration.form.whereItLies'),
            t('field.registration.form.whereItLiesPlaceholder'),
            'field-reg-description',
          )}
        </Stack>
      );
    case 'onbekendNet':
      return (
        <Stack gap="sm">
          {text(
            'description',
            t('field.registration.form.netDescription'),
            t('field.registration.form.netDescriptionPlaceholder'),
            'field-reg-description',
          )}
          {centimetres('depthCm', t('field.registration.form.depthOptionalCm'), 'field-reg-depth', false)}
        </Stack>
      );
  }
}
