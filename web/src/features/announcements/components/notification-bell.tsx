import { ActionIcon, Tooltip } from '@mantine/core';
import { IconBellRinging } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { consentQuery } from '../api/notification-api';
import { useEnableNotifications } from '../hooks/use-enable-notifications';
import { usePushState } from '../hooks/use-push-state';
import { useSubscriptionSync } from '../hooks/use-subscription-sync';
import classes from './notification-bell.module.css';
import { NotificationHelpModal } from './notification-help-modal';

type BellReason = 'off' | 'blocked' | 'unsupported';

/**
 * The orange bell at the bottom right, for everyone whose browser does not receive our notifications
 * (yet): a click turns them on, or explains how when the browser blocks them or cannot show them.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const consent = useQuery(consentQuery);
  const push = usePushState();
  const enable = useEnableNotifications();
  const [help, setHelp] = useState<'blocked' | 'unsupported' | null>(null);
  useSubscriptionSync(consent.data?.choice, push.data);

  const choice = consent.data?.choice;
  // Undecided users see the consent dialog first; the bell waits until the browser is read.
  if (choice === undefined || choice === null || !push.data) return null;
  const reason: BellReason | null = !push.data.supported
    ? 'unsupported'
    : push.data.permission === 'denied'
      ? 'blocked'
      : // A subscription counts only for a user who chose to be informed: otherwise it is someone else's.
        push.data.subscribed && choice === 'informed'
        ? null
        : 'off';
  if (!reason) return null;

  const tooltip = t(
    reason === 'off'
      ? 'announcements.bell.tooltip'
      : reason === 'blocked'
        ? 'announcements.bell.blockedTooltip'
        : 'announcements.bell.unsupportedTooltip',
  );
  const onClick = () => (reason === 'off' ? enable.mutate() : setHelp(reason));

  return (
    <>
      <Tooltip label={tooltip} multiline w={280} position="top-end" withArrow>
        <ActionIcon
          className={classes.bell}
          color="orange.8"
          variant="filled"
          size={52}
          radius="xl"
          aria-label={tooltip}
          loading={enable.isPending}
          onClick={onClick}
          data-testid="notification-bell"
        >
          <IconBellRinging size={28} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <NotificationHelpModal reason={help} onClose={() => setHelp(null)} />
    </>
  );
}
