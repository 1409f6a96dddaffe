import { queryOptions } from '@tanstack/react-query';
import { apiRequest, downloadFile } from '@/shared/api';
import type {
  Aanvraag,
  EvHandlingInput,
  EvOperator,
  EvStatus,
  MeldingDetail,
  OperatorContacts,
  OwnAttachment,
  Registration,
} from './types';

const base = (meldingId: string) => `/api/klic/meldingen/${encodeURIComponent(meldingId)}`;
export const meldingKey = (meldingId: string) => ['klic', 'melding', meldingId] as const;

export function meldingQuery(meldingId: string) {
  return queryOptions({
    queryKey: meldingKey(meldingId),
    queryFn: async ({ signal }) =>
      (await apiRequest<{ melding: MeldingDetail }>(base(meldingId), { signal })).melding,
  });
}

export function aanvraagQuery(meldingId: string) {
  return queryOptions({
    queryKey: [...meldingKey(meldingId), 'aanvraag'],
    queryFn: async ({ signal }) =>
      (await apiRequest<{ aanvraag: Aanvraag }>(`${base(meldingId)}/aanvraag`, { signal })).aanvraag,
  });
}

export const evKey = (meldingId: string) => [...meldingKey(meldingId), 'ev'] as const;

export function evQuery(meldingId: string) {
  return queryOptions({
    queryKey: evKey(meldingId),
    queryFn: async ({ signal }) =>
      (await apiRequest<{ operators: EvOperator[] }>(`${base(meldingId)}/ev`, { signal })).operators,
  });
}

export async function saveEvHandling(
  meldingId: string,
  bronhoudercode: string,
  input: EvHandlingInput,
): Promise<EvOperator[]> {
  const url = `${base(meldingId)}/ev/${encodeURIComponent(bronhoudercode)}`;
  return (await apiRequest<{ operators: EvOperator[] }>(url, { method: 'PUT', body: input })).operators;
}

export async function setEvStatus(meldingId: string, status: EvStatus): Promise<EvOperator[]> {
  const url = `${base(meldingId)}/ev-status`;
  return (await apiRequest<{ operators: EvOperator[] }>(url, { method: 'PUT', body: { status } })).operators;
}

export const attachmentsKey = (meldingId: string) => [...meldingKey(meldingId), 'attachments'] as const;

export function attachmentsQuery(meldingId: string) {
  return queryOptions({
    queryKey: attachmentsKey(meldingId),
    queryFn: async ({ signal }) =>
      (await apiRequest<{ attachments: OwnAttachment[] }>(`${base(meldingId)}/attachments`, { signal }))
        .attachments,
  });
}

export function deleteAttachment(meldingId: string, attachmentId: string): Promise<void> {
  return apiRequest(`${base(meldingId)}/attachments/${encodeURIComponent(attachmentId)}`, {
    method: 'DELETE',
  });
}

export function attachmentUploadUrl(meldingId: string, fileName: string): string {
  return `${base(meldingId)}/attachments?name=${encodeURIComponent(fileName)}`;
}

export function contactsQuery(meldingId: string) {
  return queryOptions({
    queryKey: [...meldingKey(meldingId), 'contacts'],
    queryFn: async ({ signal }) =>
      (await apiRequest<{ operators: OperatorContacts[] }>(`${base(meldingId)}/contacts`, { signal }))
        .operators,
  });
}

export function registrationsQuery(meldingId: string) {
  return queryOptions({
    queryKey: [...meldingKey(meldingId), 'registrations'],
    queryFn: async ({ signal }) =>
      (await apiRequest<{ registrations: Registration[] }>(`${base(meldingId)}/registrations`, { signal }))
        .registrations,
  });
}

/** The Preventierapport (PDF) of the KLIC, in the interface language. */
export function downloadPreventionReport(meldingId: string): Promise<void> {
  return downloadFile(`${base(meldingId)}/prevention-report.pdf`, 'Preventierapport.pdf');
}

/** Download links of the existing file routes. */
export const downloads = {
  zip: (deliveryId: string) => `/api/klic/deliveries/${encodeURIComponent(deliveryId)}/zip`,
  file: (deliveryId: string, fileId: string) =>
    `/api/klic/deliveries/${encodeURIComponent(deliveryId)}/files/${encodeURIComponent(fileId)}`,
  receipt: (meldingId: string) => `${base(meldingId)}/receipt`,
};
