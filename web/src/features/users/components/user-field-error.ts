import type { TFunction } from 'i18next';
import { isPasswordProblem, passwordProblemText } from '@/shared/ui/password-rules';
import type { UserFormField } from './user-form-values';

/** A field's problem code (ours or the server's) as a Dutch or English sentence at that field. */
export function userFieldErrorText(
  t: TFunction,
  field: UserFormField,
  code: string | undefined,
): string | undefined {
  if (code === undefined) return undefined;
  if (field === 'password' && isPasswordProblem(code)) return passwordProblemText(t, code);
  switch (code) {
    case 'already_exists':
      return field === 'email' ? t('users.errors.emailExists') : t('users.errors.usernameExists');
    case 'required_for_invitation':
      return t('users.errors.requiredForInvitation');
    case 'cannot_change':
      return t('users.errors.emailCannotChange');
    case 'unknown_region':
      return t('users.errors.unknownRegion');
    case 'cannot_remove_own_admin':
      return t('users.errors.cannotRemoveOwnAdmin');
    case 'required':
      return field === 'partnerCompany'
        ? t('users.errors.partnerCompanyRequired')
        : t('users.errors.required');
    case 'invalid_format':
    case 'invalid_string':
      return field === 'email' ? t('users.errors.emailInvalid') : t('users.errors.invalid');
    case 'too_small':
      return field === 'partnerCompany'
        ? t('users.errors.partnerCompanyRequired')
        : t('users.errors.required');
    case 'too_big':
      return t('users.errors.tooLong');
    default:
      return t('users.errors.invalid');
  }
}
