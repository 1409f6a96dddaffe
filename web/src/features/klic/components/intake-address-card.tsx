import { ActionIcon, Code, CopyButton, Group, List, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The address Kadaster mails can be sent to, with a copy button and the three ways to get them there. */
export function IntakeAddressCard({ address }: { address: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="klic-address-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="klic-address-title">
          {t('klic.mail.address.title')}
        </Title>
        <Text size="sm" fw={500} id="klic-address-label">
          {t('klic.mail.address.label')}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Code
            block
            flex={1}
            fz="sm"
            py={8}
            style={{ whiteSpace: 'normal', wordBreak: 'break-all', userSelect: 'all' }}
            aria-labelledby="klic-address-label"
            data-testid="klic-intake-address"
          >
            {address}
          </Code>
          <CopyButton value={address}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? t('klic.mail.address.copied') : t('klic.mail.address.copy')} withArrow>
                <ActionIcon
                  size="input-sm"
                  variant={copied ? 'filled' : 'default'}
                  onClick={copy}
                  aria-label={copied ? t('klic.mail.address.copied') : t('klic.mail.address.copy')}
                  data-testid="klic-intake-address-copy"
                >
                  {copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
        <Text size="sm" fw={500}>
          {t('klic.mail.address.ways')}
        </Text>
        <List type="ordered" size="sm" spacing="xs">
          <List.Item>{t('klic.mail.address.extraAddress')}</List.Item>
          <List.Item>{t('klic.mail.address.forwardRule')}</List.Item>
          <List.Item>{t('klic.mail.address.forwardByHand')}</List.Item>
        </List>
      </Stack>
    </Paper>
  );
}
