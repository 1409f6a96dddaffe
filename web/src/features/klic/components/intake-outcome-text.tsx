import { Anchor, Box, Group, Loader, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Intake } from '../api/types';
import { describeIntake, type OutcomeTone } from '../format/intake-outcome';
import { klicPaths } from '../paths';

const icons = {
  success: <IconCircleCheck size={18} color="var(--mantine-color-veldwerk-7)" aria-hidden />,
  attention: <IconAlertCircle size={18} color="var(--mantine-color-orange-8)" aria-hidden />,
  info: <IconInfoCircle size={18} color="var(--mantine-color-blue-8)" aria-hidden />,
  error: <IconAlertTriangle size={18} color="var(--mantine-color-red-9)" aria-hidden />,
  pending: <Loader size={14} aria-hidden />,
} satisfies Record<OutcomeTone, React.ReactNode>;

type Props = { intake: Intake; withIcon?: boolean; withLinks?: boolean };

/** What became of an intake in one sentence; a failure shows the server's own message. */
export function IntakeOutcomeText({ intake, withIcon = false, withLinks = false }: Props) {
  const { t } = useTranslation();
  const description = describeIntake(intake);
  const subject = description.subject
    ? t(`klic.outcome.subject.${description.subject.key}`, description.subject.values)
    : '';
  const sentence = t(`klic.outcome.${description.key}`, { ...description.values, subject });
  const failed = description.tone === 'error';
  const text = failed ? (description.message ?? sentence) : sentence;
  const detail = !failed && description.message;
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      {withIcon && (
        <Box display="flex" pt={1} style={{ flexShrink: 0 }}>
          {icons[description.tone]}
        </Box>
      )}
      <Stack gap={2}>
        <Text
          size="sm"
          c={failed ? 'red.9' : undefined}
          data-testid="klic-intake-outcome"
          data-tone={description.tone}
        >
          {text}
        </Text>
        {detail && (
          <Text size="sm" c="dimmed">
            {detail}
          </Text>
        )}
        {withLinks && description.key === 'unlinked' && (
          <Anchor component={Link} to={klicPaths.unlinked} size="sm">
            {t('klic.upload.toUnlinked')}
          </Anchor>
        )}
      </Stack>
    </Group>
  );
}
