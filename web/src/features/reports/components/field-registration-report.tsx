import { useTranslation } from 'react-i18next';
import { type ReportFilters, registrationKinds } from '../api/types';
import { PeriodCountReport } from './period-count-report';
import { RegistrationListDownload } from './registration-list-download';

const colors = {
  proefsleuf: 'blue.6',
  graafschade: 'red.6',
  afwijkendeLigging: 'orange.5',
  onbekendNet: 'grape.5',
} as const;
const series = registrationKinds.map((key) => ({ key, color: colors[key] }));
const columns = [...registrationKinds, 'total'] as const;

/** Veldregistraties per soort: stacked bars per period, counts per period and per region. */
export function FieldRegistrationReport({ filters }: { filters: ReportFilters }) {
  const { t } = useTranslation();
  return (
    <PeriodCountReport
      name="field-registrations"
      title={t('reports.tabs.fieldRegistrations')}
      intro={t('reports.intro.fieldRegistrations')}
      filters={filters}
      series={series}
      columns={columns}
      extraDownloads={<RegistrationListDownload filters={filters} />}
    />
  );
}
