import { Checkbox, MultiSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Right } from '@/shared/session';
import type { RegionRef } from '../api/types';
import { userFieldErrorText } from './user-field-error';
import type { UserFormErrors, UserFormValues } from './user-form-values';

const rights: Right[] = ['userAdmin', 'workPlanner', 'fieldWorker'];

type Props = {
  values: UserFormValues;
  errors: UserFormErrors;
  regions: RegionRef[];
  onChange: (changes: Partial<UserFormValues>) => void;
};

/** What the user may do (rights, each with what it means) and where (regions). */
export function UserAccessFields({ values, errors, regions, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Checkbox.Group
        label={t('users.form.rights')}
        description={t('users.form.rightsHelp')}
        value={values.rights}
        onChange={(value) => onChange({ rights: rights.filter((right) => value.includes(right)) })}
        error={userFieldErrorText(t, 'rights', errors.rights)}
        data-testid="user-rights"
      >
        <Stack gap="xs" mt="xs">
          {rights.map((right) => (
            <Checkbox
              key={right}
              value={right}
              label={t(`users.rights.${right}`)}
              description={t(`users.rightsHelp.${right}`)}
              data-testid={`user-right-${right}`}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      {regions.length === 0 ? (
        <div>
          <Text size="sm" fw={500}>
            {t('users.form.regions')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('users.form.noRegions')}
          </Text>
        </div>
      ) : (
        <MultiSelect
          label={t('users.form.regions')}
          description={t('users.form.regionsHelp')}
          placeholder={values.regionIds.length === 0 ? t('users.form.regionsPlaceholder') : undefined}
          data={regions.map((region) => ({ value: region.id, label: region.name }))}
          value={values.regionIds}
          onChange={(regionIds) => onChange({ regionIds })}
          error={userFieldErrorText(t, 'regionIds', errors.regionIds)}
          searchable
          clearable
          hidePickedOptions
          comboboxProps={{ withinPortal: true }}
          data-testid="user-regions"
        />
      )}
    </Stack>
  );
}
