import { z } from 'zod';
import { rights } from '../rights.ts';

/** Limits of the user form; the UI shows the same limits. */
export const userFieldLimits = {
  name: 100,
  remarks: 2000,
  phone: 30,
  usernameMin: 3,
  usernameMax: 254,
  email: 254,
} as const;

/**
 * No white space and no control characters; e-mail addresses are the advice (seed 001), so `@` is fine.
 * better-auth's username sign-in must accept the same (its default allows 30 characters of [A-Za-z0-9_.]).
 */
export const usernamePattern = /^[^\s\p{C}]+$/u;

/** One line of text: no control characters such as line breaks or tabs. */
const singleLinePattern = /^[^\p{Cc}]*$/u;

/** Digits with the usual separators and an optional leading +; at least six digits. */
const phonePattern = /^(?=(?:\D*\d){6})\+?[\d\s().-]+$/;

const line = (max: number) => z.string().trim().max(max).regex(singleLinePattern);

/** An optional line: absent, null or empty all mean "not filled in" (stored as null). */
const optionalLine = (max: number) =>
  line(max)
    .nullish()
    .transform((value) => (value ? value : null));

export const userFields = {
  username: z
    .string()
    .trim()
    .min(userFieldLimits.usernameMin)
    .max(userFieldLimits.usernameMax)
    .regex(usernamePattern),
  email: z.string().trim().toLowerCase().max(userFieldLimits.email).pipe(z.email()).nullable(),
  firstName: line(userFieldLimits.name).min(1),
  /** May be empty: some partners are known by one name only (seed 002: "Naam: Henk"). */
  lastName: line(userFieldLimits.name),
  jobTitle: optionalLine(userFieldLimits.name),
  phone: z
    .string()
    .trim()
    .max(userFieldLimits.phone)
    .nullish()
    .transform((value) => (value ? value : null))
    .pipe(z.string().regex(phonePattern).nullable()),
  remarks: z
    .string()
    .trim()
    .max(userFieldLimits.remarks)
    .nullish()
    .transform((value) => (value ? value : null)),
  kind: z.enum(['internal', 'partner']),
  partnerCompany: optionalLine(userFieldLimits.name),
  rights: z
    .array(z.enum(rights))
    .max(10)
    .transform((held) => rights.filter((right) => held.includes(right))),
  regionIds: z
    .array(z.string().max(100))
    .max(1000)
    .transform((ids) => [...new Set(ids)]),
  /** The policy (password-policy.ts) decides what is allowed; this only bounds the work of hashing. */
  password: z.string().max(1000),
};
