import type { TFunction } from 'i18next';

/** The server's password policy (server/accounts/password-policy.ts), as far as the browser can check it. */
export const passwordMinLength = 10;
export const passwordMaxLength = 256;

const problems = ['too_short', 'too_long', 'too_common', 'contains_personal_data'] as const;
export type PasswordProblem = (typeof problems)[number];

export function isPasswordProblem(code: string | undefined): code is PasswordProblem {
  return problems.includes(code as PasswordProblem);
}

/** Whether the password contains a part (4+ letters) of the user's name, username or e-mail address. */
export function containsPersonalData(password: string, personal: string[]): boolean {
  const lower = password.toLowerCase();
  return personal
    .flatMap((value) => value.toLowerCase().split(/[\s@._-]+/))
    .some((part) => part.length >= 4 && lower.includes(part));
}

/** Why the server refused a password, in the user's language. */
export function passwordProblemText(t: TFunction, problem: PasswordProblem): string {
  return t(`account.password.problems.${problem}`, { min: passwordMinLength, max: passwordMaxLength });
}
