import type { Right } from '@/shared/session';
import type { NewUser, UserData, UserDetail, UserKind } from '../api/types';

/** Everything the form holds, as typed: nothing is thrown away when saving fails. */
export type UserFormValues = {
  email: string;
  username: string;
  kind: UserKind;
  partnerCompany: string;
  firstName: string;
  lastName: string;
  jobTitle: string;
  phone: string;
  remarks: string;
  rights: Right[];
  regionIds: string[];
  setupMode: 'invite' | 'password';
  password: string;
  mustChangePassword: boolean;
};

export type UserFormField = keyof UserFormValues;

/** A field's problem: a code the form translates (client checks and the server's `fields`). */
export type UserFormErrors = Partial<Record<UserFormField, string>>;

export const emptyUserForm: UserFormValues = {
  email: '',
  username: '',
  kind: 'internal',
  partnerCompany: '',
  firstName: '',
  lastName: '',
  jobTitle: '',
  phone: '',
  remarks: '',
  rights: ['fieldWorker'],
  regionIds: [],
  setupMode: 'invite',
  password: '',
  mustChangePassword: true,
};

export function formValuesOf(user: UserDetail): UserFormValues {
  return {
    ...emptyUserForm,
    email: user.email ?? '',
    username: user.username,
    kind: user.kind,
    partnerCompany: user.partnerCompany ?? '',
    firstName: user.firstName,
    lastName: user.lastName,
    jobTitle: user.jobTitle ?? '',
    phone: user.phone ?? '',
    remarks: user.remarks ?? '',
    rights: user.rights,
    regionIds: user.regions.map((region) => region.id),
  };
}

const optional = (value: string) => value.trim() || null;

function userData(values: UserFormValues): UserData {
  return {
    username: values.username.trim(),
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    jobTitle: optional(values.jobTitle),
    phone: optional(values.phone),
    remarks: optional(values.remarks),
    kind: values.kind,
    partnerCompany: values.kind === 'partner' ? optional(values.partnerCompany) : null,
    rights: values.rights,
    regionIds: values.regionIds,
  };
}

export function newUserBody(values: UserFormValues): NewUser {
  return {
    ...userData(values),
    email: optional(values.email),
    setup:
      values.setupMode === 'invite'
        ? { mode: 'invite' }
        : { mode: 'password', password: values.password, mustChangePassword: values.mustChangePassword },
  };
}

/** Only what the admin changed, so that the logbook shows exactly that. */
export function userChanges(initial: UserFormValues, values: UserFormValues): Partial<UserData> {
  const before = userData(initial);
  const after = userData(values);
  return Object.fromEntries(
    (Object.keys(after) as (keyof UserData)[])
      .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      .map((key) => [key, after[key]]),
  );
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What the browser can check before sending; the server checks everything again. */
export function checkUserForm(values: UserFormValues, isNew: boolean): UserFormErrors {
  const errors: UserFormErrors = {};
  if (isNew && values.email.trim() && !emailPattern.test(values.email.trim()))
    errors.email = 'invalid_format';
  if (isNew && values.setupMode === 'invite' && !values.email.trim())
    errors.email = 'required_for_invitation';
  if (!values.username.trim()) errors.username = 'required';
  if (!values.firstName.trim()) errors.firstName = 'required';
  if (values.kind === 'partner' && !values.partnerCompany.trim()) errors.partnerCompany = 'required';
  if (isNew && values.setupMode === 'password' && !values.password) errors.password = 'required';
  return errors;
}

/** The server names fields by the request body's paths; the form by its own. */
const serverFieldToForm: Record<string, UserFormField> = {
  'setup.password': 'password',
  setup: 'password',
  regionIds: 'regionIds',
};

export function formErrorsFromServer(fields: Record<string, string>): UserFormErrors {
  const errors: UserFormErrors = {};
  for (const [path, code] of Object.entries(fields)) {
    const field = serverFieldToForm[path] ?? (path.split('.')[0] as UserFormField);
    if (field in emptyUserForm && errors[field] === undefined) errors[field] = code;
  }
  return errors;
}
