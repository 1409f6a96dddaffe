import { useTranslation } from 'react-i18next';
import type { FieldError } from './registration-body';

/** The sentence for a field's problem, shown next to the field. */
export function useFieldErrorText(): (error: FieldError | undefined) => string | undefined {
  const { t } = useTranslation();
  return (error) => {
    if (!error) return undefined;
    if (error.key === 'range') return t('field.registration.errors.range', error.params);
    if (error.key === 'tooLong') return t('field.registration.errors.tooLong', error.params);
    return t(`field.registration.errors.${error.key}`);
  };
}
