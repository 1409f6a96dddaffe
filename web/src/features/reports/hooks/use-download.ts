import { useMutation } from '@tanstack/react-query';
import { downloadReport } from '../api/reports-api';
import type { ReportFilters, ReportName } from '../api/types';

export function useDownload(name: ReportName) {
  return useMutation({ mutationFn: (filters: ReportFilters) => downloadReport(name, filters) });
}
