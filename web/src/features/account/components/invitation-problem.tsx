import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { accountPaths, loginPath } from '../paths';

export type InvitationProblem = 'notFound' | 'expired' | 'used' | 'revoked';

/** Why the link does not work, and what to do about it. */
export function InvitationProblemAlert({ problem }: { problem: InvitationProblem }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert
        color="orange"
        variant="light"
        role="alert"
        title={t(`account.invitation.${problem}Title`)}
        icon={<IconAlertCircle aria-hidden />}
        data-testid="invitation-problem"
      >
        <Text size="sm">{t(`account.invitation.${problem}`)}</Text>
        {problem !== 'used' && (
          <Text size="sm" fw={600} mt="xs">
            {t('account.invitation.askAdmin')}
          </Text>
        )}
      </Alert>
      {problem === 'used' && (
        <Group gap="sm">
          <Button component={Link} to={loginPath}>
            {t('account.common.toLogin')}
          </Button>
          <Button component={Link} to={accountPaths.forgotPassword} variant="default">
            {t('account.forgot.link')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** 404 is an unknown link; 409 says in `fields.token` whether it expired, was used or was replaced. */
export function invitationProblemOf(error: {
  status: number;
  fields?: Record<string, string> | undefined;
}): InvitationProblem | null {
  if (error.status === 404) return 'notFound';
  if (error.status !== 409 && error.status !== 410) return null;
  const reason = error.fields?.token;
  if (reason === 'expired' || reason === 'used' || reason === 'revoked') return reason;
  return 'expired';
}
