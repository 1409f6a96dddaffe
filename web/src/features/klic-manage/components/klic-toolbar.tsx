import { Button, Group, Menu } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { EvStatus, ProjectKlic } from '../api/types';
import { workersWhoRemoved } from '../format/klic-row';
import { type DetailTab, deliveryZipUrl, meldingMapPath, meldingTabPath, receiptUrl } from '../paths';

export type KlicDialog = 'add' | 'edit' | 'remove' | 'assign' | 'unassign' | 'release';

type Props = {
  selected: ProjectKlic[];
  evPending: boolean;
  onOpen: (dialog: KlicDialog) => void;
  onEvStatus: (status: EvStatus) => void;
};

/** The seed's buttons, in its order; each is enabled only when it applies to the selected KLICs. */
export function KlicToolbar({ selected, evPending, onOpen, onEvStatus }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const one = selected.length === 1 ? (selected[0] as ProjectKlic) : null;
  const some = selected.length > 0;
  const allEv = some && selected.every((klic) => klic.ev);
  const evTitle = some && !allEv ? t('klicManage.toolbar.noEv') : undefined;
  const tab = (target: DetailTab) => one && navigate(meldingTabPath(one.id, target));
  const button = (label: string, enabled: boolean, onClick: () => void, testId: string) => (
    <Button variant="default" size="xs" disabled={!enabled} onClick={onClick} data-testid={testId}>
      {label}
    </Button>
  );
  return (
    <Group gap="xs" wrap="wrap" role="toolbar" aria-label={t('klicManage.toolbar.label')}>
      <Button size="xs" onClick={() => onOpen('add')} data-testid="klic-manage-add">
        {t('klicManage.toolbar.add')}
      </Button>
      {button(t('klicManage.toolbar.edit'), one !== null, () => onOpen('edit'), 'klic-manage-edit')}
      {button(t('klicManage.toolbar.remove'), some, () => onOpen('remove'), 'klic-manage-remove')}
      {button(t('klicManage.toolbar.handleEv'), one?.ev === true, () => tab('ev'), 'klic-manage-handle-ev')}
      <Menu position="bottom-start">
        <Menu.Target>
          <Button
            variant="default"
            size="xs"
            disabled={!allEv}
            loading={evPending}
            title={evTitle}
            rightSection={<IconChevronDown size={14} aria-hidden />}
            data-testid="klic-manage-ev-handled"
          >
            {t('klicManage.toolbar.evHandled')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => onEvStatus('handled')}>{t('klicManage.toolbar.evHandledDone')}</Menu.Item>
          <Menu.Item onClick={() => onEvStatus('noInterest')}>
            {t('klicManage.toolbar.evNoInterest')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Button
        variant="default"
        size="xs"
        disabled={!allEv}
        loading={evPending}
        title={evTitle}
        onClick={() => onEvStatus('open')}
        data-testid="klic-manage-ev-open"
      >
        {t('klicManage.toolbar.evOpen')}
      </Button>
      {button(
        t('klicManage.toolbar.attachments'),
        one !== null,
        () => tab('bijlagen'),
        'klic-manage-attachments',
      )}
      {button(t('klicManage.toolbar.assign'), some, () => onOpen('assign'), 'klic-manage-assign')}
      {button(t('klicManage.toolbar.unassign'), some, () => onOpen('unassign'), 'klic-manage-unassign')}
      {button(
        t('klicManage.toolbar.release'),
        workersWhoRemoved(selected).length > 0,
        () => onOpen('release'),
        'klic-manage-release',
      )}
      {button(
        t('klicManage.toolbar.prevention'),
        one !== null,
        () => tab('preventie'),
        'klic-manage-prevention',
      )}
      {button(t('klicManage.toolbar.contacts'), one !== null, () => tab('contacten'), 'klic-manage-contacts')}
      {button(
        t('klicManage.toolbar.map'),
        one?.currentDeliveryId != null,
        () => one && navigate(meldingMapPath(one.id)),
        'klic-manage-map',
      )}
      <Button
        component="a"
        variant="default"
        size="xs"
        href={one?.currentDeliveryId ? deliveryZipUrl(one.currentDeliveryId) : undefined}
        download
        disabled={!one?.currentDeliveryId}
        data-testid="klic-manage-zip"
      >
        {t('klicManage.toolbar.zip')}
      </Button>
      <Button
        component="a"
        variant="default"
        size="xs"
        href={one?.hasReceipt ? receiptUrl(one.id) : undefined}
        download
        disabled={!one?.hasReceipt}
        data-testid="klic-manage-receipt"
      >
        {t('klicManage.toolbar.receipt')}
      </Button>
    </Group>
  );
}
