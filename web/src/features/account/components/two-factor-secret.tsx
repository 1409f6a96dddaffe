import { ActionIcon, Code, CopyButton, Group, List, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TwoFactorSetup } from '../api/account-api';

/** The secret from the otpauth address, in groups of four so that it can be typed over. */
export function secretOf(totpURI: string): string {
  try {
    return (new URL(totpURI).searchParams.get('secret') ?? '').replace(/(.{4})(?=.)/g, '$1 ');
  } catch {
    return '';
  }
}

function Copy({ value }: { value: string }) {
  const { t } = useTranslation();
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? t('account.twoFactor.copied') : t('account.twoFactor.copy')} withArrow>
          <ActionIcon variant="subtle" onClick={copy} aria-label={t('account.twoFactor.copy')}>
            {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}

/** No QR library is installed: the key and the address as text, and the backup codes. */
export function TwoFactorSecret({ setup }: { setup: TwoFactorSetup }) {
  const { t } = useTranslation();
  const secret = secretOf(setup.totpURI);
  return (
    <Stack gap="md">
      <Text size="sm">{t('account.twoFactor.appText')}</Text>
      <div>
        <Text size="sm" fw={500}>
          {t('account.twoFactor.secret')}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Code fz="lg" py={6} px="sm" data-testid="two-factor-secret">
            {secret}
          </Code>
          <Copy value={secret.replaceAll(' ', '')} />
        </Group>
      </div>
      <div>
        <Text size="sm" fw={500}>
          {t('account.twoFactor.uri')}
        </Text>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap', flex: 1 }}>
            {setup.totpURI}
          </Code>
          <Copy value={setup.totpURI} />
        </Group>
      </div>
      <div>
        <Text size="sm" fw={600}>
          {t('account.twoFactor.backupTitle')}
        </Text>
        <Text size="sm" c="dimmed" mb={6}>
          {t('account.twoFactor.backupText')}
        </Text>
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <List
            size="sm"
            ff="monospace"
            listStyleType="none"
            style={{ columns: 2, flex: 1 }}
            data-testid="two-factor-backup-codes"
          >
            {setup.backupCodes.map((code) => (
              <List.Item key={code}>{code}</List.Item>
            ))}
          </List>
          <Copy value={setup.backupCodes.join('\n')} />
        </Group>
      </div>
    </Stack>
  );
}
