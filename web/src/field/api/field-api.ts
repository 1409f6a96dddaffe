import { apiRequest } from '@/shared/api';
import type { KlicMapData } from '@/shared/klic-map';

/** A KLIC on the worker's device, as `GET /api/field/klics` describes it (server/field/field-klic.ts). */
export type FieldKlic = {
  id: string;
  meldnummer: string;
  projectNumber: string | null;
  subProject: string | null;
  toelichting: string;
  projectStartDate: string | null;
  expiresOn: string | null;
  expired: boolean;
  state: 'requested' | 'partial' | 'complete';
  volgnummer: number | null;
  currentDeliveryId: string | null;
  ev: {
    bronhoudercode: string;
    name: string | null;
    status: 'open' | 'handled' | 'noInterest';
    instructions: string;
    contactPhones: string[];
  }[];
  operators: { bronhoudercode: string; name: string | null; damagePhones: string[] }[];
};

/** A document of a KLIC readable on the phone; `url` is the field app's download route. */
export type FieldDocument = {
  id: string;
  kind: 'letter' | 'ev' | 'attachment' | 'own';
  name: string;
  bronhoudercode: string | null;
  size: number;
  url: string;
};

export type FieldKlicDetail = FieldKlic & { documents: FieldDocument[] };

export const fieldKlicsUrl = '/api/field/klics';
export const fieldKlicUrl = (klicId: string) => `/api/field/klics/${encodeURIComponent(klicId)}`;
export const fieldMapUrl = (klicId: string) => `${fieldKlicUrl(klicId)}/map`;

export const fieldKeys = {
  klics: ['field', 'klics'] as const,
  klic: (klicId: string) => ['field', 'klics', klicId] as const,
  map: (klicId: string) => ['field', 'klics', klicId, 'map'] as const,
};

export async function fetchFieldKlics(signal?: AbortSignal): Promise<FieldKlic[]> {
  const body = await apiRequest<{ klics: FieldKlic[] }>(fieldKlicsUrl, signal ? { signal } : {});
  return body.klics;
}

export async function fetchFieldKlic(klicId: string, signal?: AbortSignal): Promise<FieldKlicDetail> {
  const body = await apiRequest<{ klic: FieldKlicDetail }>(fieldKlicUrl(klicId), signal ? { signal } : {});
  return body.klic;
}

/** The map of a KLIC (the office map's payload); fetched on /api/field/… so the service worker keeps it. */
export async function fetchFieldMap(klicId: string, signal?: AbortSignal): Promise<KlicMapData> {
  return apiRequest<KlicMapData>(fieldMapUrl(klicId), signal ? { signal } : {});
}

/** Takes a KLIC off the worker's device (the planner can give it back); needs a connection. */
export async function removeFieldKlic(klicId: string): Promise<void> {
  await apiRequest<void>(`${fieldKlicUrl(klicId)}/remove`, { method: 'POST', body: {} });
}
