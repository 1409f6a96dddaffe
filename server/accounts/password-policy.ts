import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import * as dutch from '@zxcvbn-ts/language-nl-be';
import { AppError } from '../infra/errors/app-error.ts';

export const passwordMinLength = 10;
export const passwordMaxLength = 256;

/**
 * zxcvbn with the common-password lists (passwords seen in breaches), Dutch and English words and
 * keyboard patterns: an offline stand-in for a breached-password service, which this network cannot reach.
 */
let factory: ZxcvbnFactory | undefined;

/** Built on first use: its ranked dictionaries take tens of megabytes that an idle server does not need. */
function strength(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...english.dictionary, ...dutch.dictionary },
    useLevenshteinDistance: true,
  });
  return factory;
}

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common' | 'contains_personal_data';

/** Why a password is refused, or null when it is good enough. `personal` are the user's name and address. */
export function passwordProblem(password: string, personal: string[] = []): PasswordProblem | null {
  if (password.length < passwordMinLength) return 'too_short';
  if (password.length > passwordMaxLength) return 'too_long';
  const lower = password.toLowerCase();
  const personalParts = personal
    .flatMap((value) => value.toLowerCase().split(/[\s@._-]+/))
    .filter((part) => part.length >= 4);
  if (personalParts.some((part) => lower.includes(part))) return 'contains_personal_data';
  if (strength().check(password.slice(0, 100), personalParts).score < 3) return 'too_common';
  return null;
}

/** Throws VALIDATION_FAILED with `fields[field]` set to the problem when the password is refused. */
export function assertPasswordAllowed(password: string, personal: string[] = [], field = 'password'): void {
  const problem = passwordProblem(password, personal);
  if (problem)
    throw new AppError('VALIDATION_FAILED', { fields: { [field]: problem }, detail: `password ${problem}` });
}
