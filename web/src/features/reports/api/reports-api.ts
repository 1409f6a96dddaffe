import { queryOptions } from '@tanstack/react-query';
import { apiRequest, downloadFile } from '@/shared/api';
import { reportQuery } from '../format/report-query';
import type { DownloadName, ReportFilters, ReportName } from './types';

export function reportOptions<T>(name: ReportName, filters: ReportFilters) {
  const query = reportQuery(name, filters);
  return queryOptions({
    queryKey: ['reports', name, query],
    queryFn: ({ signal }) => apiRequest<T>(`/api/reports/${name}${query ? `?${query}` : ''}`, { signal }),
  });
}

/** The report as an Excel file, downloaded in the interface language. */
export function downloadReport(name: DownloadName, filters: ReportFilters): Promise<void> {
  const query = reportQuery(name, filters);
  return downloadFile(`/api/reports/${name}.xlsx${query ? `?${query}` : ''}`, `${name}.xlsx`);
}
