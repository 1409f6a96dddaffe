import { Button, Popover } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/shared/ui';
import type { ReportFilters } from '../api/types';
import { useDownload } from '../hooks/use-download';

/** "Alle registraties (Excel)": every registration of the period, one row each, with details and photos. */
export function RegistrationListDownload({ filters }: { filters: ReportFilters }) {
  const { t } = useTranslation();
  const download = useDownload('field-registrations-list');
  return (
    <Popover opened={download.isError} onChange={() => download.reset()} width={360} position="bottom-end">
      <Popover.Target>
        <Button
          leftSection={<IconDownload size={16} aria-hidden />}
          variant="light"
          loading={download.isPending}
          onClick={() => download.mutate(filters)}
          data-testid="download-field-registrations-list"
        >
          {t('reports.registrationList.download')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        {download.error && <ErrorAlert title={t('reports.downloadFailed')} error={download.error} />}
      </Popover.Dropdown>
    </Popover>
  );
}
