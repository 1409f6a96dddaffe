import { useMutation } from '@tanstack/react-query';
import { downloadReport } from '../api/reports-api';
import type { DownloadName, ReportFilters } from '../api/types';

export function useDownload(name: DownloadName) {
  return useMutation({ mutationFn: (filters: ReportFilters) => downloadReport(name, filters) });
}
