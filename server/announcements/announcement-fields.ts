import { z } from 'zod';

export const announcementKinds = ['maintenance', 'outage', 'update'] as const;
export type AnnouncementKind = (typeof announcementKinds)[number];

/** Text without control characters: a NUL byte would fail in PostgreSQL, others garble notifications. */
const singleLine = /^[^\p{Cc}]*$/u;
const multiLine = /^(?:[^\p{Cc}]|[\n\r\t])*$/u;

export const limits = {
  title: 120,
  body: 10_000,
  reason: 500,
  durationMinutes: { min: 1, max: 10_080 },
} as const;

export const titleField = z.string().trim().min(1).max(limits.title).regex(singleLine);
export const bodyField = z.string().trim().max(limits.body).regex(multiLine);
export const reasonField = z.string().trim().min(1).max(limits.reason).regex(multiLine);
export const durationField = z.number().int().min(limits.durationMinutes.min).max(limits.durationMinutes.max);

/** A moment with its UTC offset, within a sane range (a year 9999 outage is a typing error). */
export const momentField = z.iso
  .datetime({ offset: true })
  .refine((value) => {
    const year = new Date(value).getUTCFullYear();
    return year >= 2000 && year <= 2100;
  })
  .transform((value) => new Date(value));

/** The stored fields of an announcement that the platform operator writes. */
export type AnnouncementFields = {
  title: string;
  body: string;
  startsAt: Date | null;
  durationMinutes: number | null;
  reason: string | null;
  endsAt: Date | null;
};
