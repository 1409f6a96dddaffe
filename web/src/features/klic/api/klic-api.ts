import { queryOptions } from '@tanstack/react-query';
import { ApiError, apiRequest } from '@/shared/api';
import { currentLanguage, i18n } from '@/shared/i18n';
import type {
  ImapSettingsInput,
  Intake,
  IntakeStatus,
  MailSettings,
  MeldingRow,
  ProjectOption,
} from './types';
import { UploadConnectionError, type UploadResponse, uploadFile } from './upload-file';

export const intakesKey = ['klic', 'intakes'] as const;
export const meldingenKey = ['klic', 'meldingen'] as const;
const mailSettingsKey = ['klic', 'mail-settings'] as const;

const unfinished: readonly IntakeStatus[] = ['queued', 'processing', 'retrying'];

export function isFinished(intake: Intake): boolean {
  return !unfinished.includes(intake.status);
}

/** The last 100 intakes, newest first. */
export function intakesQuery() {
  return queryOptions({
    queryKey: intakesKey,
    queryFn: ({ signal }) => apiRequest<{ intakes: Intake[] }>('/api/klic/intakes', { signal }),
  });
}

export function intakeQuery(id: string) {
  return queryOptions({
    queryKey: [...intakesKey, id],
    queryFn: async ({ signal }) =>
      (await apiRequest<{ intake: Intake }>(`/api/klic/intakes/${encodeURIComponent(id)}`, { signal }))
        .intake,
  });
}

export function unlinkedMeldingenQuery() {
  return queryOptions({
    queryKey: [...meldingenKey, 'unlinked'],
    queryFn: ({ signal }) =>
      apiRequest<{ meldingen: MeldingRow[] }>('/api/klic/meldingen?filter=unlinked', { signal }),
  });
}

/** At most 50 projects whose number or description matches. */
export function projectsQuery(search: string) {
  return queryOptions({
    queryKey: ['projects', 'search', search],
    queryFn: ({ signal }) =>
      apiRequest<{ projects: ProjectOption[] }>(`/api/projects/options?${new URLSearchParams({ search })}`, {
        signal,
      }),
  });
}

export function mailSettingsQuery() {
  return queryOptions({
    queryKey: mailSettingsKey,
    queryFn: ({ signal }) => apiRequest<MailSettings>('/api/klic/mail-settings', { signal }),
  });
}

export function moveMelding(
  id: string,
  target: { projectId: string | null; subProject: string | null },
): Promise<{ melding: MeldingRow }> {
  return apiRequest(`/api/klic/meldingen/${encodeURIComponent(id)}/project`, { method: 'PUT', body: target });
}

export function saveImapSettings(input: ImapSettingsInput): Promise<MailSettings> {
  return apiRequest('/api/klic/mail-settings/imap', { method: 'PUT', body: input });
}

/** Uploads one file; resolves with the intake the server queued, rejects with an `ApiError`. */
export async function uploadKlicFile(
  file: File,
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<Intake> {
  let response: UploadResponse;
  try {
    response = await uploadFile(file, { language: currentLanguage(), onProgress, signal });
  } catch (cause) {
    if (!(cause instanceof UploadConnectionError)) throw cause;
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: i18n.t('errors.network') });
  }
  const intake = field(response.body, 'intake');
  if (response.status === 202 && intake) return intake as Intake;
  throw uploadError(response);
}

function uploadError({ status, body, requestId }: UploadResponse): ApiError {
  const error = field(body, 'error');
  const code = field(error, 'code');
  const message = field(error, 'message');
  return new ApiError({
    status,
    code: typeof code === 'string' ? code : `HTTP_${status}`,
    message: typeof message === 'string' ? message : i18n.t('errors.unexpected', { status }),
    requestId,
  });
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}
