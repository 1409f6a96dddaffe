import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/shared/api';
import { errorFromResponse, networkError } from '@/shared/api/api-error';
import { currentLanguage } from '@/shared/i18n';
import { reportQuery } from '../format/report-query';
import type { ReportFilters, ReportName } from './types';

export function reportOptions<T>(name: ReportName, filters: ReportFilters) {
  const query = reportQuery(name, filters);
  return queryOptions({
    queryKey: ['reports', name, query],
    queryFn: ({ signal }) => apiRequest<T>(`/api/reports/${name}${query ? `?${query}` : ''}`, { signal }),
  });
}

/** The name the server gave the file (Content-Disposition), else the report's name. */
function fileNameOf(response: Response, name: ReportName): string {
  const header = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? `${name}.xlsx`;
}

/**
 * Fetches the Excel file with the interface language (a plain link would send the browser's) and hands
 * it to the browser as a download; a refusal arrives as an ApiError with the server's sentence.
 */
export async function downloadReport(name: ReportName, filters: ReportFilters): Promise<void> {
  const query = reportQuery(name, filters);
  let response: Response;
  try {
    response = await fetch(`/api/reports/${name}.xlsx${query ? `?${query}` : ''}`, {
      credentials: 'same-origin',
      headers: { 'Accept-Language': currentLanguage() },
    });
  } catch (cause) {
    throw networkError(cause);
  }
  if (!response.ok) throw await errorFromResponse(response);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response, name);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
