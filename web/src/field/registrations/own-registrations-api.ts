import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/shared/api';
import type { RegistrationKind } from '../outbox';

/** A registration of the worker that arrived (server/field/own-registrations.ts). */
export type ArrivedRegistration = {
  id: string;
  idempotencyKey: string;
  kind: RegistrationKind;
  meldingId: string;
  recordedAt: string;
  photoCount: number;
};

export const ownRegistrationsQuery = queryOptions({
  queryKey: ['field', 'registrations'] as const,
  queryFn: ({ signal }) =>
    apiRequest<{ registrations: ArrivedRegistration[] }>('/api/field/registrations', { signal }).then(
      (body) => body.registrations,
    ),
});
